import { describe, expect, it } from 'vitest';
import type { Annotation, HighlightColor } from '../../../../shared/model';
import { libraryStatistics } from '../../../../shared/statistics/libraryStatistics';
import { RECENT_LIMIT } from '../../../../shared/statistics/types';
import { TEST_PERSON } from '../../../support/person';

const NOW = new Date('2026-11-30T12:00:00.000Z');
let serial = 0;

function annotation(documentId: string, color: HighlightColor, fields: Partial<Annotation> & { quote?: string } = {}): Annotation {
  const { quote = `passage ${serial}`, ...rest } = fields;
  const stamp = rest.createdAt ?? '2026-01-10T09:00:00.000Z';
  return {
    id: `a${serial++}`,
    documentId,
    target: { selector: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: quote.length }] },
    color,
    note: '',
    tags: [],
    origin: 'own',
    creator: TEST_PERSON,
    motivation: 'highlighting',
    createdAt: stamp,
    updatedAt: stamp,
    ...rest,
  };
}

const zero = { yellow: 0, green: 0, blue: 0, pink: 0, purple: 0 };

describe('library statistics', () => {
  it('counts highlights, notes, tags and annotated documents', () => {
    const stats = libraryStatistics({
      documents: [
        { id: 'd1', title: 'Rivers', annotations: [annotation('d1', 'yellow', { tags: ['water', 'maps'], note: 'wide' }), annotation('d1', 'green', { tags: ['water'] }), annotation('d1', 'yellow', { note: '  ' })] },
        { id: 'd2', title: 'Birds', annotations: [annotation('d2', 'blue', { tags: ['water'], note: 'herons' })] },
        { id: 'd3', title: 'Empty', annotations: [] },
      ],
      now: NOW,
      utcOffsetMinutes: 0,
    });
    expect(stats.totals).toEqual({ highlights: 4, notes: 2, tags: 2, documentsAnnotated: 2, documents: 3 });
    expect(stats.byColor).toEqual({ ...zero, yellow: 2, green: 1, blue: 1 });
    expect(stats.documents.map((d) => d.title)).toEqual(['Rivers', 'Birds']);
    expect(stats.documents[0]).toEqual({
      documentId: 'd1',
      title: 'Rivers',
      total: 3,
      notes: 1,
      byColor: { ...zero, yellow: 2, green: 1 },
      tags: [{ tag: 'water', count: 2 }, { tag: 'maps', count: 1 }],
      lastAnnotated: '2026-01-10T09:00:00.000Z',
    });
    expect(stats.tags).toEqual([
      { tag: 'water', count: 3, byColor: { ...zero, yellow: 1, green: 1, blue: 1 }, documents: 2 },
      { tag: 'maps', count: 1, byColor: { ...zero, yellow: 1 }, documents: 1 },
    ]);
    expect(stats.problems).toEqual([]);
  });

  it('orders documents and tags by count, then by name', () => {
    const stats = libraryStatistics({
      documents: [
        { id: 'b', title: 'beta', annotations: [annotation('b', 'pink', { tags: ['z'] })] },
        { id: 'a', title: 'Alpha', annotations: [annotation('a', 'pink', { tags: ['y'] })] },
        { id: 'c', title: 'Gamma', annotations: [annotation('c', 'pink'), annotation('c', 'pink')] },
      ],
      now: NOW,
      utcOffsetMinutes: 0,
    });
    expect(stats.documents.map((d) => d.title)).toEqual(['Gamma', 'Alpha', 'beta']);
    expect(stats.tags.map((t) => t.tag)).toEqual(['y', 'z']);
  });

  it('takes the newest creation or change as a document’s last annotated date, skipping dates it cannot read', () => {
    const stats = libraryStatistics({
      documents: [
        {
          id: 'd1',
          title: 'Rivers',
          annotations: [
            annotation('d1', 'yellow', { createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-05-01T08:00:00+02:00' }),
            annotation('d1', 'yellow', { createdAt: '2026-04-01T00:00:00.000Z', updatedAt: 'garbled' }),
          ],
        },
        { id: 'd2', title: 'Odd', annotations: [annotation('d2', 'blue', { createdAt: 'x', updatedAt: 'y' })] },
      ],
      now: NOW,
      utcOffsetMinutes: 0,
    });
    expect(stats.documents.find((d) => d.documentId === 'd1')!.lastAnnotated).toBe('2026-05-01T06:00:00.000Z');
    expect(stats.documents.find((d) => d.documentId === 'd2')!.lastAnnotated).toBeNull();
  });

  it('lists the last seven days per day, and the week’s annotations newest first with a short quote', () => {
    const long = `A very long passage ${'about rivers and the sea '.repeat(20)}`;
    const stats = libraryStatistics({
      documents: [
        {
          id: 'd1',
          title: 'Rivers',
          annotations: [
            annotation('d1', 'yellow', { createdAt: '2026-11-30T08:00:00.000Z', quote: 'today\n\nin  two lines', note: 'n' }),
            annotation('d1', 'green', { createdAt: '2026-11-29T08:00:00.000Z', quote: long }),
            annotation('d1', 'green', { createdAt: '2026-11-24T00:00:00.000Z' }),
            annotation('d1', 'green', { createdAt: '2026-11-23T23:00:00.000Z' }),
          ],
        },
        { id: 'd2', title: 'Birds', annotations: [annotation('d2', 'blue', { createdAt: '2026-11-30T11:00:00.000Z', quote: 'herons' })] },
      ],
      now: NOW,
      utcOffsetMinutes: 0,
    });
    expect(stats.week.days).toEqual([
      { date: '2026-11-24', count: 1 },
      { date: '2026-11-25', count: 0 },
      { date: '2026-11-26', count: 0 },
      { date: '2026-11-27', count: 0 },
      { date: '2026-11-28', count: 0 },
      { date: '2026-11-29', count: 1 },
      { date: '2026-11-30', count: 2 },
    ]);
    expect(stats.week.total).toBe(4);
    expect(stats.week.recent.map((r) => r.title)).toEqual(['Birds', 'Rivers', 'Rivers', 'Rivers']);
    expect(stats.week.recent.map((r) => r.color)).toEqual(['blue', 'yellow', 'green', 'green']);
    expect(stats.week.recent.slice(0, 2).map((r) => r.quote)).toEqual(['herons', 'today in two lines']);
    expect(stats.week.recent[1]).toMatchObject({ documentId: 'd1', hasNote: true, createdAt: '2026-11-30T08:00:00.000Z' });
    expect(stats.week.recent[2]!.quote.length).toBeLessThanOrEqual(120);
    expect(stats.week.recent[2]!.quote.endsWith('…')).toBe(true);
  });

  it('lists at most a fixed number of the week’s annotations but counts them all', () => {
    const many = Array.from({ length: RECENT_LIMIT + 10 }, (_, i) => annotation('d1', 'purple', { createdAt: new Date(Date.UTC(2026, 10, 30, 0, i)).toISOString() }));
    const stats = libraryStatistics({ documents: [{ id: 'd1', title: 'Many', annotations: many }], now: NOW, utcOffsetMinutes: 0 });
    expect(stats.week.total).toBe(RECENT_LIMIT + 10);
    expect(stats.week.recent).toHaveLength(RECENT_LIMIT);
    expect(stats.week.recent[0]!.createdAt).toBe(many.at(-1)!.createdAt);
  });

  it('gives zeros for an empty library', () => {
    const stats = libraryStatistics({ documents: [], now: NOW, utcOffsetMinutes: 0 });
    expect(stats.totals).toEqual({ highlights: 0, notes: 0, tags: 0, documentsAnnotated: 0, documents: 0 });
    expect(stats.documents).toEqual([]);
    expect(stats.tags).toEqual([]);
    expect(stats.week.days.map((d) => d.count)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(stats.week.recent).toEqual([]);
  });
});
