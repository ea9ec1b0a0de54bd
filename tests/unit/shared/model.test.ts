import { describe, expect, it } from 'vitest';
import { blockSchema, documentRecordSchema, inlineMarkSchema } from '../../../shared/model';

describe('inline marks in the model', () => {
  it('accepts marks with a place, and links only with a safe address', () => {
    expect(inlineMarkSchema.safeParse({ kind: 'emphasis', start: 0, end: 3 }).success).toBe(true);
    expect(inlineMarkSchema.safeParse({ kind: 'link', start: 0, end: 3, href: 'https://example.org/' }).success).toBe(true);
    expect(inlineMarkSchema.safeParse({ kind: 'link', start: 0, end: 3, href: 'javascript:alert(1)' }).success).toBe(false);
    expect(inlineMarkSchema.safeParse({ kind: 'link', start: 0, end: 3 }).success).toBe(false);
    expect(inlineMarkSchema.safeParse({ kind: 'strong', start: 0, end: 3, href: 'https://example.org/' }).success).toBe(false);
    expect(inlineMarkSchema.safeParse({ kind: 'strong', start: 3, end: 3 }).success).toBe(false);
    expect(inlineMarkSchema.safeParse({ kind: 'blink', start: 0, end: 3 }).success).toBe(false);
  });

  it('reads a stored block whose marks are unreadable as a block without marks, never as an unreadable document', () => {
    const block = blockSchema.parse({ kind: 'paragraph', start: 0, end: 4, marks: [{ kind: 'link', start: 0, end: 4, href: 'javascript:alert(1)' }] });
    expect(block).toEqual({ kind: 'paragraph', start: 0, end: 4 });
    const record = documentRecordSchema.parse({
      id: 'd1',
      title: 'T',
      source: { kind: 'file', name: 'a.html', importedAt: '2026-11-30T00:00:00.000Z', sha256: 'x' },
      text: 'Text',
      blocks: [{ kind: 'paragraph', start: 0, end: 4, marks: [{ kind: 'emphasis', start: 0, end: 4 }] }],
    });
    expect(record.blocks[0]!.marks).toEqual([{ kind: 'emphasis', start: 0, end: 4 }]);
  });
});
