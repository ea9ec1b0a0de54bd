/** Short excerpts around a search match, with the match marked by offsets (never HTML). */

/** An excerpt of a text with the matched part at `matchStart`..`matchEnd` of `text`. */
export interface Snippet {
  text: string;
  matchStart: number;
  matchEnd: number;
  /** Where `text` starts in the searched text. */
  from: number;
}

/** About this many characters of context are shown around a match. */
export const SNIPPET_CHARS = 80;

/**
 * An excerpt of about {@link SNIPPET_CHARS} characters around `match`, cut at word boundaries
 * where possible and never inside a surrogate pair; without a match, the text's start.
 */
export function snippetAround(text: string, match: { start: number; end: number } | null, width = SNIPPET_CHARS): Snippet {
  const m = match ?? { start: 0, end: 0 };
  const spare = Math.max(0, width - (m.end - m.start));
  let from = Math.max(0, m.start - Math.floor(spare / 3));
  let to = Math.min(text.length, Math.max(m.end, from + width));
  from = Math.max(0, Math.min(from, to - width));
  // Move the cut to a space if one is near, so words are not chopped.
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < m.start && space - from < 12) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > m.end && to - space < 12) to = space;
  }
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  return { text: text.slice(from, to), matchStart: m.start - from, matchEnd: m.end - from, from };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
