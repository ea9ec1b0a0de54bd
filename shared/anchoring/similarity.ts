/** Similarity measures used to rank the places where a quote may be. */
import { edgeDistance } from './align';

/** True when `[start, end)` of `text` has exactly the recorded prefix before it and suffix after it. */
export function contextMatches(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  return start >= prefix.length && text.startsWith(prefix, start - prefix.length) && text.startsWith(suffix, end);
}

/**
 * How well the text around a candidate `[start, end)` of `text` agrees with the recorded
 * prefix and suffix, from 0 (nothing in common) to 1 (both match entirely), each side weighted
 * by its length. A side scores 1 - 2 × edit distance / length: unrelated prose differs in about
 * two characters of three, so it scores 0, while one edited character costs 2/32. With no
 * recorded context nothing disagrees: 1.
 */
export function contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string): number {
  // A side recorded shorter than usual ran into the start or end of the text. A place that
  // reaches the same edge with the same characters agrees with it as fully as a whole side would.
  const atStart = prefix.length < BOUNDARY_WEIGHT && start === prefix.length && text.startsWith(prefix, 0);
  const atEnd = suffix.length < BOUNDARY_WEIGHT && end + suffix.length === text.length && text.startsWith(suffix, end);
  const prefixWeight = atStart ? BOUNDARY_WEIGHT : prefix.length;
  const suffixWeight = atEnd ? BOUNDARY_WEIGHT : suffix.length;
  const total = prefixWeight + suffixWeight;
  if (total === 0) return 1;
  const side = (expected: string, fits: boolean, at: number, direction: 1 | -1) =>
    fits ? expected.length : Math.max(0, expected.length - 2 * edgeDistance(expected, text, at, direction));
  const before = atStart ? BOUNDARY_WEIGHT : side(prefix, contextMatches(text, start, start, prefix, ''), start, -1);
  const after = atEnd ? BOUNDARY_WEIGHT : side(suffix, text.startsWith(suffix, end), end, 1);
  return (before + after) / total;
}

/** What reaching the same edge of the text counts for, as context: a whole side (CONTEXT_CHARS in index.ts). */
const BOUNDARY_WEIGHT = 32;

/** 1 at the hinted position, falling towards 0 with distance (relative to the text length). */
export function positionScore(start: number, hint: number | null, textLength: number): number {
  if (hint === null) return 0;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, textLength));
}
