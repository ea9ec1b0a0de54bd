/**
 * Showing a passage of the reader's text that is not a highlight (a search result): a DOM Range
 * over its offsets, scrolled into view and shown for a moment with the CSS Custom Highlight API,
 * so the text and its marks are never changed.
 */
import type { Block } from '../../../shared/model';

/** The name of the highlight the stylesheet paints (`::highlight(search-flash)`). */
export const FLASH_HIGHLIGHT = 'search-flash';
/** How long the passage stays marked. */
export const FLASH_MS = 2500;

/** The DOM point of a text offset inside the block element that holds it. */
function pointAt(root: HTMLElement, blocks: readonly Block[], offset: number): { node: Node; offset: number } | null {
  const index = blocks.findIndex((b) => offset >= b.start && offset <= b.end);
  const element = index === -1 ? null : root.querySelector<HTMLElement>(`[data-block="${index}"]`);
  if (!element) return null;
  let remaining = offset - blocks[index]!.start;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.data.length) return { node, offset: remaining };
    remaining -= node.data.length;
  }
  return { node: element, offset: element.childNodes.length };
}

/** A Range over `[start, end)` of the document text as rendered under `root`, or null when it is not there. */
export function passageRange(root: HTMLElement, blocks: readonly Block[], start: number, end: number): Range | null {
  const from = pointAt(root, blocks, start);
  const to = pointAt(root, blocks, Math.max(start, end));
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Scrolls `scroller` so that `range` sits in the middle of it. */
export function scrollRangeIntoView(range: Range, scroller: HTMLElement): void {
  const box = range.getBoundingClientRect();
  const pane = scroller.getBoundingClientRect();
  scroller.scrollTop += box.top - pane.top - (pane.height - box.height) / 2;
}

/** Marks `range` for {@link FLASH_MS}; returns a function that removes the mark sooner. */
export function flashRange(range: Range): () => void {
  // Chromium has the Custom Highlight API; elsewhere the passage is only scrolled to.
  if (typeof Highlight === 'undefined' || !('highlights' in CSS)) return () => {};
  const highlight = new Highlight(range);
  CSS.highlights.set(FLASH_HIGHLIGHT, highlight);
  const clear = () => {
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === highlight) CSS.highlights.delete(FLASH_HIGHLIGHT);
  };
  const timer = setTimeout(clear, FLASH_MS);
  return () => {
    clearTimeout(timer);
    clear();
  };
}
