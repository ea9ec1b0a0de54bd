/**
 * Dropping what a printed page repeats and a reader does not read: running headers and footers
 * (the same line at the top or bottom of most pages, page numbers aside) and bare page numbers.
 * Only the first and last two lines of a page are ever candidates, so body text is never lost.
 */
import type { PdfLine } from './pdfLines';

/** How many lines at each end of a page may be a header, footer or page number. */
const EDGE_LINES = 2;

/** A bare page number: "12", "- 12 -", "Page 12", "12 of 300", "xiv". */
const PAGE_NUMBER = /^[-–—\s]*(?:page\s+)?(?:\d{1,5}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,5})?[-–—\s]*$/i;

/**
 * A line's text with its digits folded, so "Chapter 1 · 12" and "Chapter 1 · 13" compare equal,
 * and its height on the page (to 6 pt): a running header sits at the same place on every page.
 */
function shape(line: PdfLine): string {
  return `${Math.round(line.y / 6)}|${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}`;
}

function edgeIndexes(count: number): number[] {
  const indexes = new Set<number>();
  for (let i = 0; i < Math.min(EDGE_LINES, count); i++) {
    indexes.add(i);
    indexes.add(count - 1 - i);
  }
  return [...indexes];
}

/** True when `text` is only a page number. */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text);
}

/**
 * The pages' lines without running headers, footers and page numbers. A line counts as running
 * when its shape appears at a page edge on at least half the pages (and on two or more).
 */
export function dropRunningLines(pages: readonly (readonly PdfLine[])[]): PdfLine[][] {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const shapes = new Set(edgeIndexes(lines.length).map((i) => shape(lines[i]!)));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const edges = new Set(edgeIndexes(lines.length));
    return lines.filter((line, i) => !edges.has(i) || (!isPageNumber(line.text) && (seen.get(shape(line)) ?? 0) < threshold));
  });
}
