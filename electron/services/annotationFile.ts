/**
 * Reading a W3C annotations file a user picked: size checks and reading on the main side,
 * JSON parsing and item-by-item reading in a worker thread, clear messages throughout.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ServiceError } from '../../shared/errors';
import type { W3CRead } from './worker/readW3CAnnotations';
import { runInWorker, type WorkerRunOptions } from './worker/runInWorker';

/** Largest annotations file the app reads. */
export const MAX_ANNOTATION_FILE_BYTES = 20 * 1024 * 1024;

/** Checks the file's size, then reads it as UTF-8 text. */
async function readChecked(file: string): Promise<{ name: string; text: string }> {
  const name = path.basename(file);
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) throw new ServiceError('UNREADABLE_FILE', `“${name}” could not be read.`);
  if (info.size > MAX_ANNOTATION_FILE_BYTES) {
    throw new ServiceError('FILE_TOO_LARGE', `“${name}” is larger than ${MAX_ANNOTATION_FILE_BYTES / 1024 / 1024} MB.`);
  }
  const text = await readFile(file, 'utf8').catch(() => {
    throw new ServiceError('UNREADABLE_FILE', `“${name}” could not be read.`);
  });
  return { name, text };
}

/** Refuses a file in which not one annotation could be read, quoting the first reasons. */
function atLeastOne(name: string, read: W3CRead): W3CRead {
  if (read.annotations.length === 0) {
    throw new ServiceError(
      'UNSUPPORTED_FILE',
      `“${name}” holds no W3C Web Annotations that Marginalia can place${read.problems.length > 0 ? ` (${read.problems.slice(0, 3).join('; ')})` : ''}.`,
    );
  }
  return read;
}

/**
 * Reads a W3C annotations file: size checks and reading here, parsing in a worker thread with
 * a time limit (10 s unless `options.timeoutMs` says otherwise). Each item is read on its own;
 * the ones that could not be read are listed in `problems`. Throws a ServiceError a person can
 * act on when the file is missing, too large, not JSON, holds no readable annotation, or takes
 * too long to read.
 */
export async function readAnnotationFileOffThread(file: string, options: WorkerRunOptions = {}): Promise<W3CRead> {
  const { name, text } = await readChecked(file);
  const read = await runInWorker('readW3CAnnotations', { text, fileName: name }, { fileName: name, outcome: 'no annotations were imported', ...options });
  return atLeastOne(name, read);
}
