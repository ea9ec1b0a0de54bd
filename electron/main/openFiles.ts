/**
 * Opening files that reach the app from outside the window: a packet double-clicked in the
 * file manager (on the command line of this or a second launch, or macOS's open-file event),
 * and files dropped on the window. Each goes through the same service as File → Open…, and
 * each gets its own result, so one bad file never stops the others. No Electron import here.
 */
import path from 'node:path';
import { MAX_DROPPED_FILES, type OpenedFile } from '../../shared/api';
import { ServiceError } from '../../shared/errors';
import { ALL_IMPORTABLE_EXTENSIONS } from '../../shared/import';
import { PACKET_EXTENSIONS } from '../services/packetFile';
import type { ServiceHandlers } from '../services/serviceApi';

const OPENABLE: readonly string[] = [...ALL_IMPORTABLE_EXTENSIONS, ...PACKET_EXTENSIONS];

/** The files named on a command line that the app opens: absolute paths with an extension it reads. */
export function filesInArgv(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && path.isAbsolute(arg) && OPENABLE.includes(path.extname(arg).slice(1).toLowerCase()));
}

/** Opens each file with `services`, in order; a failure becomes that file's error result. */
export async function openEach(services: Pick<ServiceHandlers, 'importDocumentFile'>, files: readonly unknown[]): Promise<OpenedFile[]> {
  if (!Array.isArray(files) || files.length > MAX_DROPPED_FILES) {
    const error = { code: 'INVALID_ARGUMENT' as const, message: `Drop at most ${MAX_DROPPED_FILES} files at once.` };
    return [{ name: 'files', result: { ok: false, error } }];
  }
  const opened: OpenedFile[] = [];
  for (const file of files) {
    const name = typeof file === 'string' ? path.basename(file) : 'file';
    if (typeof file !== 'string' || !path.isAbsolute(file)) {
      opened.push({ name, result: { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'That item is not a file on this computer.' } } });
      continue;
    }
    try {
      opened.push({ name, result: { ok: true, value: await services.importDocumentFile({ path: file }) } });
    } catch (error) {
      const known = error instanceof ServiceError;
      const message = known ? error.message : `“${name}” could not be opened.`;
      opened.push({ name, result: { ok: false, error: { code: known ? error.code : 'INTERNAL', message } } });
    }
  }
  return opened;
}
