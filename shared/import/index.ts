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

/** Every importable file name ending. */
export const ALL_IMPORTABLE_EXTENSIONS: readonly string[] = Object.values(IMPORTABLE_EXTENSIONS).flat();

/** Parses a decoded file with the importer its extension names (plain text when unsure). */
export function parseDocument(fileName: string, text: string): ParsedText {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if ((IMPORTABLE_EXTENSIONS.markdown as readonly string[]).includes(extension)) return parseMarkdown(text);
  if ((IMPORTABLE_EXTENSIONS.html as readonly string[]).includes(extension)) return parseHtml(text);
  return parsePlainText(text);
}
