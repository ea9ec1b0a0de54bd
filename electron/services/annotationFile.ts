/**
 * Reading a W3C annotations file a user picked: size and JSON checks with clear messages.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ServiceError } from '../../shared/errors';
import { readW3C, type ImportedAnnotation } from '../../shared/export/w3c';

/** Largest annotations file the app reads. */
export const MAX_ANNOTATION_FILE_BYTES = 20 * 1024 * 1024;

/** Reads and parses a W3C annotations file; throws a ServiceError a person can act on. */
export async function readAnnotationFile(file: string): Promise<{ annotations: ImportedAnnotation[]; problems: string[] }> {
  const name = path.basename(file);
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) throw new ServiceError('UNREADABLE_FILE', `“${name}” could not be read.`);
  if (info.size > MAX_ANNOTATION_FILE_BYTES) {
    throw new ServiceError('FILE_TOO_LARGE', `“${name}” is larger than ${MAX_ANNOTATION_FILE_BYTES / 1024 / 1024} MB.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new ServiceError('UNSUPPORTED_FILE', `“${name}” is not valid JSON, so no annotations were imported.`);
  }
  const read = readW3C(json);
  if (read.annotations.length === 0) {
    throw new ServiceError(
      'UNSUPPORTED_FILE',
      `“${name}” holds no W3C Web Annotations that Marginalia can place${read.problems.length > 0 ? ` (${read.problems.slice(0, 3).join('; ')})` : ''}.`,
    );
  }
  return read;
}
