/**
 * The fast path of anchoring: a stored position is trusted when the text there still holds the
 * quote exactly, with the recorded prefix just before it and the recorded suffix just after.
 * An unchanged document therefore anchors every annotation with two string comparisons each.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model';
import { contextMatches } from './similarity';

/** The stored range when it can be trusted as it is, otherwise null (then the quote is searched for). */
export function trustedRange(text: string, quote: TextQuoteSelector, position: TextPositionSelector | undefined): { start: number; end: number } | null {
  if (!position || position.start < 0 || position.end > text.length || position.end <= position.start) return null;
  const { start, end } = position;
  if (end - start !== quote.exact.length || !text.startsWith(quote.exact, start)) return null;
  return contextMatches(text, start, end, quote.prefix, quote.suffix) ? { start, end } : null;
}
