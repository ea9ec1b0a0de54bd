import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentFinder, foldForFind, type FindOptions } from '../../../../shared/find';

const LOOSE: FindOptions = { matchCase: false, wholeWords: false };

/** The original passages the matches cover. */
function found(text: string, query: string, options: FindOptions = LOOSE): string[] {
  return new DocumentFinder(text).find(query, options).matches.map((m) => text.slice(m.start, m.end));
}

describe('DocumentFinder.find', () => {
  it('ignores case and diacritics by default, giving offsets into the original text', () => {
    const text = 'Her Résumé, and his RESUME.';
    const result = new DocumentFinder(text).find('resume', LOOSE);
    expect(result.matches).toEqual([
      { start: 4, end: 10 },
      { start: 20, end: 26 },
    ]);
    expect(found(text, 'RÉSUMÉ')).toEqual(['Résumé', 'RESUME']);
  });

  it('covers decomposed accents, including one after the last letter', () => {
    const text = 'a re\u0301sume\u0301 here';
    expect(found(text, 'resume')).toEqual(['re\u0301sume\u0301']);
    expect(found(text, 'résumé')).toEqual(['re\u0301sume\u0301']);
  });

  it('treats curly and straight quotes, and hyphen variants, alike', () => {
    const text = 'Russia’s “chiefly” al\u2011Sharaa and al-Assad';
    expect(found(text, "Russia's")).toEqual(['Russia’s']);
    expect(found(text, '"chiefly"')).toEqual(['“chiefly”']);
    expect(found(text, 'al-')).toEqual(['al\u2011', 'al-']);
    expect(found('straight "quote" and it\'s', '“quote”')).toEqual(['"quote"']);
  });

  it('matches any run of white space, including no-break spaces and line breaks, with one space', () => {
    expect(found('30\u00a0June and 30   June\n\n30 June', '30 june')).toEqual(['30\u00a0June', '30   June', '30 June']);
  });

  it('respects Match case', () => {
    expect(found('Putin and putin', 'Putin', { matchCase: true, wholeWords: false })).toEqual(['Putin']);
    // Accents are still ignored.
    expect(found('Résumé and résumé', 'Resume', { matchCase: true, wholeWords: false })).toEqual(['Résumé']);
  });

  it('respects Whole words at either end of a word', () => {
    const text = 'The other theory: the end, the';
    const whole = { matchCase: false, wholeWords: true };
    expect(new DocumentFinder(text).find('the', whole).matches.map((m) => m.start)).toEqual([0, 18, 27]);
    expect(found(text, 'the')).toHaveLength(5);
    // An edge of the query that is not a letter does not ask for a word boundary.
    expect(found('a (the) b', '(the', whole)).toEqual(['(the']);
    expect(found('café cafés', 'cafe', whole)).toEqual(['café']);
  });

  it('does not count overlapping matches twice', () => {
    expect(found('aaaa', 'aa')).toEqual(['aa', 'aa']);
  });

  it('finds nothing for an empty query', () => {
    expect(new DocumentFinder('text').find('', LOOSE).matches).toEqual([]);
    expect(new DocumentFinder('text').find('\u0301', LOOSE).matches).toEqual([]);
  });

  it('keeps offsets right after characters outside the basic plane and expanded letters', () => {
    const text = '𝒜 emoji 😀 then ﬁne Straße İstanbul';
    expect(found(text, 'then')).toEqual(['then']);
    expect(found(text, 'fine')).toEqual(['ﬁne']);
    expect(found(text, 'strasse')).toEqual(['Straße']);
    expect(found(text, 'istanbul')).toEqual(['İstanbul']);
    expect(found(text, '😀')).toEqual(['😀']);
  });

  it('stops at the limit and says so', () => {
    const result = new DocumentFinder('ab '.repeat(50)).find('ab', LOOSE, 10);
    expect(result.matches).toHaveLength(10);
    expect(result.truncated).toBe(true);
    expect(new DocumentFinder('ab ab').find('ab', LOOSE).truncated).toBe(false);
  });

  it('finds the sample’s accented and non-breaking-hyphen words from plain typing', () => {
    const sample = readFileSync('assets/samples/002_ebcc8331d76e5d37.txt', 'utf8');
    expect(found(sample, 'communique')).toEqual(['Communiqué', 'communiqué', 'communiqué']);
    const sharaa = found(sample, 'al-Sharaa');
    expect(sharaa.filter((s) => s === 'al\u2011Sharaa')).toHaveLength(3);
    expect(sharaa.filter((s) => s === 'al-Sharaa')).toHaveLength(sample.split('al-Sharaa').length - 1);
    expect(sharaa).toHaveLength(3 + sample.split('al-Sharaa').length - 1);
  });

  it('gives sorted, separate matches whose text folds to the query (property)', () => {
    const alphabet = fc.constantFrom('a', 'A', 'á', 'e\u0301', ' ', '\u00a0', '’', "'", '-', '\u2011', 'ß', 's', 'ﬁ', 'f', 'i', '😀', '\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.array(alphabet, { minLength: 1, maxLength: 4 }), fc.boolean(), (textParts, queryParts, matchCase) => {
        const text = textParts.join('');
        const query = queryParts.join('');
        const { matches } = new DocumentFinder(text).find(query, { matchCase, wholeWords: false });
        let previousEnd = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(foldForFind(text.slice(m.start, m.end), matchCase).text).toContain(foldForFind(query, matchCase).text.trim());
          previousEnd = m.end;
        }
      }),
    );
  });
});
