/**
 * Worker task: an EPUB or PDF's bytes → its text, blocks and notes. The EPUB is unzipped with
 * limits and read by the pure EPUB reader; the PDF's text layer is read with pdf.js.
 */
import { readEpub, type ParsedBook } from '../../../shared/import/epub/readEpub';
import { readEpubArchive } from '../epubArchive';
import { readPdfText } from '../pdfText';

/** What the task takes: the file's name (its ending chooses the reader) and its bytes. */
export interface ParseBookInput {
  fileName: string;
  bytes: Uint8Array;
}

/** Reads the book; rejects with a ServiceError for the user when it cannot be read. */
export async function parseBookTask({ fileName, bytes }: ParseBookInput, progress: (done: number, total: number) => void = () => {}): Promise<ParsedBook> {
  if (fileName.toLowerCase().endsWith('.pdf')) return readPdfText(fileName, bytes, progress);
  return readEpub(fileName, readEpubArchive(fileName, bytes), progress);
}
