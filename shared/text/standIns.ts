/**
 * Characters that print alike but differ in code: the quote marks and hyphens a reader types as
 * ASCII, and white space. Shared by anchoring (finding a passage again) and find in document.
 */

/** Curly and other quote marks, each with the straight ASCII mark a reader types for it. */
export const QUOTE_STAND_INS: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u0060': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
};

/** Hyphen and minus variants (U+2011 among them) as "-", and the soft hyphen as nothing. */
export const HYPHEN_STAND_INS: Readonly<Record<string, string>> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2212': '-', '\ufe58': '-', '\ufe63': '-', '\uff0d': '-',
  '\u00ad': '',
};

/** True for the code units JavaScript's `\s` matches (checked by code, which is much faster than a regular expression). */
export function isSpaceCode(code: number): boolean {
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
