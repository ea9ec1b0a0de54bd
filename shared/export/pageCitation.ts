/** The printed page a passage is on, for exports that cite "p. 12" (documents with pages: PDFs). */
import type { Block } from '../model';

/**
 * The page of the block that holds `offset` (or, between blocks, of the block before it); null
 * when the document's blocks have no pages. Blocks are in text order, so this is a binary search.
 */
export function pageAt(blocks: readonly Block[], offset: number): number | null {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return blocks[Math.max(0, found)]?.page ?? null;
}
