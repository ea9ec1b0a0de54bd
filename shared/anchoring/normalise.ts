/**
 * A forgiving view of a text for matching: whitespace runs become one space, curly quotes
 * become straight ones and dash variants (including U+2011) become "-". Each character of the
 * view remembers where it came from, so a match in the view maps back to the original.
 */
import { HYPHEN_STAND_INS, isSpaceCode, QUOTE_STAND_INS } from '../text/standIns';

/** Quote marks and hyphens as a reader types them; em and horizontal-bar dashes count as "-" here too. */
const FOLD: Readonly<Record<string, string>> = { ...QUOTE_STAND_INS, ...HYPHEN_STAND_INS, '\u2014': '-', '\u2015': '-' };

/** The forgiving view of a text, and for each of its characters the index in the original. */
export interface NormalisedText {
  text: string;
  /** `toOriginal[i]` is the original index of view character `i`; the last entry is the original length. */
  toOriginal: Int32Array;
}

/**
 * Builds the forgiving view of `original`. Runs of characters that stay as they are are copied
 * whole, so a 1 MB text costs one pass of character-code checks.
 */
export function normalise(original: string): NormalisedText {
  const parts: string[] = [];
  const map = new Int32Array(original.length + 1);
  let n = 0;
  let runStart = 0;
  let inSpace = false;
  /** Ends the run of kept characters before `i`, puts `replacement` instead of `original[i]`. */
  const replaceAt = (i: number, replacement: string) => {
    if (runStart < i) parts.push(original.slice(runStart, i));
    if (replacement !== '') {
      parts.push(replacement);
      map[n++] = i;
    }
    runStart = i + 1;
  };
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    // Printable ASCII other than the backtick is kept as it is: the common case, checked first.
    if (code > 32 && code < 127 && code !== 0x60) {
      inSpace = false;
      map[n++] = i;
    } else if (isSpaceCode(code)) {
      if (inSpace) replaceAt(i, '');
      else if (code !== 32) replaceAt(i, ' ');
      else map[n++] = i;
      inSpace = true;
    } else {
      inSpace = false;
      const folded = FOLD[original[i]!];
      if (folded === undefined) map[n++] = i;
      else replaceAt(i, folded);
    }
  }
  if (runStart < original.length) parts.push(original.slice(runStart));
  map[n] = original.length;
  return { text: parts.join(''), toOriginal: map.slice(0, n + 1) };
}

/** The view index of original index `offset` (the last view character at or before it). */
export function toNormalIndex(view: NormalisedText, offset: number): number {
  let lo = 0;
  let hi = view.toOriginal.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (view.toOriginal[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps a view range back to the original text's range. */
export function toOriginalRange(view: NormalisedText, start: number, end: number): { start: number; end: number } {
  return { start: view.toOriginal[start]!, end: end > start ? view.toOriginal[end - 1]! + 1 : view.toOriginal[start]! };
}
