import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EPUB_LIMITS, readEpubArchive } from '../../../../electron/services/epubArchive';
import { THREE_CHAPTERS, buildEpub, declareSize, epubEntries, zipEpub } from '../../../support/epubBuilder';

describe('readEpubArchive', () => {
  it('returns the text entries and skips the others', () => {
    const files = readEpubArchive('b.epub', buildEpub({ chapters: THREE_CHAPTERS }));
    expect([...files.keys()].sort()).toEqual(['META-INF/container.xml', 'OEBPS/content.opf', 'OEBPS/nav.xhtml', 'OEBPS/text/chapter 1.xhtml', 'OEBPS/text/chapter 2.xhtml', 'OEBPS/text/chapter 3.xhtml']);
  });

  it('refuses a zip bomb from its declared size, before inflating', () => {
    const bomb = declareSize(buildEpub({ chapters: THREE_CHAPTERS }), 'OEBPS/text/chapter 2.xhtml', EPUB_LIMITS.maxTotalBytes + 1);
    expect(() => readEpubArchive('Bomb.epub', bomb)).toThrow(/“Bomb\.epub” was not imported: it would unpack to more than 500 MB/);
  });

  it('refuses an archive with too many entries', () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i <= EPUB_LIMITS.maxEntries; i++) entries[`f${i}.css`] = new Uint8Array(0);
    expect(() => readEpubArchive('many.epub', zipSync(entries))).toThrow(/more than 10,000 files inside/);
  });

  it('never hands over entries whose names leave the archive', () => {
    const files = readEpubArchive(
      'evil.epub',
      zipEpub({ ...epubEntries({ chapters: THREE_CHAPTERS }), '../../evil.xhtml': '<p>evil</p>', '/abs.xml': '<x/>', 'OEBPS\\..\\..\\back.xhtml': '<p>b</p>' }),
    );
    expect([...files.keys()].some((name) => name.includes('evil') || name.includes('abs') || name.includes('back'))).toBe(false);
    expect(files.has('OEBPS/content.opf')).toBe(true);
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => readEpubArchive('not.epub', strToU8('hello, I am not a zip'))).toThrow(/“not\.epub” is not a readable EPUB/);
  });
});
