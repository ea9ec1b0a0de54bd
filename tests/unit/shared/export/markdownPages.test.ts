/** The Markdown export cites the page of a highlight in a document that has pages (a PDF). */
import { describe, expect, it } from 'vitest';
import { exportDocumentMarkdown } from '../../../../shared/export/markdown';
import { pageAt } from '../../../../shared/export/pageCitation';
import type { DocumentRecord } from '../../../../shared/model';
import { annotateQuote } from '../../../support/exportFixture';

const TEXT = 'First page paragraph.\n\nSecond page paragraph.\n\nTwelfth page paragraph.';

function documentWith(pages: boolean): DocumentRecord {
  const blocks = [
    { kind: 'paragraph' as const, start: 0, end: 21, ...(pages ? { page: 1 } : {}) },
    { kind: 'paragraph' as const, start: 23, end: 45, ...(pages ? { page: 2 } : {}) },
    { kind: 'paragraph' as const, start: 47, end: 70, ...(pages ? { page: 12 } : {}) },
  ];
  return { id: 'd1', title: 'Rivers', source: { kind: 'file', name: 'rivers.pdf', importedAt: '2026-01-01T00:00:00.000Z', sha256: '0' }, text: TEXT, blocks };
}

describe('page citations in the Markdown export', () => {
  it('finds the page of an offset from the block it falls in', () => {
    const doc = documentWith(true);
    expect([0, 22, 23, 60, 70].map((offset) => pageAt(doc.blocks, offset))).toEqual([1, 1, 2, 12, 12]);
    expect(pageAt(documentWith(false).blocks, 30)).toBeNull();
  });

  it('writes “p. 12” after a quote from a document with pages', () => {
    const doc = documentWith(true);
    const markdown = exportDocumentMarkdown(doc, [annotateQuote(doc, 'Twelfth page')], { exportedAt: '2026-11-30T00:00:00.000Z' });
    expect(markdown).toContain('> Twelfth page\n\np. 12 · Colour: Yellow\n');
  });

  it('writes no page for a document without pages', () => {
    const doc = documentWith(false);
    const markdown = exportDocumentMarkdown(doc, [annotateQuote(doc, 'Twelfth page')], { exportedAt: '2026-11-30T00:00:00.000Z' });
    expect(markdown).not.toMatch(/p\. \d/);
  });
});
