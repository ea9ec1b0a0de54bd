/**
 * Selecting text with the keyboard. Chromium does not extend a caret in read-only text with
 * Shift+Arrow (that needs caret browsing), so the reader does it with Selection.modify:
 * Shift+Arrow extends by character or line, Ctrl/Alt+Shift+Arrow by word, Shift+Home/End to
 * the line's ends. Without a selection, extension starts at the first block in view.
 */

type Direction = 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary' | 'paragraph';

function stepFor(event: KeyboardEvent, isMac: boolean): [Direction, Granularity] | null {
  const byWord = isMac ? event.altKey : event.ctrlKey;
  switch (event.key) {
    case 'ArrowRight':
      return ['forward', byWord ? 'word' : 'character'];
    case 'ArrowLeft':
      return ['backward', byWord ? 'word' : 'character'];
    case 'ArrowDown':
      return ['forward', byWord ? 'paragraph' : 'line'];
    case 'ArrowUp':
      return ['backward', byWord ? 'paragraph' : 'line'];
    case 'End':
      return ['forward', 'lineboundary'];
    case 'Home':
      return ['backward', 'lineboundary'];
    default:
      return null;
  }
}

/** Puts a caret at the start of the first block visible in the scroll area. */
function caretAtFirstVisibleBlock(root: HTMLElement, selection: Selection): void {
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-block]')];
  const first = blocks.find((b) => b.getBoundingClientRect().bottom > 0) ?? blocks[0];
  if (first) selection.collapse(first, 0);
}

/**
 * Handles Shift+navigation keys inside the document text. Returns true when it changed the
 * selection (the caller then stops the browser's default handling).
 */
export function extendSelectionWithKey(event: KeyboardEvent, root: HTMLElement, isMac: boolean): boolean {
  if (!event.shiftKey) return false;
  const step = stepFor(event, isMac);
  const selection = window.getSelection();
  if (!step || !selection) return false;
  const inside = selection.rangeCount > 0 && root.contains(selection.focusNode);
  if (!inside) caretAtFirstVisibleBlock(root, selection);
  selection.modify('extend', step[0], step[1]);
  selection.focusNode?.parentElement?.scrollIntoView({ block: 'nearest' });
  return true;
}
