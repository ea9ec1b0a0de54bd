/**
 * Converts a DOM selection inside the rendered document into offsets of the canonical text.
 * Each block element holds exactly its block's text, so an offset is the block's start plus
 * the length of the text between the block element's start and the point.
 */
import type { Block } from '../../../shared/model';

/** A selection expressed as `[start, end)` in the document's canonical text. */
export interface TextSpan {
  start: number;
  end: number;
}

function blockElementOf(root: HTMLElement, node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  const block = element?.closest<HTMLElement>('[data-block]') ?? null;
  return block && root.contains(block) ? block : null;
}

function textLengthTo(blockElement: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(blockElement, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** Offset of a boundary point; points between blocks snap forward (start) or back (end). */
function pointToOffset(root: HTMLElement, blocks: readonly Block[], node: Node, offset: number, edge: 'start' | 'end') {
  const blockElement = blockElementOf(root, node);
  if (blockElement) {
    const block = blocks[Number(blockElement.dataset['block'])];
    if (!block) return null;
    return Math.min(block.start + textLengthTo(blockElement, node, offset), block.end);
  }
  const elements = [...root.querySelectorAll<HTMLElement>('[data-block]')];
  const probe = document.createRange();
  const positions = elements.map((el) => {
    probe.selectNodeContents(el);
    return probe.comparePoint(node, offset);
  });
  if (edge === 'start') {
    const next = positions.findIndex((p) => p < 0);
    return next === -1 ? null : blocks[Number(elements[next]!.dataset['block'])]!.start;
  }
  const previous = positions.findLastIndex((p) => p > 0);
  return previous === -1 ? null : blocks[Number(elements[previous]!.dataset['block'])]!.end;
}

/**
 * Returns the selected span of `text`, trimmed of surrounding whitespace, or null when the
 * selection is empty or outside the document.
 */
export function selectionToSpan(root: HTMLElement, blocks: readonly Block[], text: string, selection: Selection | null): TextSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  let start = pointToOffset(root, blocks, range.startContainer, range.startOffset, 'start');
  let end = pointToOffset(root, blocks, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Puts a collapsed caret at `offset` of the document text (inside the block that holds it). */
export function placeCaret(root: HTMLElement, blocks: readonly Block[], offset: number): void {
  const index = blocks.findIndex((b) => offset >= b.start && offset <= b.end);
  const element = index === -1 ? null : root.querySelector<HTMLElement>(`[data-block="${index}"]`);
  const selection = window.getSelection();
  if (!element || !selection) return;
  let remaining = offset - blocks[index]!.start;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.data.length) {
      selection.collapse(node, remaining);
      return;
    }
    remaining -= node.data.length;
  }
  selection.collapse(element, element.childNodes.length);
}
