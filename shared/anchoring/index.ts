/**
 * Text anchoring: describe a range of a document's text as W3C selectors, and find that range
 * again later, even in an edited text. Pure string functions; DOM conversion lives in the renderer.
 *
 * The quote is the truth, its recorded prefix and suffix decide between copies, and the position
 * is a hint. `anchor` takes at once the recorded place or the nearest exact copy whose whole
 * context is still around it. Otherwise it ranks, in a forgiving view that ignores whitespace,
 * quote-style and dash differences, every exact copy and the approximate matches found in small
 * windows (around the hint, and where pieces of the quote occur), by quote, context (by edit
 * distance) and position. It returns null rather than a poor match, and a quote that is gone
 * costs a few index look-ups, never an approximate scan of the whole text.
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../model';
import { surroundingsMeet } from './deletion';
import { approxIn, seedWindows } from './fuzzy';
import { GramIndex } from './gramIndex';
import { normalise, toNormalIndex, toOriginalRange, type NormalisedText } from './normalise';
import { settleEdges } from './settle';
import { MIN_QUOTE_SIMILARITY, acceptable, better, scoreCandidate, type Candidate, type Expectation } from './score';
import { contextMatches } from './similarity';
import { trustedRange } from './trusted';

export { MIN_QUOTE_SIMILARITY } from './score';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 32;

/** Most exact copies of a quote that are ranked, nearest the hint first (a common word has thousands). */
const MAX_EXACT_CANDIDATES = 500;
/** Most exact copies collected before choosing the nearest. */
const MAX_COPIES = 20_000;
/** Distance from the hint within which an exact copy with its whole context is taken at once. */
const NEAR_HINT = 64 * 1024;
/** Characters either side of the hinted place searched approximately. */
const NEAR_WINDOW = 2000;

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

/** The exact copy of the quote nearest `hint` (within NEAR_HINT) whose whole recorded context surrounds it. */
function nearestWithContext(text: string, quote: TextQuoteSelector, hint: number | null): number | null {
  const { exact, prefix, suffix } = quote;
  const from = hint === null ? 0 : Math.max(0, hint - NEAR_HINT);
  const window = hint === null ? text : text.slice(from, hint + NEAR_HINT + exact.length);
  let best: number | null = null;
  for (let i = window.indexOf(exact); i !== -1; i = window.indexOf(exact, i + 1)) {
    const start = from + i;
    if (!contextMatches(text, start, start + exact.length, prefix, suffix)) continue;
    if (best === null || Math.abs(start - hint!) < Math.abs(best - hint!)) best = start;
    if (hint === null || start >= hint) break; // later copies are farther away
  }
  return best;
}

/** Up to `limit` of the ascending `starts`, nearest `hint` first. */
function nearestFirst(starts: number[], hint: number | null, limit: number): number[] {
  if (hint === null) return starts.slice(0, limit);
  return [...starts].sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, limit);
}

/** Anchors many selector sets against one text, sharing the forgiving view and its index between them. */
export class Anchorer {
  private view: NormalisedText | null = null;
  private index: GramIndex | null = null;
  /** How many anchorings trusted the stored position, and how many had to search for the quote. */
  readonly counts = { trusted: 0, searched: 0 };

  constructor(readonly text: string) {}

  /**
   * The stored position when it can be trusted as it is (the quote is there with its recorded
   * context), without any search; null when the quote has to be searched for with {@link anchor}.
   */
  trusted(selectors: readonly Selector[]): TextRange | null {
    const quote = selectorOf(selectors, 'TextQuoteSelector');
    const found = quote && quote.exact.length > 0 ? trustedRange(this.text, quote, selectorOf(selectors, 'TextPositionSelector')) : null;
    if (found) this.counts.trusted++;
    return found;
  }

  /** Finds the range the selectors describe, or null when the passage is gone. */
  anchor(selectors: readonly Selector[]): TextRange | null {
    const text = this.text;
    const quote = selectorOf(selectors, 'TextQuoteSelector');
    const position = selectorOf(selectors, 'TextPositionSelector');
    const positionValid = !!position && position.start >= 0 && position.end <= text.length && position.end > position.start;
    if (!quote || quote.exact.length === 0) return positionValid ? { start: position!.start, end: position!.end } : null;
    const trusted = this.trusted(selectors);
    if (trusted) return trusted;
    this.counts.searched++;
    const hint = position ? position.start : null;
    const near = nearestWithContext(text, quote, hint);
    if (near !== null) return { start: near, end: near + quote.exact.length };
    return this.rank(quote, hint);
  }

  /** Ranks the exact and approximate copies of the quote in the forgiving view. */
  private rank(quote: TextQuoteSelector, hint: number | null): TextRange | null {
    const view = (this.view ??= normalise(this.text));
    const needle = normalise(quote.exact).text;
    if (needle.trim().length === 0) return null;
    const expected: Expectation = {
      prefix: normalise(quote.prefix).text,
      suffix: normalise(quote.suffix).text,
      hint: hint === null ? null : toNormalIndex(view, hint),
    };
    const index = (this.index ??= new GramIndex(view.text));
    const copies = index.occurrences(needle, MAX_COPIES);
    let best: Candidate | null = null;
    for (const start of nearestFirst(copies, expected.hint, MAX_EXACT_CANDIDATES)) {
      best = better(best, scoreCandidate(view.text, start, start + needle.length, 1, expected));
    }
    // An exact copy with its whole context cannot be beaten; otherwise an edited copy may be.
    if (!best || best.context < 1) best = this.approximate(view.text, needle, expected, copies, best);
    return best ? this.toText(view, best, quote.exact) : null;
  }

  /**
   * Adds the approximate matches near the hint and where pieces of the quote occur, unless the
   * passage was deleted (its surroundings now meet).
   */
  private approximate(haystack: string, needle: string, expected: Expectation, copies: number[], best: Candidate | null): Candidate | null {
    const maxErrors = Math.floor(needle.length * (1 - MIN_QUOTE_SIMILARITY));
    if (maxErrors === 0) return best;
    const near: [number, number] | null =
      expected.hint === null ? null : [expected.hint - maxErrors - NEAR_WINDOW, expected.hint + needle.length + maxErrors + NEAR_WINDOW];
    if (surroundingsMeet(haystack, this.index!, expected.prefix, expected.suffix, needle.length, near)) return best;
    const windows = seedWindows(this.index!, needle, maxErrors, copies, expected.hint);
    if (near) windows.unshift(near);
    for (const [from, to] of windows) {
      for (const place of approxIn(haystack, needle, from, to, maxErrors, copies)) {
        const match = settleEdges(haystack, place, needle, expected.prefix, expected.suffix);
        const candidate = scoreCandidate(haystack, match.start, match.end, 1 - match.errors / needle.length, expected);
        if (acceptable(candidate, needle.length)) best = better(best, candidate);
      }
    }
    return best;
  }

  /** Maps a view candidate back to the text, to the exact quote itself when it is there. */
  private toText(view: NormalisedText, candidate: Candidate, exact: string): TextRange {
    const range = toOriginalRange(view, candidate.start, candidate.end);
    const inner = candidate.quote === 1 ? this.text.slice(range.start, range.end).indexOf(exact) : -1;
    return inner === -1 ? range : { start: range.start + inner, end: range.start + inner + exact.length };
  }
}

/**
 * Finds the range the selectors describe in `text`, or null when the passage can no longer be
 * found. For many annotations on one text, use {@link Anchorer} to share the work.
 */
export function anchor(text: string, selectors: readonly Selector[]): TextRange | null {
  return new Anchorer(text).anchor(selectors);
}
