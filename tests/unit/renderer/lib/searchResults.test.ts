import { describe, expect, it } from 'vitest';
import type { SearchDocumentHits, SearchHit } from '../../../../shared/search';
import { EMPTY_SEARCH, flattenHits, moveActive, resultSummary, searchCall, snippetParts, targetOf } from '../../../../renderer/src/lib/searchResults';

function hit(extra: Partial<SearchHit>): SearchHit {
  return { kind: 'text', documentId: 'd1', tags: [], offset: 10, end: 16, snippet: { text: 'the résumé is short', matchStart: 4, matchEnd: 10 }, score: 1, ...extra };
}

const GROUPS: SearchDocumentHits[] = [
  { documentId: 'd1', title: 'CV', score: 2, hits: [hit({}), hit({ kind: 'note', annotationId: 'a1', offset: 3, end: 9 })] },
  { documentId: 'd2', title: 'Other', score: 1, hits: [hit({ documentId: 'd2', kind: 'tag', annotationId: 'a2' })] },
];

describe('search page logic', () => {
  it('makes no call for an empty query, and passes only the filters that are set', () => {
    expect(searchCall('   ', EMPTY_SEARCH.filters)).toBeNull();
    expect(searchCall(' resume ', EMPTY_SEARCH.filters)).toEqual({ query: 'resume', limit: 200 });
    expect(searchCall('resume', { tag: 'cv', color: 'green', layer: 'own' })).toEqual({ query: 'resume', tag: 'cv', color: 'green', layer: 'own', limit: 200 });
  });

  it('lists every hit once, in page order, each with a key that does not change between searches', () => {
    const rows = flattenHits(GROUPS);
    expect(rows.map((r) => [r.title, r.hit.kind])).toEqual([['CV', 'text'], ['CV', 'note'], ['Other', 'tag']]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
    expect(flattenHits(structuredClone(GROUPS)).map((r) => r.key)).toEqual(rows.map((r) => r.key));
  });

  it('cuts a snippet into the text before, the match and after, even with offsets out of range', () => {
    expect(snippetParts({ text: 'the résumé is short', matchStart: 4, matchEnd: 10 })).toEqual({ before: 'the ', match: 'résumé', after: ' is short' });
    expect(snippetParts({ text: 'abc', matchStart: 5, matchEnd: 9 })).toEqual({ before: 'abc', match: '', after: '' });
    expect(snippetParts({ text: '<img src=x onerror=alert(1)>', matchStart: 1, matchEnd: 4 }).match).toBe('img');
  });

  it('leads a text hit to its words and an annotation hit to its highlight', () => {
    expect(targetOf(GROUPS[0]!.hits[0]!)).toEqual({ start: 10, end: 16 });
    expect(targetOf(GROUPS[0]!.hits[1]!)).toEqual({ start: 3, end: 9, annotationId: 'a1' });
  });

  it('moves through results with the arrow and page keys, stopping at the ends', () => {
    expect(moveActive('ArrowDown', -1, 3)).toBe(0);
    expect(moveActive('ArrowDown', 2, 3)).toBe(2);
    expect(moveActive('ArrowUp', 0, 3)).toBe(0);
    expect(moveActive('ArrowUp', 2, 3)).toBe(1);
    expect(moveActive('PageDown', 0, 30)).toBe(10);
    expect(moveActive('PageUp', 5, 30)).toBe(0);
    expect(moveActive('ArrowDown', -1, 0)).toBeNull();
    expect(moveActive('a', 1, 3)).toBeNull();
  });

  it('sums up the results in a sentence', () => {
    expect(resultSummary(GROUPS)).toBe('3 results in 2 documents.');
    expect(resultSummary([GROUPS[1]!])).toBe('1 result in 1 document.');
    expect(resultSummary([])).toBe('No results.');
  });
});
