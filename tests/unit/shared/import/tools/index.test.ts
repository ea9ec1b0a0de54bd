import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readForeignAnnotations } from '../../../../../shared/import/tools';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const quote = (exact: string) => ({ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' });

const FILES = {
  w3c: JSON.stringify({ '@context': CONTEXT, type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [{ type: 'Annotation', target: { source: 's', selector: quote('from w3c') } }] } }),
  hypothesis: JSON.stringify({ total: 1, rows: [{ id: 'h1', user: 'acct:kim@hypothes.is', uri: 'https://example.org', text: '', target: [{ source: 'https://example.org', selector: [quote('from hypothesis')] }] }] }),
  readium: JSON.stringify({ '@context': CONTEXT, type: 'AnnotationSet', about: { 'dc:title': 'Book' }, items: [{ id: 'urn:uuid:1', target: { source: 'c.xhtml', selector: [quote('from readium')] } }] }),
  kindle: 'The Salt Road (Mara Quint)\n- Your Highlight on page 3 | Location 41-43 | Added on Tuesday, 4 March 2025 21:10:05\n\nfrom kindle\n==========\n',
  readwise: 'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags\nfrom readwise,The Salt Road,Mara Quint,,,yellow,,page,3,2025-03-04 21:10:05+00:00,\n',
};

describe('readForeignAnnotations', () => {
  it.each(Object.entries(FILES))('sends a %s file to its reader', (format, text) => {
    const read = readForeignAnnotations(text, 'unhelpful-name.txt');
    expect('problem' in read ? read.problem : read.format).toBe(format);
    if (!('problem' in read)) {
      const first = read.annotations[0]!.selectors[0];
      expect(first?.type === 'TextQuoteSelector' && first.exact).toBe(`from ${format}`);
    }
  });

  it('refuses a file in no known format with one sentence', () => {
    expect(readForeignAnnotations('Dear diary,\ntoday I read a book.', 'notes.txt')).toEqual({
      problem:
        'This file is not one Marginalia can import annotations from: it is not W3C Web Annotations, a Hypothesis export, a Readium or Thorium annotation set, a Kindle “My Clippings.txt” or a Readwise CSV export.',
    });
  });

  it('refuses a JSON file whose own fields hold a forbidden key, and one nested too deep', () => {
    const polluted = FILES.readium.replace('"about":', '"__proto__":{"x":1},"about":');
    expect(readForeignAnnotations(polluted)).toEqual({ problem: 'The file contains a field named “__proto__”, which no annotation file has, so it was not read.' });
    expect(readForeignAnnotations(`${'['.repeat(100_001)}${']'.repeat(100_001)}`)).toEqual({ problem: 'The file nests more than 100,000 levels deep, which no annotation file does, so it was not read.' });
  });

  it('never throws: any text gives a read or one sentence', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constantFrom(...Object.values(FILES)).chain((f) => fc.integer({ min: 0, max: f.length }).map((n) => f.slice(0, n)))), (text) => {
        const read = readForeignAnnotations(text);
        if ('problem' in read) expect(typeof read.problem).toBe('string');
        else expect(Array.isArray(read.annotations) && Array.isArray(read.problems)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
