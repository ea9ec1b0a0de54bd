/**
 * Find in document: every place a query occurs in a document's canonical text, as `[start,
 * end)` offsets of that text, compared through {@link foldForFind}. The folded text is made
 * once per document and case mode, so each keystroke costs one `indexOf` scan.
 */
import { foldForFind, type FoldedText } from './foldForFind';

/** How to compare; by default case and accents are ignored and parts of words match. */
export interface FindOptions {
  matchCase: boolean;
  wholeWords: boolean;
}

/** One occurrence, as offsets of the document text. */
export interface FindMatch {
  start: number;
  end: number;
}

/** The occurrences in document order; `truncated` when there were more than the limit. */
export interface FindResult {
  matches: FindMatch[];
  truncated: boolean;
}

/** More matches than a reader could step through; the count then reads "100,000+". */
export const FIND_LIMIT = 100_000;

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const point = text.codePointAt(index)!;
  // Step back onto the high half of a pair when `index` is its low half.
  const low = point >= 0xdc00 && point <= 0xdfff && index > 0 ? text.codePointAt(index - 1)! : point;
  return WORD_CHARACTER.test(String.fromCodePoint(low));
}

/** Finds queries in one document's text. */
export class DocumentFinder {
  private readonly folds = new Map<boolean, FoldedText>();

  constructor(private readonly text: string) {}

  /** Every occurrence of `query`, at most `limit`, not overlapping each other. */
  find(query: string, options: FindOptions, limit = FIND_LIMIT): FindResult {
    const needle = foldForFind(query, options.matchCase).text;
    if (needle === '' || needle === ' ') return { matches: [], truncated: false };
    const folded = this.folded(options.matchCase);
    const wordStart = options.wholeWords && WORD_CHARACTER.test(needle[0]!);
    const wordEnd = options.wholeWords && WORD_CHARACTER.test(needle[needle.length - 1]!);
    const matches: FindMatch[] = [];
    let previousEnd = 0;
    for (let at = folded.text.indexOf(needle); at !== -1; at = folded.text.indexOf(needle, at + 1)) {
      const start = folded.starts[at]!;
      const end = folded.ends[at + needle.length - 1]!;
      // A hit inside one expanded character (ß as "ss") or over the last one's range is not a new place.
      if (start < previousEnd) continue;
      if ((wordStart && isWordAt(this.text, start - 1)) || (wordEnd && isWordAt(this.text, end))) continue;
      if (matches.length === limit) return { matches, truncated: true };
      matches.push({ start, end });
      previousEnd = end;
      at += needle.length - 1;
    }
    return { matches, truncated: false };
  }

  private folded(matchCase: boolean): FoldedText {
    let folded = this.folds.get(matchCase);
    if (!folded) {
      folded = foldForFind(this.text, matchCase);
      this.folds.set(matchCase, folded);
    }
    return folded;
  }
}
