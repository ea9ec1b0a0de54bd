/**
 * Chooses the importer for a file by its name: plain text, Markdown or HTML.
 */
import { parseHtml } from './htmlText';
import { parseMarkdown } from './markdownText';
import { parsePlainText, type ParsedText } from './plainText';

/** File name endings each importer reads. */
export const IMPORTABLE_EXTENSIONS = {
  text: ['txt', 'text'],
  markdown: ['md', 'markdown'],
  html: ['html', 'htm', 'xhtml'],
} as const;

/** Every importable text file name ending (decoded as text, parsed by {@link parseDocument}). */
export const ALL_IMPORTABLE_EXTENSIONS: readonly string[] = Object.values(IMPORTABLE_EXTENSIONS).flat();

/** Endings of binary books, read from their bytes in the worker (EPUB unzipped, PDF text layer). */
export const BOOK_EXTENSIONS = ['epub', 'pdf'] as const;

/** Every ending File → Open, a drop or `marginalia import` takes as a document: text files and books. */
export const DOCUMENT_EXTENSIONS: readonly string[] = [...ALL_IMPORTABLE_EXTENSIONS, ...BOOK_EXTENSIONS];

/** Parses a decoded file with the importer its extension names (plain text when unsure). */
export function parseDocument(fileName: string, text: string): ParsedText {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if ((IMPORTABLE_EXTENSIONS.markdown as readonly string[]).includes(extension)) return parseMarkdown(text);
  if ((IMPORTABLE_EXTENSIONS.html as readonly string[]).includes(extension)) return parseHtml(text);
  return parsePlainText(text);
}
