import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsv, CSV_COLUMNS } from '../../../../shared/export/csv';
import { annotateQuote, documentFrom, TRICKY_TEXT } from '../../../support/exportFixture';

const doc = documentFrom(TRICKY_TEXT, 'Embassy, "notes" =1');
const formula = annotateQuote(doc, '=SUM(A1:A9) looks like a formula', { note: '+1 agree\nsecond line', tags: ['a; b', '@who'], color: 'pink' });
const dash = annotateQuote(doc, '- a dash that starts a list, "quoted", with, commas', { note: '-minus', tags: [] });
const breakQuote = annotateQuote(doc, 'Second line of the poem\n\nthird line', { note: '\ttab', creator: { id: 'urn:uuid:x', type: 'Person', name: 'Teacher' } });

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('exportCsv', () => {
  it('writes one row per annotation under a header, readable back with the same values', () => {
    const rows = parse(exportCsv([{ document: doc, annotations: [dash, formula] }]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    // Reading order, not the order given.
    expect(rows[1]!.slice(0, 6)).toEqual(['Embassy, "notes" =1', "'=SUM(A1:A9) looks like a formula", "'+1 agree\nsecond line", 'a; b; @who', 'pink', '']);
  });

  it('guards every cell that a spreadsheet would read as a formula', () => {
    const rows = parse(exportCsv([{ document: doc, annotations: [formula, dash, breakQuote] }]));
    const [, f, d, b] = rows;
    expect(f![1]).toBe("'=SUM(A1:A9) looks like a formula");
    expect(f![2]).toBe("'+1 agree\nsecond line");
    expect(f![3]).toBe('a; b; @who');
    expect(d![1]).toBe("'- a dash that starts a list, \"quoted\", with, commas");
    expect(d![2]).toBe("'-minus");
    expect(b![1]).toBe('Second line of the poem\n\nthird line');
    expect(b![2]).toBe("'\ttab");
    expect(b![8]).toBe('Teacher');
    expect(f![6]).toBe('2026-01-02T10:00:00.000Z');
    expect(f![7]).toBe('2026-01-03T11:00:00.000Z');
  });

  it('cites the page of a highlight in a document with pages (PDF)', () => {
    const paged = { ...doc, blocks: doc.blocks.map((b, i) => ({ ...b, page: i + 7 })) };
    const rows = parse(exportCsv([{ document: paged, annotations: [dash] }]));
    expect(rows[1]![5]).toBe('9');
  });

  it('writes only the header for no annotations', () => {
    expect(parse(exportCsv([{ document: doc, annotations: [] }]))).toEqual([[...CSV_COLUMNS]]);
  });
});
