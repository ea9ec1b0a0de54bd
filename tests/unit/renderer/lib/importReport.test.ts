import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../../shared/api';
import {
  documentCountLines,
  groupUnmatched,
  importCount,
  importedText,
  layerShareText,
  nothingToImportText,
  routedByText,
} from '../../../../renderer/src/lib/importReport';

type DocumentReport = ImportReport['documents'][number];

const doc = (fields: Partial<DocumentReport>): DocumentReport => ({
  documentId: 'd1',
  title: 'Tides',
  routedBy: 'title',
  exact: 0,
  approximate: 0,
  duplicates: 0,
  orphans: [],
  layers: [],
  ...fields,
});

const report = (fields: Partial<ImportReport>): ImportReport => ({ format: 'hypothesis', documents: [], unmatched: [], problems: [], ...fields });

/** A Hypothesis file onto one document: the user's 3 (one an orphan), alice's 1, and one duplicate. */
const HYPOTHESIS = report({
  documents: [
    doc({
      exact: 2,
      approximate: 1,
      duplicates: 1,
      orphans: [{ quote: 'a cut sentence', reason: 'its passage is not in this document’s text' }],
      layers: [
        { name: 'You', own: true, count: 3 },
        { name: 'alice', own: false, count: 1 },
      ],
    }),
  ],
});

describe('the import preview in words', () => {
  it('counts what confirming writes: found, approximate and orphans, in every layer', () => {
    expect(importCount(HYPOTHESIS)).toBe(4);
    expect(importCount(report({ documents: [doc({ layers: [{ name: 'You', own: true, count: 2 }] }), doc({ documentId: 'd2', layers: [{ name: 'You', own: true, count: 5 }] })] }))).toBe(7);
    expect(importCount(report({}))).toBe(0);
  });

  it('lists only the counts that are not zero', () => {
    expect(documentCountLines(HYPOTHESIS.documents[0]!)).toEqual([
      '2 found exactly',
      '1 found where the text differs a little',
      '1 kept as orphan (passage not found)',
      '1 already here, skipped',
    ]);
    expect(documentCountLines(doc({ duplicates: 3 }))).toEqual(['3 already here, skipped']);
    expect(documentCountLines(doc({ orphans: [{ quote: 'a', reason: 'r' }, { quote: 'b', reason: 'r' }] }))).toEqual(['2 kept as orphans (passage not found)']);
  });

  it('names the own layer as "Your notes" whatever the profile is called, and others as read-only', () => {
    expect(layerShareText({ name: 'You', own: true, count: 3 })).toBe('Your notes: 3');
    expect(layerShareText({ name: 'Sam', own: true, count: 1 })).toBe('Your notes: 1');
    expect(layerShareText({ name: 'alice', own: false, count: 1 })).toBe('alice (read-only layer): 1');
    expect(layerShareText({ name: '  ', own: false, count: 2 })).toBe('Unnamed reader (read-only layer): 2');
  });

  it('says how each document was found', () => {
    expect(routedByText('given')).toBe('All onto this document, as you chose.');
    expect(routedByText('title')).toBe('Matched by its title.');
    expect(routedByText('quote')).toBe('Matched by finding their passages in its text.');
    expect(routedByText('something new')).toBe('Matched to this document.');
  });

  it('groups unmatched annotations by book and reason, in the order they first appear', () => {
    const reason = (title: string) => `no document in your library has the title, source or passages of “${title}”`;
    expect(
      groupUnmatched([
        { title: 'Dune', quote: 'Fear is the mind-killer.', reason: reason('Dune') },
        { title: 'Walden', quote: 'I went to the woods', reason: reason('Walden') },
        { title: 'Dune', quote: 'I must not fear.', reason: reason('Dune') },
      ]),
    ).toEqual([
      { title: 'Dune', reason: reason('Dune'), quotes: ['Fear is the mind-killer.', 'I must not fear.'] },
      { title: 'Walden', reason: reason('Walden'), quotes: ['I went to the woods'] },
    ]);
  });
});

describe('nothingToImportText', () => {
  it('is null when something would be imported', () => {
    expect(nothingToImportText(HYPOTHESIS)).toBeNull();
  });

  it('says why nothing would be: all already there, nothing matched, or nothing readable', () => {
    expect(nothingToImportText(report({ documents: [doc({ duplicates: 1 })] }))).toBe('Nothing would be imported: the one annotation found is already in your library.');
    expect(nothingToImportText(report({ documents: [doc({ duplicates: 1 }), doc({ documentId: 'd2', duplicates: 1 })] }))).toBe(
      'Nothing would be imported: both annotations found are already in your library.',
    );
    expect(nothingToImportText(report({ documents: [doc({ duplicates: 5 })], unmatched: [{ title: 'Dune', quote: 'q', reason: 'r' }] }))).toBe(
      'Nothing would be imported: all 5 annotations found are already in your library, and 1 annotation matched no document in your library (open or add the document first, then import again).',
    );
    expect(nothingToImportText(report({ problems: ['Annotation 1 was skipped: it is not an annotation object.'] }))).toBe(
      'Nothing would be imported: the file holds no annotations Marginalia could read.',
    );
  });
});

describe('importedText', () => {
  it('says how many were imported from which file onto which document, and what was skipped or orphaned', () => {
    expect(importedText('hypothesis.json', HYPOTHESIS)).toBe(
      'Imported 4 annotations from “hypothesis.json” onto “Tides”. Skipped 1 annotation already there. 1 passage was not found; it is listed under Orphans.',
    );
  });

  it('names each document when the import went to several, and says what matched nothing or could not be read', () => {
    const kindle = report({
      format: 'kindle',
      documents: [
        doc({ title: 'Tides', exact: 2, layers: [{ name: 'You', own: true, count: 2 }] }),
        doc({ documentId: 'd2', title: 'Moons', exact: 1, orphans: [{ quote: 'a', reason: 'r' }, { quote: 'b', reason: 'r' }], layers: [{ name: 'You', own: true, count: 3 }] }),
        doc({ documentId: 'd3', title: 'Stars', duplicates: 1 }),
      ],
      unmatched: [{ title: 'Dune', quote: 'q', reason: 'r' }],
      problems: ['Clipping 9 was skipped: it has no text.'],
    });
    expect(importedText('My Clippings.txt', kindle)).toBe(
      'Imported 5 annotations from “My Clippings.txt”: 2 onto “Tides”, 3 onto “Moons”. Skipped 1 annotation already there. 2 passages were not found; they are listed under Orphans. 1 matched no document, so it was left out. Parts of the file could not be read (1 problem, shown in the preview).',
    );
  });
});
