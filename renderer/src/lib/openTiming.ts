/**
 * Performance marks for opening a document, read by the open benchmark (tests/bench/open.bench.ts)
 * and visible in the browser's performance panel: when the user asked for the document, when its
 * first highlight was painted, and how long each API call took in between (so the renderer's own
 * share can be told apart from waiting on the disk).
 */

/** Marked when a document is chosen in the library. */
export const OPEN_DOCUMENT_MARK = 'marginalia:open-document';
/** Marked after the frame that first shows one of the document's highlights. */
export const FIRST_HIGHLIGHT_MARK = 'marginalia:first-highlight';
/** A measure per API call made while a document is opening (its detail is the call's name). */
export const API_CALL_MEASURE = 'marginalia:api-call';

/** A document with no highlight never paints one: stop timing its opening after this long (ms). */
const GIVE_UP_AFTER = 30_000;

let opening = false;
let openedAt = 0;

/** Starts timing the opening of a document (clears the previous opening's marks). */
export function markOpenDocument(): void {
  if (typeof performance === 'undefined') return;
  performance.clearMarks(OPEN_DOCUMENT_MARK);
  performance.clearMarks(FIRST_HIGHLIGHT_MARK);
  performance.clearMeasures(API_CALL_MEASURE);
  openedAt = performance.mark(OPEN_DOCUMENT_MARK).startTime;
  opening = true;
}

/** True while a document is opening and its first highlight is not yet painted. */
export function isOpening(): boolean {
  if (opening && performance.now() - openedAt > GIVE_UP_AFTER) opening = false;
  return opening;
}

/** Records an API call that started at `start` (performance.now()) and just finished, while a document opens. */
export function noteApiCall(name: string, start: number): void {
  if (!isOpening()) return;
  performance.measure(API_CALL_MEASURE, { start, end: performance.now(), detail: name });
}

/** Marks the first highlight as painted: after the next frame, so the mark follows the paint itself. */
export function markFirstHighlightPainted(): void {
  if (!opening) return;
  opening = false;
  requestAnimationFrame(() => setTimeout(() => performance.mark(FIRST_HIGHLIGHT_MARK), 0));
}
