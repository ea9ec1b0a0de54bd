/** A document's table of contents: its heading blocks, for the reader's Contents list. */
import type { Block } from '../../../shared/model';

/** Documents with fewer headings than this get no Contents list (there is nothing to jump between). */
export const MIN_CONTENTS_HEADINGS = 3;

const MAX_LABEL = 80;

/** One entry: the heading's text (shortened), its block's index and, for a PDF, its page. */
export interface ContentsEntry {
  label: string;
  block: number;
  page: number | null;
}

/** The heading blocks of a document, in order. */
export function contentsOf(text: string, blocks: readonly Block[]): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    const whole = text.slice(block.start, block.end).replace(/\s+/g, ' ').trim();
    const label = whole.length > MAX_LABEL ? `${whole.slice(0, MAX_LABEL - 1).trimEnd()}…` : whole;
    entries.push({ label, block: index, page: block.page ?? null });
  });
  return entries;
}
