/** Cheap similarity measures used to rank candidate matches. */

/** Length of the common suffix of `a` and `b`. */
export function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Length of the common prefix of `a` and `b`. */
export function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * How well the text around a candidate `[start, end)` of `text` agrees with the recorded
 * prefix and suffix: 0 (nothing in common) to 1 (both match entirely).
 */
export function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 0;
  const before = commonSuffixLength(text.slice(Math.max(0, start - prefix.length), start), prefix);
  const after = commonPrefixLength(text.slice(end, end + suffix.length), suffix);
  return (before + after) / total;
}

/** 1 at the hinted position, falling towards 0 with distance (relative to the text length). */
export function positionScore(start: number, hint: number | null, textLength: number): number {
  if (hint === null) return 0;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, textLength));
}
