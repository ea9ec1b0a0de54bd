import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../../shared/anchoring';
import { toW3CCollection } from '../../../../../shared/export/w3c';
import { parsePlainText } from '../../../../../shared/import/plainText';
import type { ForeignRead } from '../../../../../shared/import/tools/foreignAnnotation';
import { readW3CAnnotations, readW3CValue } from '../../../../../shared/import/tools/w3c';
import type { Annotation } from '../../../../../shared/model';
import { toPacketAnnotation } from '../../../../../shared/packet/packetAnnotation';
import { TEST_PERSON } from '../../../../support/person';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A plain annotation of another tool, with a quote; `extra` adds or replaces fields. */
function anno(exact: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': CONTEXT,
    type: 'Annotation',
    target: { source: 'https://example.org/essay', selector: { type: 'TextQuoteSelector', exact } },
    ...extra,
  };
}

/** Reads a value as a file: through JSON text, as the importer gets it. */
function read(value: unknown): ForeignRead {
  return readW3CAnnotations(JSON.stringify(value));
}

const quotes = (r: ForeignRead) => r.annotations.map((a) => (a.selectors[0]?.type === 'TextQuoteSelector' ? a.selectors[0].exact : null));

describe('W3C containers', () => {
  it('reads one Annotation on its own', () => {
    const r = read(anno('one'));
    expect(r.format).toBe('w3c');
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]).toMatchObject({
      sourceId: null,
      document: { source: 'https://example.org/essay' },
      creator: null,
      selectors: [{ type: 'TextQuoteSelector', exact: 'one', prefix: '', suffix: '' }],
      note: '',
      tags: [],
      color: 'yellow',
      created: null,
      modified: null,
      replyTo: null,
      kind: 'highlight',
      location: null,
    });
    expect(r.problems).toEqual([]);
  });

  it('reads an array of annotations in order', () => {
    expect(quotes(read([anno('a'), anno('b'), anno('c')]))).toEqual(['a', 'b', 'c']);
  });

  it('reads a collection whose first page is embedded, and a page on its own', () => {
    const page = { type: 'AnnotationPage', items: [anno('p1'), anno('p2')] };
    expect(quotes(read({ '@context': CONTEXT, type: 'AnnotationCollection', label: 'x', total: 2, first: page }))).toEqual(['p1', 'p2']);
    expect(quotes(read(page))).toEqual(['p1', 'p2']);
  });

  it('follows pages chained by embedded next pages, in order', () => {
    const third = { type: 'AnnotationPage', items: [anno('5')] };
    const second = { type: 'AnnotationPage', items: [anno('3'), anno('4')], next: third };
    const first = { type: 'AnnotationPage', items: [anno('1'), anno('2')], next: second };
    const r = read({ type: 'AnnotationCollection', first });
    expect(quotes(r)).toEqual(['1', '2', '3', '4', '5']);
    expect(r.problems).toEqual([]);
  });

  it('says so when the collection’s pages are only IRIs, not in the file', () => {
    const r = read({ '@context': CONTEXT, id: 'https://example.org/c', type: 'AnnotationCollection', total: 40, first: 'https://example.org/c/page1' });
    expect(r.annotations).toEqual([]);
    expect(r.problems).toEqual([
      'This collection’s annotations are on pages not in the file, so they could not be read; export the annotations themselves, not only the collection.',
    ]);
  });

  it('reads the pages it has when a next page is only an IRI, and says the rest are missing', () => {
    const r = read({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [anno('here')], next: 'https://example.org/c/page2' } });
    expect(quotes(r)).toEqual(['here']);
    expect(r.problems).toEqual(['Some of this collection’s annotations are on further pages not in the file; only the pages in the file were read.']);
  });

  it('accepts JSON-LD type arrays and oa: prefixes', () => {
    const r = read([anno('x', { type: ['oa:Annotation'] }), { type: ['AnnotationPage'], items: [anno('y')] }]);
    expect(quotes(r)).toEqual(['x', 'y']);
  });
});

describe('W3C bodies', () => {
  it('reads TextualBodies by purpose: commenting and describing into the note, tagging into tags, no purpose into the note', () => {
    const r = read(
      anno('x', {
        body: [
          { type: 'TextualBody', value: 'First thought.', purpose: 'commenting' },
          { type: 'TextualBody', value: 'A description.', purpose: 'describing' },
          { type: 'TextualBody', value: 'history', purpose: 'tagging' },
          { type: 'TextualBody', value: 'Untagged remark.' },
          { type: 'TextualBody', value: ' two   words ', purpose: ['tagging'] },
        ],
      }),
    );
    expect(r.annotations[0]).toMatchObject({ note: 'First thought.\n\nA description.\n\nUntagged remark.', tags: ['history', 'two words'] });
  });

  it('reads bodyValue as the note', () => {
    expect(read(anno('x', { bodyValue: 'Plain comment' })).annotations[0]!.note).toBe('Plain comment');
  });

  it('leaves out bodies that are IRIs (mixed with text bodies), counting them once for the file', () => {
    const r = read([
      anno('a', { body: ['https://example.org/comment/1', { type: 'TextualBody', value: 'kept' }] }),
      anno('b', { body: 'https://example.org/comment/2' }),
      anno('c', { body: { id: 'https://example.org/resource', type: 'Image' } }),
    ]);
    expect(r.annotations.map((a) => a.note)).toEqual(['kept', '', '']);
    expect(r.problems).toEqual(['3 annotations have bodies that only link to a resource elsewhere; Marginalia does not fetch links, so those bodies were left out.']);
  });

  it('reads the first choice of a Choice body', () => {
    const body = { type: 'Choice', items: [{ type: 'TextualBody', value: 'English', language: 'en' }, { type: 'TextualBody', value: 'Français', language: 'fr' }] };
    expect(read(anno('x', { body })).annotations[0]!.note).toBe('English');
  });

  it('cleans tags: trimmed, whitespace collapsed, duplicates and empty ones dropped, long ones cut, at most 100', () => {
    const tagging = (value: unknown) => ({ type: 'TextualBody', value, purpose: 'tagging' });
    const many = Array.from({ length: 105 }, (_, i) => tagging(`t${i}`));
    const r = read([
      anno('a', { body: [tagging('  to\tread '), tagging('to read'), tagging('   '), tagging('x'.repeat(150))] }),
      anno('b', { body: many }),
    ]);
    expect(r.annotations[0]!.tags).toEqual(['to read', 'x'.repeat(100)]);
    expect(r.annotations[1]!.tags).toHaveLength(100);
    expect(r.problems).toEqual([
      'Annotation 1 was imported with changes: a tag longer than 100 characters was cut.',
      'Annotation 2 was imported with changes: it has more than 100 tags and only the first 100 were kept.',
    ]);
  });

  it('cuts a note longer than 100,000 characters, saying so', () => {
    const r = read(anno('x', { bodyValue: `${'n'.repeat(99_999)}😀tail` }));
    // Cut at 100,000 code units, without leaving half of the emoji's surrogate pair.
    expect(r.annotations[0]!.note).toBe('n'.repeat(99_999));
    expect(r.problems).toEqual(['Annotation 1 was imported with changes: its note is longer than 100,000 characters and only the first 100,000 were kept.']);
  });
});

describe('W3C targets and selectors', () => {
  it('reads a quote and a position whatever their order, one selector or an array', () => {
    const selector = [
      { type: 'TextPositionSelector', start: 10, end: 14 },
      { type: 'TextQuoteSelector', exact: 'word', prefix: 'a ', suffix: ' b' },
    ];
    const r = read([anno('', { target: { source: 's', selector } }), anno('', { target: { source: 's', selector: selector[0] } })]);
    expect(r.annotations[0]!.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'word', prefix: 'a ', suffix: ' b' },
      { type: 'TextPositionSelector', start: 10, end: 14 },
    ]);
    expect(r.annotations[1]!.selectors).toEqual([{ type: 'TextPositionSelector', start: 10, end: 14 }]);
  });

  it('ignores Range, CSS, XPath and Fragment selectors without failing the annotation', () => {
    const selector = [
      { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[1]' }, endSelector: { type: 'XPathSelector', value: '/p[2]' } },
      { type: 'CssSelector', value: '#intro' },
      { type: 'XPathSelector', value: '/html/body/p[3]' },
      { type: 'FragmentSelector', conformsTo: 'http://www.idpf.org/epub/linking/cfi/epub-cfi.html', value: 'epubcfi(/6/4!/4/2,/1:0,/1:5)' },
      { type: 'TextQuoteSelector', exact: 'found' },
    ];
    const r = read(anno('', { target: { source: 's', selector } }));
    expect(r.annotations[0]!.selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'found', prefix: '', suffix: '' }]);
    expect(r.problems).toEqual([]);
  });

  it('follows a refinedBy chain to its quote, but not to a position that counts from inside an element', () => {
    const selector = {
      type: 'FragmentSelector',
      value: 'section-2',
      refinedBy: { type: 'CssSelector', value: 'p:nth-child(2)', refinedBy: { type: 'TextPositionSelector', start: 4, end: 9, refinedBy: { type: 'TextQuoteSelector', exact: 'quick' } } },
    };
    const r = read(anno('', { target: { source: 's', selector } }));
    expect(r.annotations[0]!.selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'quick', prefix: '', suffix: '' }]);
  });

  it('reads a refinedBy chain thousands of steps long without recursion or a stack overflow', () => {
    let selector: Record<string, unknown> = { type: 'TextQuoteSelector', exact: 'too deep to reach' };
    for (let i = 0; i < 5_000; i++) selector = { type: 'CssSelector', value: 'div', refinedBy: selector };
    const r = readW3CValue([anno('', { target: { source: 's', selector } }), anno('next one')]);
    expect('annotations' in r && quotes(r)).toEqual(['next one']);
  });

  it('reads targets as a string (a note on the whole page), an object, or an array of them', () => {
    const r = read([
      { type: 'Annotation', bodyValue: 'About the whole page', target: 'https://example.org/page' },
      anno('object'),
      { type: 'Annotation', target: ['https://example.org/other', { source: 'https://example.org/third', selector: { type: 'TextQuoteSelector', exact: 'array' } }] },
    ]);
    expect(r.annotations[0]).toMatchObject({ kind: 'page-note', selectors: [], note: 'About the whole page', document: { source: 'https://example.org/page' } });
    expect(r.annotations[1]).toMatchObject({ kind: 'highlight', document: { source: 'https://example.org/essay' } });
    expect(r.annotations[2]).toMatchObject({ kind: 'highlight', document: { source: 'https://example.org/third' } });
  });

  it('keeps a note whose passage it cannot place as a page note, and skips a highlight it cannot place', () => {
    const css = { source: 's', selector: { type: 'CssSelector', value: 'img' } };
    const r = read([anno('', { target: css, bodyValue: 'Nice picture' }), anno('', { target: css }), { type: 'Annotation', target: 's' }]);
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]).toMatchObject({ kind: 'page-note', note: 'Nice picture' });
    expect(r.problems).toEqual([
      'Annotation 1 was imported with changes: it marks its passage only with a CssSelector, which Marginalia cannot place, so it was kept as a note on the whole document.',
      'Annotation 2 marks its passage only with a CssSelector, which Marginalia cannot place, and has no note, so it was skipped.',
      'Annotation 3 has no highlighted text and no note, so it was skipped.',
    ]);
  });

  it('drops an empty quote and a position with bad offsets', () => {
    const selector = [{ type: 'TextQuoteSelector', exact: '' }, { type: 'TextPositionSelector', start: 9, end: 3 }, { type: 'TextPositionSelector', start: -1, end: 3 }];
    const r = read(anno('', { target: { source: 's', selector }, bodyValue: 'note' }));
    expect(r.annotations[0]).toMatchObject({ kind: 'page-note', selectors: [] });
  });
});

describe('W3C creators', () => {
  it('keeps a urn:uuid creator id and derives a stable urn:uuid for any other id or a name alone', () => {
    const r = read([
      anno('a', { creator: { id: 'urn:uuid:0A1B2C3D-0000-4000-8000-00000000000F', type: 'Person', name: 'Ada' } }),
      anno('b', { creator: { id: 'https://example.org/users/ben', type: 'Person', name: ' Ben  Okri ' } }),
      anno('c', { creator: 'Cleo' }),
      anno('d', { creator: [{ id: 'https://example.org/nameless' }, { id: 'mailto:dee@example.org', nickname: 'dee' }] }),
      anno('e', { creator: 'https://example.org/users/nameless' }),
      anno('f', { creator: { id: 'https://example.org/users/ben', name: 'Ben Okri' } }),
    ]);
    const [a, b, c, d, e, f] = r.annotations.map((x) => x.creator);
    expect(a).toEqual({ id: 'urn:uuid:0a1b2c3d-0000-4000-8000-00000000000f', type: 'Person', name: 'Ada' });
    expect(b).toMatchObject({ type: 'Person', name: 'Ben Okri' });
    expect(b!.id).toMatch(UUID_URN);
    expect(c).toMatchObject({ name: 'Cleo' });
    expect(c!.id).toMatch(UUID_URN);
    expect(d).toMatchObject({ name: 'dee' });
    expect(e).toBeNull();
    // The same person in another annotation (or another import) has the same id.
    expect(f!.id).toBe(b!.id);
    expect(new Set([b!.id, c!.id, d!.id]).size).toBe(3);
  });
});

describe('Marginalia’s own W3C files', () => {
  const { text } = parsePlainText('The first paragraph of a short essay.\n\nA second paragraph, with a passage to question.');
  const at = (exact: string) => describeRange(text, text.indexOf(exact), text.indexOf(exact) + exact.length);
  const base: Annotation = {
    id: '5b0c8a8e-1f7e-4c5e-9a40-3d2f8e6b9c11',
    documentId: 'd0123456789abcdef0123',
    target: { selector: at('first paragraph') },
    color: 'green',
    note: 'A *note*',
    tags: ['essays', 'to read'],
    origin: 'own',
    creator: TEST_PERSON,
    motivation: 'commenting',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:05:00.000Z',
  };

  it('reads our export back: ids, colour, note, tags, creator, dates and both selectors', () => {
    const other: Annotation = { ...base, id: 'custom-id_1', color: 'purple', note: '', tags: [], motivation: 'highlighting', target: { selector: at('short essay') } };
    const r = read(toW3CCollection('urn:marginalia:document:d0123456789abcdef0123:annotations', 'Highlights in “Essay”', [base, other]));
    expect(r.problems).toEqual([]);
    expect(r.annotations).toEqual([
      {
        sourceId: base.id,
        document: { source: 'urn:marginalia:document:d0123456789abcdef0123' },
        creator: TEST_PERSON,
        selectors: base.target.selector,
        note: 'A *note*',
        tags: ['essays', 'to read'],
        color: 'green',
        created: base.createdAt,
        modified: base.updatedAt,
        replyTo: null,
        kind: 'highlight',
        location: null,
      },
      expect.objectContaining({ sourceId: 'custom-id_1', color: 'purple', selectors: other.target.selector }),
    ]);
  });

  it('keeps a teacher’s question and a reply’s link to what it answers (packet annotations)', () => {
    const question: Annotation = { ...base, id: 'q1', motivation: 'questioning', note: 'Why?', target: { selector: at('passage to question') } };
    const reply: Annotation = { ...base, id: 'r1', motivation: 'replying', note: 'Because.', replyTo: 'q1', creator: { ...TEST_PERSON, name: 'Student' } };
    const docIri = 'urn:marginalia:document:d0123456789abcdef0123';
    const r = read([toPacketAnnotation(question, docIri, base.createdAt), toPacketAnnotation(reply, docIri, base.createdAt)]);
    expect(r.problems).toEqual([]);
    const [q, a] = r.annotations;
    expect(q).toMatchObject({ motivation: 'questioning', note: 'Why?', replyTo: null, kind: 'highlight' });
    expect(a).toMatchObject({ note: 'Because.', replyTo: q!.sourceId, kind: 'highlight', document: { source: docIri } });
    expect(a!.motivation).toBeUndefined();
  });

  it('reads a W3C reply (motivation replying) whose target is the annotation it answers', () => {
    const r = read([
      anno('asked', { id: 'https://example.org/anno/1' }),
      { type: 'Annotation', id: 'https://example.org/anno/2', motivation: 'replying', bodyValue: 'I agree', target: 'https://example.org/anno/1' },
    ]);
    expect(r.annotations[1]).toMatchObject({ kind: 'page-note', note: 'I agree', replyTo: 'https://example.org/anno/1', document: {} });
  });

  it('maps another tool’s colour on the annotation or its body to ours, and keeps only our own colour names as they are', () => {
    const r = read([anno('a', { 'marginalia:color': 'pink' }), anno('b', { body: { type: 'TextualBody', value: 'n', color: '#2ea8e5' } }), anno('c', { 'marginalia:color': 'javascript:alert(1)' })]);
    expect(r.annotations.map((a) => a.color)).toEqual(['pink', 'blue', 'yellow']);
  });
});

describe('W3C files with problems', () => {
  it('repairs a bad date or id, saying so in one sentence per annotation', () => {
    const r = read([
      anno('a', { id: 42, created: '2026-02-30T10:00:00Z', modified: 'last Tuesday' }),
      anno('b', { id: { nested: true }, created: 17 }),
      anno('c', { created: '2026-11-20T11:00:00+01:00' }),
    ]);
    expect(r.annotations.map((a) => [a.sourceId, a.created, a.modified])).toEqual([
      ['42', null, null],
      [null, null, null],
      [null, '2026-11-20T10:00:00.000Z', null],
    ]);
    expect(r.problems).toEqual([
      'Annotation 1 was imported with changes: its creation date “2026-02-30T10:00:00Z” is not a date and time Marginalia can read, so it was left out; its modification date “last Tuesday” is not a date and time Marginalia can read, so it was left out.',
      'Annotation 2 was imported with changes: its id is not text, so it was imported without it; its creation date is not written as text, so it was left out.',
    ]);
  });

  it('skips bookmarks, counting them in one sentence', () => {
    const bookmark = { type: 'Annotation', motivation: 'bookmarking', target: 'https://example.org/essay' };
    const r = read([bookmark, anno('kept'), bookmark]);
    expect(quotes(r)).toEqual(['kept']);
    expect(r.problems).toEqual(['2 bookmarks were skipped: they mark a place, not text.']);
  });

  it('skips an annotation holding a __proto__, constructor or prototype key, and keeps the others', () => {
    const text = JSON.stringify([anno('first'), anno('polluted', { marker: 1 }), anno('third', { body: { type: 'TextualBody', value: 'x', constructor: 'y' } }), anno('last')]).replace(
      '"marker":1',
      '"__proto__":{"polluted":true}',
    );
    const r = readW3CAnnotations(text);
    expect(quotes(r)).toEqual(['first', 'last']);
    expect(r.problems).toEqual([
      'Annotation 2 contains a field named “__proto__”, which no annotation has, so it was skipped.',
      'Annotation 3 contains a field named “constructor”, which no annotation has, so it was skipped.',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses the whole file when a collection or page holds a forbidden key', () => {
    const text = JSON.stringify({ type: 'AnnotationCollection', marker: 1, first: { type: 'AnnotationPage', items: [anno('a')] } }).replace('"marker":1', '"__proto__":{}');
    expect(readW3CValue(JSON.parse(text))).toEqual({ problem: 'The file contains a field named “__proto__”, which no annotation file has, so it was not read.' });
    expect(readW3CAnnotations(text)).toEqual({ format: 'w3c', annotations: [], problems: ['The file contains a field named “__proto__”, which no annotation file has, so it was not read.'] });
  });

  it('refuses text that is not JSON or nests deeper than any annotation file', () => {
    expect(readW3CAnnotations('{"type": "Annotation",').problems).toEqual(['The file is not valid JSON, so its annotations could not be read.']);
    expect(readW3CAnnotations(`${'['.repeat(100_001)}${']'.repeat(100_001)}`).problems).toEqual([
      'The file nests more than 100,000 levels deep, which no annotation file does, so it was not read.',
    ]);
  });

  it('says which items are not annotations', () => {
    const r = read([anno('a'), 'a string', { type: 'AnnotationSet', items: [] }, { id: 'no-target' }]);
    expect(quotes(r)).toEqual(['a']);
    expect(r.problems).toEqual([
      'Annotation 2 is not an annotation object, so it was skipped.',
      'Annotation 3 is of type “AnnotationSet”, not an annotation, so it was skipped.',
      'Annotation 4 is not an annotation (it has no target), so it was skipped.',
    ]);
  });

  it('reads at most 200,000 annotations, saying the rest were not read in one sentence', () => {
    const one = { type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'q' } } };
    const r = readW3CValue(Array.from({ length: 200_003 }, () => one));
    expect('annotations' in r && r.annotations.length).toBe(200_000);
    expect('annotations' in r && r.problems).toEqual(['The file holds more than 200,000 annotations; only the first 200,000 were read. Split the file to import the rest.']);
  });

  it('lists the first 1,000 problems one by one and counts the rest', () => {
    const r = readW3CValue([anno('a'), ...Array.from({ length: 1_500 }, () => null)]);
    expect('annotations' in r && r.problems).toHaveLength(1_001);
    expect('annotations' in r && r.problems[1_000]).toBe('500 more annotations had problems like these; they are not listed one by one.');
  });

  it('survives the hostile W3C fixture without throwing or polluting prototypes', () => {
    const text = readFileSync(path.resolve(__dirname, '../../../../fixtures/hostile-w3c.json'), 'utf8');
    const r = readW3CAnnotations(text);
    expect(r.format).toBe('w3c');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    for (const a of r.annotations) expect(['yellow', 'green', 'blue', 'pink', 'purple']).toContain(a.color);
  });
});

describe('W3C reading never throws', () => {
  const selector = fc.oneof(
    fc.record({ type: fc.constant('TextQuoteSelector'), exact: fc.oneof(fc.string(), fc.integer()), prefix: fc.anything() }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constant('TextPositionSelector'), start: fc.oneof(fc.integer(), fc.double()), end: fc.anything() }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constantFrom('CssSelector', 'RangeSelector'), refinedBy: fc.anything() }),
    fc.anything(),
  );
  const annotation = fc.record(
    {
      type: fc.oneof(fc.constant('Annotation'), fc.constant(['Annotation']), fc.anything()),
      id: fc.anything(),
      body: fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.record({ type: fc.constant('TextualBody'), value: fc.anything(), purpose: fc.anything() }))), fc.anything()),
      bodyValue: fc.anything(),
      target: fc.oneof(fc.string(), fc.record({ source: fc.anything(), selector: fc.oneof(selector, fc.array(selector)) }), fc.array(fc.anything())),
      creator: fc.anything(),
      created: fc.oneof(fc.string(), fc.anything()),
      motivation: fc.anything(),
      'marginalia:color': fc.anything(),
      'marginalia:replyTo': fc.anything(),
    },
    { requiredKeys: [] },
  );
  const file = fc.oneof(
    annotation,
    fc.array(annotation),
    fc.record({ type: fc.constant('AnnotationCollection'), first: fc.oneof(fc.string(), fc.record({ type: fc.constant('AnnotationPage'), items: fc.array(annotation), next: fc.anything() })) }),
    fc.anything(),
  );

  it('returns a read for any value shaped like annotations, or any value at all', () => {
    fc.assert(
      fc.property(file, (value) => {
        const r = readW3CValue(value);
        if ('problem' in r) expect(typeof r.problem).toBe('string');
        else {
          expect(r.format).toBe('w3c');
          expect(Array.isArray(r.problems)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('returns a read for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const r = readW3CAnnotations(text);
        expect(r.format).toBe('w3c');
        expect(Array.isArray(r.annotations)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
