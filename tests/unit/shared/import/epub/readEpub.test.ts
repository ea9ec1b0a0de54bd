import { describe, expect, it } from 'vitest';
import { readEpub } from '../../../../../shared/import/epub/readEpub';
import { THREE_CHAPTERS, epubEntries, type EpubOptions } from '../../../../support/epubBuilder';
import { markRuns } from '../../../../support/markRuns';

/** The entries as the archive reader hands them over (text entries only). */
function filesOf(options: EpubOptions): Map<string, string> {
  return new Map(Object.entries(epubEntries(options)));
}

function headings(parsed: ReturnType<typeof readEpub>): string[] {
  return parsed.blocks.filter((b) => b.kind === 'heading').map((b) => parsed.text.slice(b.start, b.end));
}

describe('readEpub', () => {
  it('reads an EPUB 3 in spine order, each chapter starting with its heading', () => {
    const parsed = readEpub('book.epub', filesOf({ title: 'Village Tales', author: 'Ada Writer', chapters: THREE_CHAPTERS }));
    expect(parsed.title).toBe('Village Tales');
    expect(parsed.author).toBe('Ada Writer');
    expect(headings(parsed)).toEqual(['The River', 'The Mountain', 'The Lantern']);
    expect(parsed.text).toBe(
      [
        'The River',
        'The river ran past the mill at dawn.',
        'Nobody in the village remembered it frozen.',
        'The Mountain',
        'Above the village the mountain kept its snow all year.',
        'The Lantern',
        'At night a lantern burned in the last window.',
        'It was never put out.',
      ].join('\n\n'),
    );
    expect(parsed.notes).toEqual([]);
  });

  it('takes a chapter heading from the nav document when the chapter has none', () => {
    const chapters = THREE_CHAPTERS.map((c) => ({ ...c, noHeading: true }));
    expect(headings(readEpub('book.epub', filesOf({ chapters })))).toEqual(['The River', 'The Mountain', 'The Lantern']);
  });

  it('takes chapter headings from an EPUB 2 toc.ncx', () => {
    const chapters = THREE_CHAPTERS.map((c) => ({ ...c, noHeading: true }));
    const parsed = readEpub('old.epub', filesOf({ chapters, version: 2, title: 'Old Tales' }));
    expect(parsed.title).toBe('Old Tales');
    expect(headings(parsed)).toEqual(['The River', 'The Mountain', 'The Lantern']);
  });

  it('imports the other chapters when one in the spine is missing, and says which', () => {
    const parsed = readEpub('gap.epub', filesOf({ chapters: THREE_CHAPTERS, missingChapters: [1] }));
    expect(headings(parsed)).toEqual(['The River', 'The Lantern']);
    expect(parsed.notes).toEqual(['Chapter 2 (“text/chapter%202.xhtml”) is missing from the book, so it was left out.']);
  });

  it('reads a chapter the spine lists many times only once', () => {
    const files = filesOf({ chapters: THREE_CHAPTERS });
    const opf = files.get('OEBPS/content.opf')!;
    files.set('OEBPS/content.opf', opf.replace('<itemref idref="ch1"></itemref>', '<itemref idref="ch1"></itemref>'.repeat(5000)).replace('<itemref idref="ch1"/>', '<itemref idref="ch1"/>'.repeat(5000)));
    expect(headings(readEpub('loop.epub', files))).toEqual(['The River', 'The Mountain', 'The Lantern']);
  });

  it('stops at the text limit and says the rest was left out', () => {
    const parsed = readEpub('long.epub', filesOf({ chapters: THREE_CHAPTERS }), () => {}, { maxCharacters: 60 });
    expect(headings(parsed)).toEqual(['The River']);
    expect(parsed.notes).toEqual(['The book is longer than Marginalia reads at once (60 characters), so everything after chapter 1 was left out.']);
  });

  it('refuses a DRM-protected book, naming it', () => {
    expect(() => readEpub('Locked.epub', filesOf({ chapters: THREE_CHAPTERS, encryption: 'drm' }))).toThrow(
      /“Locked\.epub” is protected by DRM, so Marginalia cannot read its text/,
    );
  });

  it('reads a book whose fonts are only obfuscated', () => {
    expect(headings(readEpub('fonts.epub', filesOf({ chapters: THREE_CHAPTERS, encryption: 'font' })))).toHaveLength(3);
  });

  it('refuses a book with rights.xml as DRM-protected', () => {
    const files = filesOf({ chapters: THREE_CHAPTERS });
    files.set('META-INF/rights.xml', '<rights/>');
    expect(() => readEpub('r.epub', files)).toThrow(/protected by DRM/);
  });

  it('refuses a zip without container.xml as not an EPUB', () => {
    const files = filesOf({ chapters: THREE_CHAPTERS });
    files.delete('META-INF/container.xml');
    expect(() => readEpub('x.epub', files)).toThrow(/“x\.epub” is not a complete EPUB/);
  });

  it('never resolves a chapter href outside the archive', () => {
    const files = filesOf({ chapters: THREE_CHAPTERS });
    files.set('OEBPS/content.opf', files.get('OEBPS/content.opf')!.replace('href="text/chapter%201.xhtml"', 'href="../../../etc/passwd"'));
    const parsed = readEpub('evil.epub', files);
    expect(headings(parsed)).toEqual(['The Mountain', 'The Lantern']);
    expect(parsed.notes).toHaveLength(1);
  });
});

describe('readEpub inline marks', () => {
  it('keeps emphasis and web links in chapters, at the right place in the joined book, and drops links inside the book', () => {
    const entries = epubEntries({ title: 'Village Tales', chapters: THREE_CHAPTERS });
    const second = Object.keys(entries).find((name) => name.endsWith('chapter 2.xhtml'))!;
    entries[second] = entries[second]!.replace('the mountain kept', 'the <em>mountain</em> kept').replace(
      'its snow all year.',
      'its <a href="chapter%203.xhtml">snow</a> all <a href="https://weather.example/year">year</a>.',
    );
    const parsed = readEpub('book.epub', new Map(Object.entries(entries)));
    expect(markRuns(parsed)).toEqual(['emphasis:mountain', 'link:year → https://weather.example/year']);
  });
});
