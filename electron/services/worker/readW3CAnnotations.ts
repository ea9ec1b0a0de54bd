/**
 * The worker task that reads a W3C annotations file's text: JSON parsing and item-by-item
 * reading, the part of an annotation import that grows with the file.
 */
import { ServiceError } from '../../../shared/errors';
import { readW3C, type ImportedAnnotation } from '../../../shared/export/w3c';

/** What a W3C annotations file held: the annotations read, and why other items were not. */
export interface W3CRead {
  annotations: ImportedAnnotation[];
  problems: string[];
}

/**
 * Parses the JSON text of a W3C annotations file and reads every item on its own. Throws a
 * ServiceError (UNSUPPORTED_FILE) naming `fileName` when the text is not JSON at all.
 */
export function readW3CAnnotations({ text, fileName }: { text: string; fileName?: string }): W3CRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ServiceError('UNSUPPORTED_FILE', `${fileName ? `“${fileName}”` : 'The file'} is not valid JSON, so no annotations were imported.`);
  }
  return readW3C(json);
}
