import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectForeignFormat, detectForeignText, jsonShapeFormat } from '../../../../../shared/import/tools/detect';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const quoteTarget = { source: 'https://example.org/a', selector: [{ type: 'TextQuoteSelector', exact: 'words' }] };

const w3cAnnotation = { '@context': CONTEXT, type: 'Annotation', body: { type: 'TextualBody', value: 'n' }, target: quoteTarget };
const hypothesisRow = { id: 'h1', user: 'acct:kim@hypothes.is', uri: 'https://example.org/a', text: '', tags: [], target: [quoteTarget], document: { title: ['A'] } };
const readiumSet = { '@context': CONTEXT, id: 'urn:uuid:1', type: 'AnnotationSet', about: { 'dc:title': 'Book' }, items: [] };

const KINDLE = [
  'The Salt Road (Mara Quint)',
  '- Your Highlight on page 3 | Location 41-43 | Added on Tuesday, 4 March 2025 21:10:05',
  '',
  'Every caravan carried its own weather.',
  '==========',
  '',
].join('\r\n');
const READWISE = 'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags\n"A line",The Salt Road,Mara Quint,,,yellow,,page,3,2025-03-04 21:10:05+00:00,\n';

describe('detectForeignFormat: JSON by its shape', () => {
  it.each([
    ['one W3C Annotation', w3cAnnotation],
    ['an array of W3C Annotations', [w3cAnnotation, w3cAnnotation]],
    ['an AnnotationCollection', { '@context': CONTEXT, type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [w3cAnnotation] } }],
    ['an AnnotationCollection whose pages are elsewhere', { type: 'AnnotationCollection', first: 'https://example.org/c/1' }],
    ['an AnnotationPage', { type: 'AnnotationPage', items: [] }],
    ['an annotation with a JSON-LD type list', { type: ['oa:Annotation'], target: 'https://example.org' }],
    ['an untyped annotation under the annotation context', { '@context': [CONTEXT, { marginalia: 'https://marginalia.app/ns#' }], target: quoteTarget }],
    ['untyped annotations with only a target', [{ target: quoteTarget }]],
  ])('reads %s as W3C', (_name, value) => {
    expect(detectForeignFormat(JSON.stringify(value))).toBe('w3c');
  });

  it.each([
    ['API rows', [hypothesisRow]],
    ['a search result', { total: 1, rows: [hypothesisRow] }],
    ['an empty search result', { total: 0, rows: [] }],
    ['the client’s export file', { export_date: '2025-01-01T00:00:00Z', export_userid: 'acct:kim@hypothes.is', client_version: '1.0', annotations: [hypothesisRow] }],
    ['one row', hypothesisRow],
  ])('reads %s as Hypothesis', (_name, value) => {
    expect(detectForeignFormat(JSON.stringify(value))).toBe('hypothesis');
  });

  it.each([
    ['an AnnotationSet', readiumSet],
    ['a set with about and items but no type', { about: { 'dc:title': 'Book' }, items: [] }],
  ])('reads %s as Readium', (_name, value) => {
    expect(detectForeignFormat(JSON.stringify(value))).toBe('readium');
  });

  it('reads JSON after a byte-order mark and leading whitespace', () => {
    expect(detectForeignFormat(`\uFEFF \n ${JSON.stringify(readiumSet)}`)).toBe('readium');
  });

  it('recognises JSON of no annotation tool as none, saying so', () => {
    expect(detectForeignFormat('{"name": "package", "version": "1.0.0"}')).toBeNull();
    expect(detectForeignFormat('[1, 2, 3]')).toBeNull();
    expect(detectForeignText('{"name": "x"}')).toEqual({ format: null, problem: expect.stringContaining('not one Marginalia can import annotations from') });
  });

  it('lets the file name break only a tie: an empty list', () => {
    expect(detectForeignFormat('[]', 'hypothesis-export.json')).toBe('hypothesis');
    expect(detectForeignFormat('[]', 'annotations.jsonld')).toBe('w3c');
    expect(detectForeignFormat('[]')).toBe('w3c');
    // The content decides whatever the name says.
    expect(detectForeignFormat(JSON.stringify([w3cAnnotation]), 'hypothesis-export.json')).toBe('w3c');
    expect(detectForeignFormat(JSON.stringify(readiumSet), 'My Clippings.txt')).toBe('readium');
  });

  it('gives the parsed value with the format, so the file is parsed once', () => {
    const detected = detectForeignText(JSON.stringify([hypothesisRow]));
    expect(detected).toEqual({ format: 'hypothesis', json: [hypothesisRow] });
  });

  it('looks at no more than the first entries of a long list, and never recurses into nested exports', () => {
    let nested: unknown = { uri: 'x', user: 'u' };
    for (let i = 0; i < 900; i++) nested = { annotations: [nested] };
    expect(() => jsonShapeFormat(nested)).not.toThrow();
    expect(jsonShapeFormat([...Array.from({ length: 50 }, () => 1), w3cAnnotation])).toBeNull();
  });
});

describe('detectForeignFormat: text files', () => {
  it('reads lines of exactly ten "=" as Kindle clippings, with CRLF, LF, a byte-order mark or trailing spaces', () => {
    expect(detectForeignFormat(KINDLE)).toBe('kindle');
    expect(detectForeignFormat(KINDLE.replace(/\r\n/g, '\n'))).toBe('kindle');
    expect(detectForeignFormat(`\uFEFF${KINDLE.replace('==========', '\uFEFF==========  ')}`)).toBe('kindle');
  });

  it('does not take longer or shorter runs of "=" for Kindle separators', () => {
    expect(detectForeignFormat('Title\n===========\ntext')).toBeNull();
    expect(detectForeignFormat('Title\n=========\ntext')).toBeNull();
    expect(detectForeignFormat('Title\nx==========\ntext')).toBeNull();
  });

  it('reads a clippings file whose first title starts with a bracket as Kindle, not as broken JSON', () => {
    const bracketed = KINDLE.replace('The Salt Road', '[Draft] The Salt Road');
    expect(detectForeignFormat(bracketed)).toBe('kindle');
    expect(detectForeignFormat(`{${KINDLE}`)).toBe('kindle');
  });

  it('reads the Readwise header on the first line, in any case and column order, after a byte-order mark', () => {
    expect(detectForeignFormat(READWISE)).toBe('readwise');
    expect(detectForeignFormat(`\uFEFF${READWISE.replace('Highlight,Book Title', 'Book Title,HIGHLIGHT')}`)).toBe('readwise');
    expect(detectForeignFormat('"Highlight","Book Title"\r\n"x","y"')).toBe('readwise');
  });

  it('needs the header on the first line, and both names in it', () => {
    expect(detectForeignFormat(`Some notes\n${READWISE}`)).toBeNull();
    expect(detectForeignFormat('Highlight,Author,Note\nx,y,z')).toBeNull();
  });

  it('decides by content, not by the file name', () => {
    expect(detectForeignFormat(KINDLE, 'annotations.json')).toBe('kindle');
    expect(detectForeignFormat(READWISE, 'My Clippings.txt')).toBe('readwise');
    expect(detectForeignFormat('Just some prose, no annotations.', 'My Clippings.txt')).toBeNull();
    expect(detectForeignFormat('', 'readwise.csv')).toBeNull();
  });

  it('says why a file is refused: not JSON, or nested too deep', () => {
    expect(detectForeignText('{"type": "Annotation"')).toEqual({ format: null, problem: 'The file is not valid JSON, so its annotations could not be read.' });
    expect(detectForeignText('['.repeat(100_001))).toEqual({ format: null, problem: 'The file nests more than 100,000 levels deep, which no annotation file does, so it was not read.' });
    expect(detectForeignText('plain text')).toEqual({ format: null, problem: expect.stringContaining('Kindle “My Clippings.txt” or a Readwise CSV export') });
  });
});

describe('detectForeignFormat never throws', () => {
  it('answers a format or null for any text and name', () => {
    const formats = [null, 'w3c', 'hypothesis', 'readium', 'kindle', 'readwise'];
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), fc.option(fc.string(), { nil: undefined }), (text, name) => {
        expect(formats).toContain(detectForeignFormat(text, name));
      }),
      { numRuns: 1_000 },
    );
  });
});
