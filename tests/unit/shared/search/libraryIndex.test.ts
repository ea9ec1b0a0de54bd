import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../shared/anchoring';
import { parsePlainText } from '../../../../shared/import/plainText';
import type { Annotation, DocumentRecord, HighlightColor } from '../../../../shared/model';
import { LibrarySearchIndex, SEARCH_INDEX_VERSION, type SearchDocumentHits } from '../../../../shared/search';
import { TEST_PERSON } from '../../../support/person';

const OTHER = { id: 'urn:uuid:00000000-0000-4000-8000-000000000002', type: 'Person' as const, name: 'Ms Rivera' };

function doc(id: string, title: string, raw: string): DocumentRecord {
  const parsed = parsePlainText(raw);
  return { id, title, source: { kind: 'file', name: `${id}.txt`, importedAt: '2026-01-01T00:00:00.000Z', sha256: id }, text: parsed.text, blocks: parsed.blocks };
}

function note(document: DocumentRecord, id: string, quote: string, extra: { note?: string; tags?: string[]; color?: HighlightColor; creator?: typeof OTHER } = {}): Annotation {
  const start = document.text.indexOf(quote);
  return {
    id,
    documentId: document.id,
    target: { selector: describeRange(document.text, start, start + quote.length) },
    color: extra.color ?? 'yellow',
    note: extra.note ?? '',
    tags: extra.tags ?? [],
    origin: 'own',
    creator: extra.creator ?? TEST_PERSON,
    motivation: extra.note ? 'commenting' : 'highlighting',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const CV = doc('dcv', 'Writing a CV', 'Writing a résumé\n\nA good résumé is short. Keep it to one page and list what you did, not what you were.');
const TOKYO = doc('dtokyo', '東京', '東京都は日本の首都です。\n\nThe Tokyo metropolis has many wards.');
const HISTORY = doc('dhist', 'History', 'The Congress of Vienna redrew the map of Europe in 1815.\n\nDiplomats met for months.');

function library(): LibrarySearchIndex {
  const index = LibrarySearchIndex.empty();
  index.replaceDocument(CV, [note(CV, 'a1', 'one page', { note: 'Remember the length limit', tags: ['advice'], color: 'green' })]);
  index.replaceDocument(TOKYO, []);
  index.replaceDocument(HISTORY, [
    note(HISTORY, 'a2', 'Congress of Vienna', { tags: ['diplomacy'], color: 'blue' }),
    note(HISTORY, 'a3', 'redrew the map', { note: 'borders changed', creator: OTHER, color: 'pink', tags: ['diplomacy'] }),
  ]);
  return index;
}

function kinds(groups: SearchDocumentHits[]): string[] {
  return groups.flatMap((g) => g.hits.map((h) => `${g.documentId}:${h.kind}${h.annotationId ? `:${h.annotationId}` : ''}`)).sort();
}

describe('library search index', () => {
  it('ignores case and diacritics: resume finds résumé, with the match marked in the snippet', () => {
    const groups = library().search({ query: 'resume' });
    expect(groups.map((g) => [g.documentId, g.title])).toEqual([['dcv', 'Writing a CV']]);
    const hit = groups[0]!.hits[0]!;
    expect(hit.kind).toBe('text');
    expect(hit.snippet.text.slice(hit.snippet.matchStart, hit.snippet.matchEnd)).toBe('résumé');
    expect(CV.text.slice(hit.offset, hit.offset + 6)).toBe('résumé');
  });

  it('tolerates a typo and finds prefixes', () => {
    expect(kinds(library().search({ query: 'Congres of Viena' }))).toContain('dhist:quote:a2');
    expect(kinds(library().search({ query: 'diplom' }))).toEqual(['dhist:tag:a2', 'dhist:tag:a3', 'dhist:text']);
  });

  it('finds CJK words inside longer ones: 東京 finds 東京都', () => {
    const groups = library().search({ query: '東京' });
    expect(groups.map((g) => g.documentId)).toEqual(['dtokyo']);
    const hit = groups[0]!.hits[0]!;
    expect(hit.snippet.text.slice(hit.snippet.matchStart, hit.snippet.matchEnd)).toBe('東京');
    expect(library().search({ query: '首都' }).map((g) => g.documentId)).toEqual(['dtokyo']);
  });

  it('indexes quotes, notes and tags with their annotation, colour and creator', () => {
    const groups = library().search({ query: 'borders' });
    expect(groups[0]!.hits).toEqual([
      expect.objectContaining({ kind: 'note', documentId: 'dhist', annotationId: 'a3', creatorId: OTHER.id, color: 'pink', tags: ['diplomacy'], offset: HISTORY.text.indexOf('redrew') }),
    ]);
  });

  it('filters by tag, colour, layer and document', () => {
    const index = library();
    expect(kinds(index.search({ query: 'map', tag: 'diplomacy' }))).toEqual(['dhist:quote:a3']);
    expect(kinds(index.search({ query: 'congress', color: 'blue' }))).toEqual(['dhist:quote:a2']);
    expect(kinds(index.search({ query: 'congress', color: 'pink' }))).toEqual([]);
    expect(kinds(index.search({ query: 'diplomacy', layer: 'own' }, TEST_PERSON.id))).toEqual(['dhist:tag:a2']);
    expect(kinds(index.search({ query: 'diplomacy', layer: OTHER.id }, TEST_PERSON.id))).toEqual(['dhist:tag:a3']);
    expect(kinds(index.search({ query: 'page', documentId: 'dhist' }))).toEqual([]);
    expect(kinds(index.search({ query: 'page', documentId: 'dcv' }))).toEqual(['dcv:quote:a1', 'dcv:text']);
  });

  it('cuts long texts into a snippet of about 80 characters around the match', () => {
    const long = doc('dlong', 'Long', `${'filler words here '.repeat(20)}the needle sits here${' and more filler'.repeat(20)}`);
    const index = LibrarySearchIndex.empty();
    index.replaceDocument(long, []);
    const hit = index.search({ query: 'needle' })[0]!.hits[0]!;
    expect(hit.snippet.text.length).toBeLessThanOrEqual(90);
    expect(hit.snippet.text.length).toBeGreaterThan(50);
    expect(hit.snippet.text.slice(hit.snippet.matchStart, hit.snippet.matchEnd)).toBe('needle');
    expect(long.text.slice(hit.offset, hit.end)).toBe('needle');
  });

  it('updates one annotation or one document at a time', () => {
    const index = library();
    index.replaceAnnotation(note(HISTORY, 'a4', 'Diplomats met', { note: 'a long summer of waltzes' }));
    expect(kinds(index.search({ query: 'waltzes' }))).toEqual(['dhist:note:a4']);
    index.replaceAnnotation(note(HISTORY, 'a4', 'Diplomats met', { note: 'a long winter' }));
    expect(kinds(index.search({ query: 'waltzes' }))).toEqual([]);
    expect(kinds(index.search({ query: 'winter' }))).toEqual(['dhist:note:a4']);
    index.removeAnnotation('dhist', 'a4');
    expect(kinds(index.search({ query: 'winter' }))).toEqual([]);
    index.removeDocument('dcv');
    expect(index.search({ query: 'resume' })).toEqual([]);
    expect(index.documentIds().sort()).toEqual(['dhist', 'dtokyo']);
    index.replaceDocument(CV, [], 'stamp-2');
    expect(index.search({ query: 'resume' })).toHaveLength(1);
    expect(index.stampOf('dcv')).toBe('stamp-2');
  });

  it('names everyone with annotations in the library, for the layer filter, and keeps them across a JSON round trip', () => {
    const index = library();
    expect(index.people()).toEqual([
      { id: OTHER.id, name: 'Ms Rivera' },
      { id: TEST_PERSON.id, name: TEST_PERSON.name },
    ].sort((a, b) => a.name.localeCompare(b.name)));
    const student = { ...OTHER, id: 'urn:uuid:00000000-0000-4000-8000-000000000003', name: 'Sam' };
    index.replaceAnnotation(note(CV, 'a5', 'one page', { creator: student }));
    expect(index.people().map((p) => p.name)).toContain('Sam');
    expect(LibrarySearchIndex.deserialize(JSON.parse(JSON.stringify(index.serialize())))!.people()).toEqual(index.people());
    index.removeDocument('dhist');
    expect(index.people().map((p) => p.name)).not.toContain('Ms Rivera');
  });

  it('survives a JSON round trip, and refuses another version or damaged data', () => {
    const index = library();
    index.removeAnnotation('dhist', 'a2');
    const json = JSON.parse(JSON.stringify(index.serialize())) as unknown;
    const back = LibrarySearchIndex.deserialize(json)!;
    for (const query of ['resume', '東京', 'diplom', 'borders', 'congress']) expect(back.search({ query })).toEqual(index.search({ query }));
    expect(LibrarySearchIndex.deserialize({ ...(json as object), version: SEARCH_INDEX_VERSION + 1 })).toBeNull();
    expect(LibrarySearchIndex.deserialize({ version: SEARCH_INDEX_VERSION, documents: {}, index: { nonsense: true } })).toBeNull();
    expect(LibrarySearchIndex.deserialize('garbage')).toBeNull();
    expect(LibrarySearchIndex.deserialize({ ...(json as object), documents: { dcv: { title: 'x', stamp: '', entries: null } } })).toBeNull();
  });
});
