/**
 * A forgiving view of a text for matching: whitespace runs become one space, curly quotes
 * become straight ones and dash variants (including U+2011) become "-". Each character of the
 * view remembers where it came from, so a match in the view maps back to the original.
 */

const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u0060': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\ufe58': '-', '\ufe63': '-', '\uff0d': '-', '\u00ad': '',
};

/** True for the code units JavaScript's `\s` matches (checked by code, which is much faster). */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

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
    } else if (isSpace(code)) {
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
