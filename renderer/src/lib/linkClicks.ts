/**
 * When a click on a document's link should ask to open it. A link in a text being read and
 * annotated must not get in the way of reading gestures: a double or triple click selects the
 * words (so a single click waits out the double-click time before asking), a click on a
 * highlight over a link picks the highlight (Ctrl or ⌘ + click still opens the link), and a
 * click that ends a selection opens nothing. Enter on a focused link asks at once.
 */

/** How long a single click waits for a second one before it asks to open the link. */
export const DOUBLE_CLICK_WAIT_MS = 500;

/** What a click on a link does. */
export type LinkClick = 'open-now' | 'open-unless-clicked-again' | 'not-a-link-click';

/** The part of a click event the decision needs. */
export interface LinkClickEvent {
  /** 0 for a click made with the keyboard, then 1, 2, 3 for successive mouse clicks. */
  detail: number;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * Decides what a click on a link does: `onHighlight` when the click landed on a highlight,
 * `selecting` when it ended with text selected.
 */
export function linkClick(event: LinkClickEvent, onHighlight: boolean, selecting: boolean): LinkClick {
  if (selecting) return 'not-a-link-click';
  if (event.detail === 0 || event.ctrlKey || event.metaKey) return 'open-now';
  if (onHighlight || event.detail > 1) return 'not-a-link-click';
  return 'open-unless-clicked-again';
}
