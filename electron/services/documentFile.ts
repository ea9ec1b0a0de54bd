/**
 * Reading any document file the user chose into the document model, by its ending: an EPUB or
 * PDF from its bytes (bookFile.ts), anything else as text (fileImport.ts). Both parse in the
 * import worker with a time limit.
 */
import type { ParsedText } from '../../shared/import/plainText';
import { isBookFileName, parseBookOffThread, readBookFile } from './bookFile';
import { parseDocumentOffThread, readTextFile } from './fileImport';

/** A document file read and parsed: its name, the parsed text, and what had to be left out. */
export interface ReadDocument {
  name: string;
  parsed: ParsedText;
  /** One sentence per part of the file that could not be read (a book's missing chapter). */
  leftOut: string[];
}

/** Reads and parses `file`; rejects with a ServiceError for the user when it cannot be. */
export async function readDocumentFile(file: string): Promise<ReadDocument> {
  if (isBookFileName(file)) {
    const book = await readBookFile(file);
    const { title, author, text, blocks, notes } = await parseBookOffThread(book);
    return { name: book.name, parsed: { title, author, text, blocks }, leftOut: notes };
  }
  const read = await readTextFile(file);
  // Parsing runs in a worker with a time limit, so no file can freeze the app.
  return { name: read.name, parsed: await parseDocumentOffThread(read.name, read.text), leftOut: [] };
}
