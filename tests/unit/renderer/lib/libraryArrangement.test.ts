import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../shared/model';
import { arrangeDocuments, DEFAULT_ARRANGEMENT, tagsInLibrary, type LibraryArrangement } from '../../../../renderer/src/lib/libraryArrangement';

function doc(id: string, title: string, fields: Partial<DocumentSummary> & { importedAt?: string } = {}): DocumentSummary {
  const { importedAt = '2026-01-01T00:00:00.000Z', ...rest } = fields;
  return { id, title, source: { kind: 'file', name: `${id}.txt`, importedAt, sha256: id }, length: 100, annotationCount: 0, tags: [], ...rest };
}

const LIBRARY = [
  doc('a', 'Zebra crossings', { importedAt: '2026-01-03T00:00:00.000Z', openedAt: '2026-02-01T00:00:00.000Z', annotationCount: 2, tags: ['roads'] }),
  doc('b', 'apples and Oranges', { importedAt: '2026-01-05T00:00:00.000Z', annotationCount: 7, tags: ['food', 'roads'] }),
  doc('c', 'Café society', { importedAt: '2026-01-01T00:00:00.000Z', openedAt: '2026-03-01T00:00:00.000Z' }),
  doc('d', 'Chapter 10', { importedAt: '2026-01-04T00:00:00.000Z', annotationCount: 7 }),
  doc('e', 'Chapter 9', { importedAt: '2026-01-02T00:00:00.000Z', openedAt: 'not a date' }),
];

const arranged = (change: Partial<LibraryArrangement>) => arrangeDocuments(LIBRARY, { ...DEFAULT_ARRANGEMENT, ...change }).map((d) => d.id);

describe('arrangeDocuments', () => {
  it('sorts by recently opened by default: opened newest first, then the never opened, newest added first', () => {
    expect(arranged({})).toEqual(['c', 'a', 'b', 'd', 'e']);
  });

  it('sorts by recently added, by title (ignoring case, numbers in order) and by most annotated', () => {
    expect(arranged({ sort: 'added' })).toEqual(['b', 'd', 'a', 'e', 'c']);
    expect(arranged({ sort: 'title' })).toEqual(['b', 'c', 'e', 'd', 'a']);
    expect(arranged({ sort: 'annotated' })).toEqual(['b', 'd', 'a', 'c', 'e']);
  });

  it('keeps titles with every word of the search, ignoring case and accents', () => {
    expect(arranged({ query: 'cafe' })).toEqual(['c']);
    expect(arranged({ query: '  CHAPTER  ', sort: 'title' })).toEqual(['e', 'd']);
    expect(arranged({ query: 'oranges apples' })).toEqual(['b']);
    expect(arranged({ query: 'pears' })).toEqual([]);
  });

  it('finds a document by its author too, each word in the title or the author', () => {
    const library = [...LIBRARY, doc('f', 'Village Tales', { author: 'Ada Wrîter' })];
    const find = (query: string) => arrangeDocuments(library, { ...DEFAULT_ARRANGEMENT, query }).map((d) => d.id);
    expect(find('writer')).toEqual(['f']);
    expect(find('ada tales')).toEqual(['f']);
    expect(find('ada zebra')).toEqual([]);
  });

  it('keeps documents whose highlights carry the tag, and combines with the search', () => {
    expect(arranged({ tag: 'roads', sort: 'title' })).toEqual(['b', 'a']);
    expect(arranged({ tag: 'roads', query: 'zebra' })).toEqual(['a']);
    expect(arranged({ tag: 'nothing' })).toEqual([]);
  });

  it('never changes the list it is given', () => {
    const before = LIBRARY.map((d) => d.id);
    arranged({ sort: 'title' });
    expect(LIBRARY.map((d) => d.id)).toEqual(before);
  });
});

describe('tagsInLibrary', () => {
  it('lists every tag once, sorted', () => {
    expect(tagsInLibrary(LIBRARY)).toEqual(['food', 'roads']);
  });
});
