/**
 * Reading another tool's annotations file: its format is detected from its content
 * (`detect.ts`), then the one reader for that format turns it into ForeignAnnotations. A file no
 * reader can take is refused with one sentence; problems with single annotations come back in
 * the read's `problems`, next to everything that could be read.
 */
import { detectForeignText } from './detect';
import type { ForeignRead } from './foreignAnnotation';
import { readHypothesisValue } from './hypothesis';
import type { FileRefusal } from './jsonInput';
import { readKindleClippings } from './kindle';
import { readReadiumValue } from './readium';
import { readReadwiseCsv } from './readwise';
import { readW3CValue } from './w3c';

export type { DocumentHint, ForeignAnnotation, ForeignFormat, ForeignRead } from './foreignAnnotation';
export type { FileRefusal } from './jsonInput';
export { detectForeignFormat } from './detect';

/**
 * The annotations in `text`, a file's content already decoded from UTF-8, read by the reader
 * for the format its content has (`fileName` only breaks a tie), or `{ problem }`: one plain
 * sentence saying why the file as a whole cannot be read (no known format, not valid JSON, too
 * deeply nested, a forbidden key outside its annotations). Never throws.
 */
export function readForeignAnnotations(text: string, fileName?: string): ForeignRead | FileRefusal {
  try {
    const detected = detectForeignText(text, fileName);
    switch (detected.format) {
      case 'kindle':
        return readKindleClippings(text);
      case 'readwise':
        return readReadwiseCsv(text);
      case 'w3c':
        return readW3CValue(detected.json);
      case 'hypothesis':
        return readHypothesisValue(detected.json);
      case 'readium':
        return readReadiumValue(detected.json);
      default:
        return { problem: detected.problem };
    }
  } catch (error) {
    // Not expected for any input; kept so that a bug in one reader can never crash the import.
    return { problem: `The file could not be read (${error instanceof Error ? error.message : String(error)}); nothing was imported.` };
  }
}
