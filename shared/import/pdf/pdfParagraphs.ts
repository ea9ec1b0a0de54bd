/**
 * From a PDF's lines to the document model: lines join into paragraphs until a gap wider than
 * the usual line spacing; a word broken with a hyphen at a line end is joined again; a short
 * line in a larger font is a heading; each block remembers the page it starts on (1-based), so
 * exports can cite "p. 12". A paragraph that runs over a page break continues on the next page.
 */
import type { Block, BlockKind } from '../../model';
import { assembleBlocks, type ParsedText } from '../plainText';
import type { PdfLine } from './pdfLines';
import { dropRunningLines } from './runningLines';

interface DraftParagraph {
  kind: BlockKind;
  text: string;
  page: number;
}

/** The value (to half a point) that occurs most often, the smaller on a tie, or `fallback` when there is none. */
function mostCommon(values: readonly number[], fallback: number): number {
  const counts = new Map<number, number>();
  let best = fallback;
  let bestCount = 0;
  for (const value of values) {
    const rounded = Math.round(value * 2) / 2;
    const count = (counts.get(rounded) ?? 0) + 1;
    counts.set(rounded, count);
    if (count > bestCount || (count === bestCount && rounded < best)) [best, bestCount] = [rounded, count];
  }
  return best;
}

/** Joins a line onto a paragraph: "hyphen-" + "ated" → "hyphenated", otherwise with a space. */
export function joinLine(paragraph: string, line: string): string {
  if (paragraph === '') return line;
  if (/\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line;
  return `${paragraph} ${line}`;
}

/** True when a paragraph looks finished (so a new page starts a new one). */
function endsSentence(text: string): boolean {
  return /[.!?:;"”’)\]]$/.test(text);
}

/**
 * The paragraphs of a PDF's pages (each page's lines, top to bottom), running headers and page
 * numbers dropped, as canonical text and blocks with their page numbers.
 */
export function paragraphsOfPages(pages: readonly (readonly PdfLine[])[]): ParsedText & { blocks: Block[] } {
  const kept = dropRunningLines(pages);
  const all = kept.flat();
  const bodyHeight = mostCommon(all.map((l) => l.height), 10);
  const gaps: number[] = [];
  for (const lines of kept) for (let i = 1; i < lines.length; i++) gaps.push(lines[i - 1]!.y - lines[i]!.y);
  const spacing = mostCommon(gaps.filter((g) => g > 0), bodyHeight * 1.2);

  const drafts: DraftParagraph[] = [];
  let open: DraftParagraph | null = null;
  kept.forEach((lines, pageIndex) => {
    lines.forEach((line, i) => {
      const heading = line.height >= bodyHeight * 1.2 && line.text.length <= 120;
      const kind: BlockKind = heading ? 'heading' : 'paragraph';
      const gap = i === 0 ? null : lines[i - 1]!.y - line.y;
      const continues =
        open !== null &&
        open.kind === kind &&
        (gap === null ? kind === 'paragraph' && !endsSentence(open.text) : gap > 0 && gap <= spacing * 1.3);
      if (continues) {
        open!.text = joinLine(open!.text, line.text);
      } else {
        open = { kind, text: line.text, page: pageIndex + 1 };
        drafts.push(open);
      }
    });
  });
  const assembled = assembleBlocks(drafts);
  const blocks = assembled.blocks.map((block, i) => ({ ...block, page: drafts[i]!.page }));
  const first = drafts[0];
  return { title: first?.kind === 'heading' && drafts.length > 1 ? first.text : null, text: assembled.text, blocks };
}
