/**
 * Looking up matches by offset: which one to start from, and which ones a block shows. Both
 * are binary searches over matches in document order, so thousands of matches cost nothing
 * while scrolling.
 */
import type { FindMatch } from './findMatches';

/** Index of the first match starting at or after `offset`, else the first match; -1 when none. */
export function firstMatchFrom(matches: readonly FindMatch[], offset: number): number {
  if (matches.length === 0) return -1;
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === matches.length ? 0 : lo;
}

/** The indices `[from, to)` of the matches that overlap `[start, end)`. */
export function matchesWithin(matches: readonly FindMatch[], start: number, end: number): { from: number; to: number } {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < matches.length && matches[to]!.start < end) to++;
  return { from: lo, to };
}
