/**
 * Text anchoring: describe a range of a document's text as W3C selectors, and find that range
 * again later, even in an edited text. Pure string functions; DOM conversion lives in the renderer.
 *
 * The quote is the truth and the position a hint. `anchor` tries, in order: the hinted position;
 * exact occurrences of the quote (ranked by context, then distance); the same in a forgiving
 * view that ignores whitespace, quote-style and dash differences; and approximate matching
 * (approx-string-match) near the hint, then anywhere. It returns null rather than a poor match.
 */
import search from 'approx-string-match';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../model';
import { normalise, toNormalIndex, toOriginalRange, type NormalisedText } from './normalise';
import { contextScore, positionScore } from './similarity';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 32;

/** Fewest share of the quote that must match for an approximate match to be accepted. */
export const MIN_QUOTE_SIMILARITY = 0.75;

/** Most occurrences of an exact quote that are ranked (a very common word has thousands). */
const MAX_EXACT_CANDIDATES = 500;

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

function selectorOf<T extends Selector['type']>(selectors: readonly Selector[], type: T) {
  return selectors.find((s): s is Extract<Selector, { type: T }> => s.type === type);
}

/** Distance from the hint within which an exact match with its full context is taken at once. */
const NEAR_HINT = 64 * 1024;

/** Ranks the exact occurrences of `needle` in `haystack[from, to)`, by context first and distance second. */
function rankExact(haystack: string, needle: string, prefix: string, suffix: string, hint: number | null, from: number, to: number) {
  let best: { start: number; score: number; context: number } | null = null;
  let seen = 0;
  for (let i = haystack.indexOf(needle, from); i !== -1 && i + needle.length <= to && seen < MAX_EXACT_CANDIDATES; i = haystack.indexOf(needle, i + 1), seen++) {
    const context = contextScore(haystack, i, i + needle.length, prefix, suffix);
    const score = context * 10 + positionScore(i, hint, haystack.length);
    if (!best || score > best.score) best = { start: i, score, context };
  }
  return best;
}

/**
 * Best exact occurrence of `needle` in `haystack`. An occurrence near the hint whose whole
 * recorded context matches is taken without scanning the rest of the text.
 */
function bestExact(haystack: string, needle: string, prefix: string, suffix: string, hint: number | null): number | null {
  if (hint !== null) {
    const near = rankExact(haystack, needle, prefix, suffix, hint, Math.max(0, hint - NEAR_HINT), hint + NEAR_HINT + needle.length);
    if (near && near.context === 1) return near.start;
  }
  return rankExact(haystack, needle, prefix, suffix, hint, 0, haystack.length)?.start ?? null;
}

/** Anchors many selector sets against one text, sharing the forgiving view between them. */
export class Anchorer {
  private view: NormalisedText | null = null;

  constructor(readonly text: string) {}

  private normalised(): NormalisedText {
    this.view ??= normalise(this.text);
    return this.view;
  }

  /** Finds the range the selectors describe, or null when the passage is gone. */
  anchor(selectors: readonly Selector[]): TextRange | null {
    const text = this.text;
    const quote = selectorOf(selectors, 'TextQuoteSelector');
    const position = selectorOf(selectors, 'TextPositionSelector');
    const positionValid = !!position && position.start >= 0 && position.end <= text.length && position.end > position.start;
    if (!quote || quote.exact.length === 0) return positionValid ? { start: position!.start, end: position!.end } : null;
    if (positionValid && text.slice(position!.start, position!.end) === quote.exact) {
      return { start: position!.start, end: position!.end };
    }
    const hint = position ? position.start : null;

    const exact = bestExact(text, quote.exact, quote.prefix, quote.suffix, hint);
    if (exact !== null) return { start: exact, end: exact + quote.exact.length };

    const view = this.normalised();
    const needle = normalise(quote.exact).text;
    if (needle.trim().length === 0) return null;
    const prefix = normalise(quote.prefix).text;
    const suffix = normalise(quote.suffix).text;
    const viewHint = hint === null ? null : toNormalIndex(view, hint);

    const loose = bestExact(view.text, needle, prefix, suffix, viewHint);
    if (loose !== null) return toOriginalRange(view, loose, loose + needle.length);

    const fuzzy = this.fuzzy(view, needle, prefix, suffix, viewHint);
    return fuzzy ? toOriginalRange(view, fuzzy.start, fuzzy.end) : null;
  }

  /** Approximate matching: first in a window around the hint, then in the whole text. */
  private fuzzy(view: NormalisedText, needle: string, prefix: string, suffix: string, hint: number | null): TextRange | null {
    const maxErrors = Math.floor(needle.length * (1 - MIN_QUOTE_SIMILARITY));
    if (maxErrors === 0) return null;
    const rank = (offset: number, haystack: string) => {
      let best: { start: number; end: number; score: number; similarity: number } | null = null;
      for (const m of search(haystack, needle, maxErrors)) {
        const start = m.start + offset;
        const end = m.end + offset;
        const similarity = 1 - m.errors / needle.length;
        const score =
          similarity * 50 + contextScore(view.text, start, end, prefix, suffix) * 20 + positionScore(start, hint, view.text.length) * 2;
        if (!best || score > best.score) best = { start, end, score, similarity };
      }
      return best && best.similarity >= MIN_QUOTE_SIMILARITY ? best : null;
    };
    if (hint !== null) {
      const margin = needle.length * 2 + 2000;
      const from = Math.max(0, hint - margin);
      const near = rank(from, view.text.slice(from, hint + needle.length + margin));
      if (near) return near;
    }
    return rank(0, view.text);
  }
}

/**
 * Finds the range the selectors describe in `text`, or null when the passage can no longer be
 * found. For many annotations on one text, use {@link Anchorer} to share the work.
 */
export function anchor(text: string, selectors: readonly Selector[]): TextRange | null {
  return new Anchorer(text).anchor(selectors);
}
