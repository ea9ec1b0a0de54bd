/**
 * How library search splits and folds text: words for alphabetic scripts, single characters
 * plus bigrams for CJK runs, and terms that ignore case and diacritics.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const ASCII = /^[\x20-\x7e]*$/;
const WORD_OR_CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{M}\p{N}]+/gu;

/** Folds one term for matching: compatibility-decomposed, combining marks removed, lower case (`Résumé` → `resume`). */
export function foldTerm(term: string): string {
  // Most terms are plain ASCII, which only needs lower case.
  if (ASCII.test(term)) return term.toLowerCase();
  return term.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Splits text into search tokens. Alphabetic and numeric runs are words; a CJK run (which has
 * no spaces between words) gives each character and each pair of neighbours, so `東京` finds `東京都`.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of text.matchAll(WORD_OR_CJK_RUN)) {
    if (!CJK.test(run[0] ?? '')) {
      tokens.push(run);
      continue;
    }
    const chars = Array.from(run);
    tokens.push(...chars);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  return tokens;
}

/** Where the first (and longest) of `terms` occurs in `text`, ignoring case and diacritics, as offsets into `text`. */
export function findFolded(text: string, terms: readonly string[]): { start: number; end: number } | null {
  // Fold character by character, remembering where each folded unit came from in the original.
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const f = foldTerm(char);
    for (let k = 0; k < f.length; k++) origin.push(offset);
    folded += f;
    offset += char.length;
  }
  origin.push(text.length);
  let best: { start: number; end: number } | null = null;
  for (const term of terms) {
    const at = term === '' ? -1 : folded.indexOf(term);
    if (at < 0) continue;
    const last = origin[at + term.length - 1]!;
    const found = { start: origin[at]!, end: last + (text.codePointAt(last)! > 0xffff ? 2 : 1) };
    // The earliest match wins; of two starting together, the longer.
    if (!best || found.start < best.start || (found.start === best.start && found.end > best.end)) best = found;
  }
  return best;
}
