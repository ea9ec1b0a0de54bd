/**
 * Opening files that reach the app from outside the window: a packet double-clicked in the
 * file manager (on the command line of this or a second launch, or macOS's open-file event),
 * and files dropped on the window. Each goes through the same service as File → Open…, and
 * each gets its own result, so one bad file never stops the others. No Electron import here.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_DROPPED_FILES, type ImportPreview, type OpenedFile } from '../../shared/api';
import { detectForeignFormat } from '../../shared/import/tools/detect';
import { ServiceError } from '../../shared/errors';
import { DOCUMENT_EXTENSIONS } from '../../shared/import';
import { PACKET_EXTENSIONS } from '../services/packetFile';
import { sniffText } from '../services/textDecoding';
import type { ServiceHandlers } from '../services/serviceApi';

/** Endings of files that only hold annotations (another tool's, or a W3C export). */
const ANNOTATION_EXTENSIONS: readonly string[] = ['json', 'jsonld', 'csv', 'annotation'];
const OPENABLE: readonly string[] = [...DOCUMENT_EXTENSIONS, ...PACKET_EXTENSIONS, ...ANNOTATION_EXTENSIONS];

/**
 * True when `file` holds annotations rather than a document: by its ending, or, for a text
 * file, by its content (Kindle's "My Clippings.txt" is plain text, UTF-8 or UTF-16), read from its first 64 KB.
 */
export async function holdsAnnotations(file: string): Promise<boolean> {
  const extension = path.extname(file).slice(1).toLowerCase();
  if (ANNOTATION_EXTENSIONS.includes(extension)) return true;
  if (extension !== 'txt') return false;
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: new Uint8Array(64 * 1024), position: 0 });
    return detectForeignFormat(sniffText(buffer.subarray(0, bytesRead))) === 'kindle';
  } finally {
    await handle.close();
  }
}

/** The path a command-line argument names: itself, or the local file a `file:` URL names (null for another host). */
function pathOfArgument(arg: string): string | null {
  if (!arg.toLowerCase().startsWith('file:')) return arg;
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}

/**
 * The files named on a command line that the app opens: absolute paths with an extension it
 * reads, given as paths or (as a Linux file manager passes a double-clicked file) `file:` URLs.
 */
export function filesInArgv(argv: readonly string[]): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-'))
    .map(pathOfArgument)
    .filter((file): file is string => file !== null && path.isAbsolute(file) && OPENABLE.includes(path.extname(file).slice(1).toLowerCase()));
}

/**
 * Opens each file with `services`, in order; a failure becomes that file's error result. A file
 * of annotations goes to `previewAnnotations` (nothing is written until the user confirms).
 */
export async function openEach(
  services: Pick<ServiceHandlers, 'importDocumentFile'>,
  files: readonly unknown[],
  previewAnnotations?: (file: string) => Promise<ImportPreview>,
): Promise<OpenedFile[]> {
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
      const value = previewAnnotations && (await holdsAnnotations(file)) ? await previewAnnotations(file) : await services.importDocumentFile({ path: file });
      opened.push({ name, result: { ok: true, value } });
    } catch (error) {
      const known = error instanceof ServiceError;
      const message = known ? error.message : `“${name}” could not be opened.`;
      opened.push({ name, result: { ok: false, error: { code: known ? error.code : 'INTERNAL', message } } });
    }
  }
  return opened;
}
