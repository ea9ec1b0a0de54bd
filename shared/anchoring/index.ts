/**
 * Text anchoring: describe a range of a document's text as W3C selectors, and find that
 * range again later. Pure string functions; DOM conversion lives in the renderer.
 *
 * The quote is the truth and the position is a hint: `anchor` accepts the hinted position only
 * when the text there still equals the quote, and otherwise searches for the quote, preferring
 * the occurrence whose surrounding context and position agree best with what was recorded.
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../model';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 32;

/** A resolved range `[start, end)` in UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

/** Returns the TextQuoteSelector and TextPositionSelector for `[start, end)` of `text`. */
export function describeRange(text: string, start: number, end: number): Selector[] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`Invalid range [${start}, ${end}) for a text of ${text.length} characters`);
  }
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  return [quote, position];
}

function findSelector<T extends Selector['type']>(selectors: Selector[], type: T) {
  return selectors.find((s): s is Extract<Selector, { type: T }> => s.type === type);
}

/** Length of the common suffix of `a` and `b`. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Length of the common prefix of `a` and `b`. */
function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** All start indices of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Finds the range the selectors describe in `text`, or null when the quote is no longer there.
 * Among several occurrences of the quote, the one with the most matching context wins;
 * ties go to the one nearest the position hint.
 */
export function anchor(text: string, selectors: Selector[]): TextRange | null {
  const quote = findSelector(selectors, 'TextQuoteSelector');
  const position = findSelector(selectors, 'TextPositionSelector');
  if (!quote) {
    if (position && position.start >= 0 && position.end <= text.length && position.end > position.start) {
      return { start: position.start, end: position.end };
    }
    return null;
  }
  if (quote.exact.length === 0) return null;
  if (position && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end };
  }
  let best: { start: number; score: number; distance: number } | null = null;
  for (const start of occurrences(text, quote.exact)) {
    const end = start + quote.exact.length;
    const score =
      commonSuffixLength(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix) +
      commonPrefixLength(text.slice(end, end + quote.suffix.length), quote.suffix);
    const distance = position ? Math.abs(start - position.start) : 0;
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start, score, distance };
    }
  }
  return best ? { start: best.start, end: best.start + quote.exact.length } : null;
}
