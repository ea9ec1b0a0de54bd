import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ForeignRead } from '../../../../../shared/import/tools/foreignAnnotation';
import { readReadiumAnnotations, readReadiumValue } from '../../../../../shared/import/tools/readium';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** An item as Thorium writes them (our own invented content); `extra` replaces fields. */
function item(exact: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': CONTEXT,
    id: 'urn:uuid:3F2504E0-4F89-41D3-9A0C-0305E82C3301',
    type: 'Annotation',
    created: '2024-09-01T08:30:00.000Z',
    modified: '2024-09-02T10:00:00.000Z',
    creator: { id: 'urn:uuid:6fa459ea-ee8a-4ca4-894e-db77e160355e', type: 'Person', name: 'Léa' },
    body: { type: 'TextualBody', value: 'Remember this for the essay.', format: 'text/plain', color: 'green', tag: 'essay', highlight: 'solid' },
    target: {
      source: 'OEBPS/Text/chapter03.xhtml',
      meta: { headings: [{ level: 1, txt: 'Part One' }, { level: 2, txt: 'The Harbour' }], page: '42' },
      selector: [
        { type: 'TextPositionSelector', start: 310, end: 310 + [...exact].length },
        { type: 'TextQuoteSelector', exact, prefix: 'the lamps along ', suffix: ' flickered' },
        { type: 'ProgressionSelector', value: 0.4312 },
        { type: 'CssSelector', value: 'body > section:nth-child(3) > p:nth-child(7)' },
        { type: 'FragmentSelector', conformsTo: 'http://www.idpf.org/epub/linking/cfi/epub-cfi.html', value: 'epubcfi(/6/8!/4/6/14,/1:12,/1:40)' },
        { type: 'DomRangeSelector', startContainerElementCssSelector: 'p:nth-child(7)', startContainerChildTextNodeIndex: 0, startOffset: 12, endContainerElementCssSelector: 'p:nth-child(7)', endContainerChildTextNodeIndex: 0, endOffset: 40 },
      ],
    },
    ...extra,
  };
}

function set(items: unknown[], about: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': CONTEXT,
    id: 'urn:uuid:9b2c7e1d-5a44-4f0e-b1c3-6d8e2f4a7b90',
    type: 'AnnotationSet',
    generator: { id: 'https://github.com/edrlab/thorium-reader/releases/tag/v3.1.0', type: 'Software', name: 'Thorium 3.1.0' },
    generated: '2024-09-03T12:00:00.000Z',
    title: 'Notes for class',
    about: {
      'dc:identifier': ['urn:thorium:0c5e8f1a', 'urn:isbn:9780000000002'],
      'dc:format': 'application/epub+zip',
      'dc:title': 'Lamps of the Harbour',
      'dc:publisher': ['Invented Press'],
      'dc:creator': ['Ana Ortiz', 'Ben Cole'],
      'dc:date': '2019',
      ...about,
    },
    items,
  };
}

const read = (value: unknown): ForeignRead => readReadiumAnnotations(JSON.stringify(value));

describe('Readium annotation sets', () => {
  it('reads an item: the quote (not the code-point position), note, colour, tag, creator, dates and where it is', () => {
    const r = read(set([item('harbour 😀 lights')]));
    expect(r.format).toBe('readium');
    expect(r.problems).toEqual([]);
    expect(r.annotations).toEqual([
      {
        sourceId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
        document: { source: 'urn:isbn:9780000000002', title: 'Lamps of the Harbour', author: 'Ana Ortiz; Ben Cole' },
        creator: { id: 'urn:uuid:6fa459ea-ee8a-4ca4-894e-db77e160355e', type: 'Person', name: 'Léa' },
        selectors: [{ type: 'TextQuoteSelector', exact: 'harbour 😀 lights', prefix: 'the lamps along ', suffix: ' flickered' }],
        note: 'Remember this for the essay.',
        tags: ['essay'],
        color: 'green',
        created: '2024-09-01T08:30:00.000Z',
        modified: '2024-09-02T10:00:00.000Z',
        replyTo: null,
        kind: 'highlight',
        location: 'page 42, “The Harbour”',
      },
    ]);
  });

  it('names the book by its first identifier when none is an ISBN, by the resource when it has none, and reads a title language map', () => {
    const r1 = read(set([item('a')], { 'dc:identifier': ['urn:thorium:0c5e8f1a', ''], 'dc:title': { fr: 'Les lampes', en: 'The Lamps' }, 'dc:creator': 'Solo Author' }));
    expect(r1.annotations[0]!.document).toEqual({ source: 'urn:thorium:0c5e8f1a', title: 'Les lampes', author: 'Solo Author' });
    const r2 = read({ type: 'AnnotationSet', about: {}, items: [item('b')] });
    expect(r2.annotations[0]!.document).toEqual({ source: 'OEBPS/Text/chapter03.xhtml' });
  });

  it('maps colour names and Thorium’s hex colours to ours, and says when a colour cannot be matched', () => {
    const body = (color: unknown) => ({ body: { type: 'TextualBody', value: '', color } });
    const r = read(set([item('a', body('orange')), item('b', body('#eb9694')), item('c', body('#7ecaf4')), item('d', body('#b6a7e0')), item('e', body('grey')), item('f', body(undefined))]));
    expect(r.annotations.map((a) => a.color)).toEqual(['yellow', 'pink', 'blue', 'purple', 'yellow', 'yellow']);
    expect(r.problems).toEqual(['Annotation 5 was imported with changes: its colour “grey” is not one Marginalia can match, so it is yellow.']);
  });

  it('reads tags from tags, tag and keyword, cleaned', () => {
    const r = read(set([item('a', { body: { type: 'TextualBody', value: '', tags: [' close  reading', 'motifs'], tag: 'motifs', keyword: 'teacher' } })]));
    expect(r.annotations[0]!.tags).toEqual(['close reading', 'motifs', 'teacher']);
  });

  it('keeps a note whose passage has only positions it cannot use as a page note, skips such a highlight, and reads a whole-resource note', () => {
    const cfiOnly = { source: 'ch1.xhtml', selector: [{ type: 'FragmentSelector', conformsTo: 'http://www.idpf.org/epub/linking/cfi/epub-cfi.html', value: 'epubcfi(/6/4!/4/2,/1:0,/1:9)' }] };
    const r = read(
      set([
        item('', { target: cfiOnly }),
        item('', { target: cfiOnly, body: { type: 'TextualBody', value: '' } }),
        item('', { target: { source: 'ch2.xhtml' }, body: { type: 'TextualBody', value: 'About the chapter' } }),
      ]),
    );
    expect(r.annotations.map((a) => [a.kind, a.note])).toEqual([
      ['page-note', 'Remember this for the essay.'],
      ['page-note', 'About the chapter'],
    ]);
    expect(r.problems).toEqual([
      'Annotation 1 was imported with changes: it marks its passage only with a FragmentSelector, which Marginalia cannot place, so it was kept as a note on the whole document.',
      'Annotation 2 marks its passage only with a FragmentSelector, which Marginalia cannot place, and has no note, so it was skipped.',
    ]);
  });

  it('drops a position even when it is the only selector, since it counts code points', () => {
    const r = read(set([item('', { target: { source: 'c.xhtml', selector: [{ type: 'TextPositionSelector', start: 3, end: 9 }] }, body: { type: 'TextualBody', value: '' } })]));
    expect(r.annotations).toEqual([]);
    expect(r.problems).toEqual(['Annotation 1 marks its passage only with a TextPositionSelector, which Marginalia cannot place, and has no note, so it was skipped.']);
  });

  it('skips bookmarks, counting them once', () => {
    const bookmark = { id: 'urn:uuid:1', type: 'Annotation', motivation: 'bookmarking', created: '2024-01-01T00:00:00Z', target: { source: 'c.xhtml', selector: [] } };
    const r = read(set([bookmark, item('kept'), bookmark, bookmark]));
    expect(r.annotations).toHaveLength(1);
    expect(r.problems).toEqual(['3 bookmarks were skipped: they mark a place, not text.']);
  });

  it('repairs bad dates and an empty id; a Thorium item with no creator is the user’s own', () => {
    const r = read(set([item('a', { id: '', created: '2024-13-01T00:00:00Z', modified: undefined, creator: undefined })]));
    expect(r.annotations[0]).toMatchObject({ sourceId: null, created: null, modified: null, creator: null });
    expect(r.problems).toEqual(['Annotation 1 was imported with changes: its creation date “2024-13-01T00:00:00Z” is not a date and time Marginalia can read, so it was left out.']);
  });

  it('skips an item with a forbidden key, and refuses a set whose own fields hold one', () => {
    const text = JSON.stringify(set([item('a', { marker: 1 }), item('b')])).replace('"marker":1', '"__proto__":{"p":1}');
    const r = readReadiumAnnotations(text);
    expect(r.annotations.map((a) => (a.selectors[0] as { exact: string }).exact)).toEqual(['b']);
    expect(r.problems).toEqual(['Annotation 1 contains a field named “__proto__”, which no annotation has, so it was skipped.']);
    const top = JSON.stringify(set([item('a')], { marker: 1 })).replace('"marker":1', '"constructor":{"prototype":{}}');
    expect(readReadiumAnnotations(top)).toEqual({ format: 'readium', annotations: [], problems: ['The file contains a field named “constructor”, which no annotation file has, so it was not read.'] });
  });

  it('refuses JSON that is not an annotation set', () => {
    expect(readReadiumValue([item('a')])).toEqual({ problem: 'This is not a Readium annotation set: it has no list of annotations (“items”), so nothing could be read.' });
    expect(readReadiumValue({ items: [] })).toEqual({ problem: 'This is not a Readium annotation set: it says neither "type": "AnnotationSet" nor which book it is about.' });
  });

  it('reads at most 200,000 items', () => {
    const one = { target: { selector: [{ type: 'TextQuoteSelector', exact: 'q' }] } };
    const r = readReadiumValue({ type: 'AnnotationSet', about: {}, items: Array.from({ length: 200_001 }, () => one) });
    expect('annotations' in r && [r.annotations.length, r.problems]).toEqual([200_000, ['The file holds 200,001 annotations; only the first 200,000 were read. Split the file to import the rest.']]);
  });
});

describe('Readium reading never throws', () => {
  const readiumItem = fc.record(
    {
      id: fc.anything(),
      created: fc.anything(),
      motivation: fc.oneof(fc.constant('bookmarking'), fc.anything()),
      creator: fc.oneof(fc.record({ id: fc.anything(), type: fc.anything(), name: fc.anything() }), fc.anything()),
      body: fc.oneof(fc.record({ type: fc.constant('TextualBody'), value: fc.anything(), color: fc.anything(), tags: fc.anything(), tag: fc.anything() }), fc.anything()),
      target: fc.oneof(
        fc.record({
          source: fc.anything(),
          selector: fc.array(fc.oneof(fc.record({ type: fc.constantFrom('TextQuoteSelector', 'TextPositionSelector', 'ProgressionSelector'), exact: fc.anything(), start: fc.anything() }), fc.anything())),
          meta: fc.oneof(fc.record({ page: fc.anything(), headings: fc.anything() }), fc.anything()),
        }),
        fc.anything(),
      ),
    },
    { requiredKeys: [] },
  );
  const file = fc.oneof(
    fc.record({ type: fc.constant('AnnotationSet'), about: fc.oneof(fc.record({ 'dc:identifier': fc.anything(), 'dc:title': fc.anything(), 'dc:creator': fc.anything() }), fc.anything()), items: fc.array(readiumItem) }),
    fc.anything(),
  );

  it('returns a read or a refusal for any value', () => {
    fc.assert(
      fc.property(file, (value) => {
        const r = readReadiumValue(value);
        expect('problem' in r ? typeof r.problem : r.format).toBe('problem' in r ? 'string' : 'readium');
      }),
      { numRuns: 500 },
    );
  });

  it('returns a read for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(readReadiumAnnotations(text).format).toBe('readium');
      }),
      { numRuns: 500 },
    );
  });
});
