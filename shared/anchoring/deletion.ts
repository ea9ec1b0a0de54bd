/**
 * Recognises a passage deleted from the text: its recorded prefix and suffix now meet. Then an
 * approximate match (another copy of most of it, say a repeated sentence with one side of the
 * same context) is a different passage, not the one annotated, and must not be taken.
 */
import { approxIn, seedWindows } from './fuzzy';
import type { GramIndex } from './gramIndex';

/** Characters taken from the end of the prefix and from the start of the suffix. */
const SIDE = 16;
/** Most edits allowed where the two sides meet (a space lost or doubled by the deletion). */
const MAX_JOIN_ERRORS = 4;

/**
 * True when the end of `prefix` directly followed by the start of `suffix` occurs in `text`
 * (indexed by `index`), looked for around the places where pieces of it occur and in the
 * `near` window. The edit budget stays under half the quote's length, so a passage still
 * standing between its surroundings (even edited) never looks deleted.
 */
export function surroundingsMeet(
  text: string,
  index: GramIndex,
  prefix: string,
  suffix: string,
  quoteLength: number,
  near: [number, number] | null,
): boolean {
  if (prefix.length < SIDE / 2 || suffix.length < SIDE / 2) return false;
  const maxErrors = Math.min(MAX_JOIN_ERRORS, Math.floor(quoteLength / 2));
  if (maxErrors < 1) return false;
  const join = prefix.slice(-SIDE) + suffix.slice(0, SIDE);
  const windows = seedWindows(index, join, maxErrors, [], near ? near[0] : null);
  if (near) windows.push(near);
  return windows.some(([from, to]) => approxIn(text, join, from, to, maxErrors, []).length > 0);
}
