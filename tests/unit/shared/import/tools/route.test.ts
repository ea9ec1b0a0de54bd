import { describe, expect, it } from 'vitest';
import type { ForeignAnnotation } from '../../../../../shared/import/tools/foreignAnnotation';
import { normaliseTitle, routeAnnotations, type RoutableDocument } from '../../../../../shared/import/tools/route';
import { foreignItem } from './foreignItem';

const DOCS: RoutableDocument[] = [
  { id: 'd00000000000000000001', title: 'Syria’s new leader at the Kremlin', sourceName: 'kremlin.txt', text: 'The day was rainy and overcast. Putin greeted him.' },
  { id: 'd00000000000000000002', title: 'Dune', sourceName: 'dune.txt', text: 'Fear is the mind-killer. I must not fear.' },
  { id: 'd00000000000000000003', title: 'Notes', sourceName: 'notes-a.md', text: 'A first set of notes about “rivers and seas”.' },
  { id: 'd00000000000000000004', title: 'Notes', sourceName: 'notes-b.md', text: 'A second set of notes about mountains.' },
];

/** An annotation with a document hint, on `exact` (a page note without one). */
const item = (document: ForeignAnnotation['document'], exact = '') => foreignItem(exact, { document });

describe('normaliseTitle', () => {
  it('ignores case, accents, punctuation, an author suffix, a subtitle and a file extension', () => {
    expect(normaliseTitle('Syria’s New Leader at the Kremlin')).toBe(normaliseTitle("syria's new leader at the kremlin"));
    expect(normaliseTitle('Dune (Frank Herbert)')).toBe('dune');
    expect(normaliseTitle('Dune: Deluxe Edition')).toBe('dune');
    expect(normaliseTitle('Résumé writing.txt')).toBe('resume writing');
  });
});

describe('routeAnnotations', () => {
  it('puts everything on the given document', () => {
    expect(routeAnnotations([item({ title: 'Dune' }), item({})], DOCS, 'd00000000000000000003')).toEqual([
      { documentId: 'd00000000000000000003', reason: 'given' },
      { documentId: 'd00000000000000000003', reason: 'given' },
    ]);
  });

  it('routes by our document IRI or a file name in the source, then by title, then by quote', () => {
    const routes = routeAnnotations(
      [
        item({ source: 'urn:marginalia:document:d00000000000000000002' }),
        item({ source: 'file:///home/me/kremlin.txt' }),
        item({ title: 'DUNE (Frank Herbert)' }, 'not in any text at all'),
        item({ title: 'Some other book' }, 'The day was rainy and overcast.'),
        item({ title: 'Notes' }, 'about “rivers and seas”'),
        item({ title: 'Unknown' }, 'nothing like this anywhere'),
        item({ title: 'Unknown' }),
      ],
      DOCS,
    );
    expect(routes).toEqual([
      { documentId: 'd00000000000000000002', reason: 'source' },
      { documentId: 'd00000000000000000001', reason: 'source' },
      { documentId: 'd00000000000000000002', reason: 'title' },
      { documentId: 'd00000000000000000001', reason: 'quote' },
      { documentId: 'd00000000000000000003', reason: 'quote' },
      { documentId: null, reason: null },
      { documentId: null, reason: null },
    ]);
  });

  it('finds a quote whose whitespace, quote marks and dashes differ (as e-readers write them)', () => {
    const routes = routeAnnotations([item({ title: 'x' }, 'Fear is the mind‑killer.  I must  not fear.')], DOCS);
    expect(routes[0]).toEqual({ documentId: 'd00000000000000000002', reason: 'quote' });
  });

  it('routes 5,000 annotations of 100 books over 100 documents by group, not one by one', () => {
    const docs: RoutableDocument[] = Array.from({ length: 100 }, (_, i) => ({
      id: `d${String(i).padStart(20, '0')}`,
      title: `Book number ${i}`,
      sourceName: `book-${i}.txt`,
      text: `Book ${i} text. `.repeat(2000),
    }));
    const items = Array.from({ length: 5000 }, (_, i) => item({ title: `Book number ${i % 100} (An Author)` }, `Book ${i % 100} text.`));
    const routes = routeAnnotations(items, docs);
    expect(routes.every((r, i) => r.documentId === `d${String(i % 100).padStart(20, '0')}` && r.reason === 'title')).toBe(true);
  });
});
