/**
 * The second line of a Kindle clipping, read by its shape rather than its English words,
 * because Kindle writes it in the reader's language:
 *
 *     - Your Highlight on page 12 | Location 100-102 | Added on Monday, 3 March 2025 10:00:00
 *     - Ihre Markierung bei Position 100-102 | Hinzugefügt am Montag, 3. März 2025 10:00:00
 *     - 12ページ|位置No. 100-102のハイライト |作成日: 2025年3月3日月曜日 10:00:00
 *
 * It starts with a dash, its fields are split by "|", the last field is the date, and the
 * other fields hold the page and the location as numbers or number ranges. Words naming the
 * page or the location (in several languages) label a number when they are there; otherwise
 * the first range is the location and a single number before it the page.
 */
import { kindFromWords, LOCATION_WORDS, PAGE_WORDS_AFTER, PAGE_WORDS_BEFORE, type KindleKind } from './kindleWords';

/** A location as Kindle numbers it: one number or a range. */
export interface KindleLocation {
  from: number;
  to: number;
  /** Written as a range ("100-102", even "100-100"), as highlights are. */
  range: boolean;
}

export interface KindleMetadata {
  /** The kind the line's words name; null when they name none (an unknown language), so the caller goes by shape. */
  kindHint: KindleKind | null;
  /** The page as written ("12", "ix", "14-15"); null when there is none. */
  page: string | null;
  location: KindleLocation | null;
  /** The last field, where Kindle writes the date; null when the line has one field only. */
  dateText: string | null;
}

/** Metadata lines are short; the rest of an absurdly long line is not looked at. */
const MAX_LINE = 2_000;
const DASH = /^[-–—]\s*/;
// Linear: digits, then at most one dash and digits; no nested quantifiers.
const NUMBER = /(\d+)(?:\s*[-–—]\s*(\d+))?/g;
const ROMAN_PAGE = /(?:page|seite|página|pagina|pág\.?)\s+([ivxlcdm]{1,12})(?:\s*-\s*[ivxlcdm]{1,12})?(?![a-z])/;

interface NumberToken {
  from: number;
  to: number;
  range: boolean;
  label: 'page' | 'location' | null;
}

/** Escapes `word` for use in a regular expression. */
function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One alternation each, so a label is found in one pass over the short text before a number.
const WORD_BEFORE = new RegExp(`(${LOCATION_WORDS.map(escaped).join('|')})|(${PAGE_WORDS_BEFORE.map(escaped).join('|')})`, 'g');
const WORD_AFTER = new RegExp(`^\\s*(?:${PAGE_WORDS_AFTER.map(escaped).join('|')})`);

/** The label the words around a number give it: the location or page word nearest before it, or a page word right after it. */
function labelOf(before: string, after: string): NumberToken['label'] {
  let label: NumberToken['label'] = null;
  for (const m of before.matchAll(WORD_BEFORE)) label = m[1] === undefined ? 'page' : 'location';
  if (label) return label;
  return WORD_AFTER.test(after) ? 'page' : null;
}

/** The numbers and ranges of one field, each labelled by the words around it. */
function numbersOf(field: string, into: NumberToken[]): void {
  const found: { index: number; end: number; from: number; to: number; range: boolean }[] = [];
  for (const m of field.matchAll(NUMBER)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) continue;
    found.push({ index: m.index, end: m.index + m[0].length, from, to: Math.max(from, to), range: m[2] !== undefined });
  }
  found.forEach((token, i) => {
    const before = field.slice(i === 0 ? 0 : found[i - 1]!.end, token.index);
    const after = field.slice(token.end, found[i + 1]?.index ?? field.length);
    into.push({ from: token.from, to: token.to, range: token.range, label: labelOf(before, after) });
  });
}

/** Page and location from the labelled numbers; unlabelled ones by shape: the first range is the location, a single number before it the page. */
function placeOf(tokens: readonly NumberToken[]): { page: NumberToken | null; location: NumberToken | null } {
  let page = tokens.find((t) => t.label === 'page') ?? null;
  let location = tokens.find((t) => t.label === 'location') ?? null;
  const free = tokens.filter((t) => t.label === null);
  if (!location) location = free.find((t) => t.range) ?? null;
  free.forEach((token, i) => {
    if (token === location) return;
    if (!page && !location) {
      if (free.slice(i + 1).length > 0) page = token;
      else location = token;
    } else if (!location) location = token;
    else if (!page && tokens.indexOf(token) < tokens.indexOf(location)) page = token;
  });
  return { page, location };
}

/** "12", or "14-15" for a page range. */
function pageText(token: NumberToken): string {
  return token.from === token.to ? String(token.from) : `${token.from}-${token.to}`;
}

/**
 * The kind hint, page, location and date text of a metadata line; null when the line does
 * not look like one (no leading dash, no "|" and no digit at all).
 */
export function parseKindleMetadataLine(line: string): KindleMetadata | null {
  const text = line.slice(0, MAX_LINE).trim();
  if (!DASH.test(text) && !text.includes('|') && !/\d/.test(text)) return null;
  const fields = text.replace(DASH, '').split(/[|｜]/);
  const dateText = fields.length >= 2 ? fields.pop()!.trim() || null : null;
  const lower = fields.map((field) => field.toLowerCase());
  const tokens: NumberToken[] = [];
  for (const field of lower) numbersOf(field, tokens);
  const { page, location } = placeOf(tokens);
  const roman = page ? null : ROMAN_PAGE.exec(lower.join(' | '));
  return {
    kindHint: kindFromWords(lower.join(' | ')),
    page: page ? pageText(page) : (roman?.[1] ?? null),
    location: location ? { from: location.from, to: location.to, range: location.range } : null,
    dateText,
  };
}
