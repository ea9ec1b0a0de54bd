import { TEST_PERSON } from '../../../support/person';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '../../../../shared/anchoring';
import { readW3C, toW3CAnnotation, toW3CCollection, W3C_CONTEXT } from '../../../../shared/export/w3c';
import { parsePlainText } from '../../../../shared/import/plainText';
import type { Annotation } from '../../../../shared/model';
import { SEED_FILES, readSeed } from '../../../support/seeds';
import { loadAssertions, wptSchemasFolder } from '../../../support/wptSchemas';

const { text } = parsePlainText(readSeed(SEED_FILES.captionsAndJunk));

function annotation(exact: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(exact);
  return {
    id: '5b0c8a8e-1f7e-4c5e-9a40-3d2f8e6b9c11',
    documentId: 'dabc',
    target: { selector: describeRange(text, start, start + exact.length) },
    color: 'yellow',
    note: '',
    tags: [],
    origin: 'own',
    creator: TEST_PERSON,
    motivation: 'highlighting',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:05:00.000Z',
    ...extra,
  };
}

const samples: Annotation[] = [
  annotation('Ahmed al\u2011Sharaa met', { note: 'A *note* with\n\ntwo paragraphs', tags: ['diplomacy', 'to read'], color: 'green' }),
  annotation('\u201crestore and redefine ties\u201d', { id: '7d1e2f3a-0b9c-4d8e-8f7a-6b5c4d3e2f10', tags: ['quote'] }),
  annotation('The origins of hostilities', { id: 'custom-id_1', createdAt: '2026-11-21T00:00:00.000Z' }),
];

// The schemas live in ../shared; without it (a clone of the repository alone) these are skipped, saying why.
const wpt = wptSchemasFolder();

describe('W3C Web Annotation export', () => {
  describe.skipIf(wpt.skip)(`W3C schemas${wpt.titleNote}`, () => {
    let annotationMusts: ReturnType<typeof loadAssertions>;
    let collectionMusts: ReturnType<typeof loadAssertions>;
    beforeAll(() => {
      annotationMusts = loadAssertions('annotations/annotationMusts.test');
      collectionMusts = loadAssertions('collections/collectionMusts.test');
    });

    it('loads the test-suite assertions from ../shared', () => {
      expect(annotationMusts.assertions.length).toBe(54);
      expect(annotationMusts.missing).toEqual([]);
      // The suite's list names one collection assertion that the copy does not include.
      expect(collectionMusts.assertions.length + collectionMusts.missing.length).toBe(10);
      expect(collectionMusts.assertions.length).toBeGreaterThanOrEqual(9);
    });

    it('passes every MUST assertion for each annotation', () => {
      for (const a of samples) {
        const json = JSON.parse(JSON.stringify(toW3CAnnotation(a)));
        expect(annotationMusts.assertions.flatMap((x) => x.validate(json))).toEqual([]);
      }
    });

    it('passes every MUST assertion for the collection, and for its items', () => {
      const collection = JSON.parse(JSON.stringify(toW3CCollection('urn:marginalia:document:dabc:annotations', 'Highlights', samples)));
      expect(collectionMusts.assertions.flatMap((x) => x.validate(collection))).toEqual([]);
      for (const item of collection.first.items) expect(annotationMusts.assertions.flatMap((x) => x.validate(item))).toEqual([]);
      const empty = JSON.parse(JSON.stringify(toW3CCollection('urn:x:empty', 'Nothing', [])));
      expect(collectionMusts.assertions.flatMap((x) => x.validate(empty))).toEqual([]);
    });

    it('catches a broken annotation (the assertions can fail)', () => {
      const broken = { ...JSON.parse(JSON.stringify(toW3CAnnotation(samples[0]!))), '@context': 'http://example.com/ctx', bodyValue: 'x' };
      expect(annotationMusts.assertions.flatMap((x) => x.validate(broken)).length).toBeGreaterThanOrEqual(2);
    });
  });

  it('writes notes, tags and colour as the model says', () => {
    const json = toW3CAnnotation(samples[0]!);
    expect(json['@context'][0]).toBe(W3C_CONTEXT);
    expect(json.id).toBe('urn:uuid:5b0c8a8e-1f7e-4c5e-9a40-3d2f8e6b9c11');
    expect(json.body).toEqual([
      { type: 'TextualBody', value: 'A *note* with\n\ntwo paragraphs', format: 'text/markdown', purpose: 'commenting' },
      { type: 'TextualBody', value: 'diplomacy', purpose: 'tagging' },
      { type: 'TextualBody', value: 'to read', purpose: 'tagging' },
    ]);
    expect(json.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(json['marginalia:color']).toBe('green');
  });
});

describe('reading W3C JSON', () => {
  it('reads back exactly what was written', () => {
    const collection = toW3CCollection('urn:x', 'x', samples);
    const { annotations, problems } = readW3C(JSON.parse(JSON.stringify(collection)));
    expect(problems).toEqual([]);
    expect(annotations).toEqual(
      [...samples]
        .sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id))
        .map((a) => ({
          id: a.id,
          source: 'urn:marginalia:document:dabc',
          selectors: a.target.selector,
          note: a.note,
          tags: a.tags,
          color: a.color,
          created: a.createdAt,
          modified: a.updatedAt,
        })),
    );
  });

  it('reads annotations written by other tools: bodyValue, single objects, arrays, other selectors', () => {
    const foreign = [
      {
        '@context': W3C_CONTEXT,
        id: 'http://example.org/anno1',
        type: 'Annotation',
        bodyValue: 'A comment',
        target: { source: 'http://example.org/page', selector: [{ type: 'CssSelector', value: '#x' }, { type: 'TextQuoteSelector', exact: 'Putin' }] },
      },
      { type: 'Annotation', body: { type: 'TextualBody', value: 'tagged', purpose: 'tagging' }, target: { selector: { type: 'TextPositionSelector', start: 1, end: 5 } } },
      { type: 'Annotation', target: 'http://example.org/no-selector' },
      'not an annotation',
    ];
    const { annotations, problems } = readW3C(foreign);
    expect(annotations).toHaveLength(2);
    expect(annotations[0]).toMatchObject({ id: null, note: 'A comment', tags: [], color: 'yellow', selectors: [{ type: 'TextQuoteSelector', exact: 'Putin', prefix: '', suffix: '' }] });
    expect(annotations[1]).toMatchObject({ tags: ['tagged'], selectors: [{ type: 'TextPositionSelector', start: 1, end: 5 }] });
    expect(problems).toHaveLength(2);
  });

  it('survives a hostile file without throwing', () => {
    const hostile = JSON.parse(readFileSync(path.resolve(__dirname, '../../../fixtures/hostile-w3c.json'), 'utf8'));
    expect(() => readW3C(hostile)).not.toThrow();
  });
});

describe('reading W3C JSON item by item', () => {
  const good = (exact: string, extra: Record<string, unknown> = {}) => ({
    type: 'Annotation',
    target: { selector: { type: 'TextQuoteSelector', exact } },
    ...extra,
  });
  const deepArray = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

  it('imports every good item when others hold a 6 KB run of "[", a malformed id or a bad date', () => {
    const file = JSON.parse(
      JSON.stringify([
        good('first'),
        good('bracket body', { body: 'marker' }),
        good('malformed id', { id: 'urn:marginalia:annotation:%E0%A4%A' }),
        good('bad date', { created: '2026-02-30T10:00:00Z', modified: 'last Tuesday' }),
        good('last', { created: '2026-11-20T11:00:00+01:00' }),
      ]).replace('"marker"', `${'['.repeat(6000)}${']'.repeat(6000)}`),
    );
    const { annotations, problems } = readW3C([...file, deepArray(6000)]);
    expect(annotations.map((a) => (a.selectors[0] as { exact: string }).exact)).toEqual(['first', 'malformed id', 'bad date', 'last']);
    expect(annotations[1]!.id).toBeNull();
    expect(annotations[2]).toMatchObject({ created: null, modified: null });
    expect(annotations[3]!.created).toBe('2026-11-20T10:00:00.000Z');
    expect(problems).toEqual([
      'item 2: nested more than 32 levels deep',
      'item 3: its id “urn:marginalia:annotation:%E0%A4%A” is malformed, so it was given a new one',
      'item 4: created date “2026-02-30T10:00:00Z” is not a valid ISO 8601 date-time, so the import time was used',
      'item 4: modified date “last Tuesday” is not a valid ISO 8601 date-time, so the import time was used',
      'item 6: nested more than 32 levels deep',
    ]);
  });

  it('keeps an annotation whose date is not even a string, saying so', () => {
    const { annotations, problems } = readW3C(good('x', { created: 12, modified: '2026-01-01T00:00:00Z' }));
    expect(annotations[0]).toMatchObject({ created: null, modified: '2026-01-01T00:00:00.000Z' });
    expect(problems).toEqual(['item 1: created date its value is not a valid ISO 8601 date-time, so the import time was used']);
  });

  it('does not throw on wrappers nested without end, nor on a body of 100,000 nested arrays', () => {
    const wrapped = { type: 'AnnotationCollection', first: [[[[[[[[[[[[[[good('deep')]]]]]]]]]]]]]] };
    expect(() => readW3C(wrapped)).not.toThrow();
    expect(readW3C(deepArray(100_000)).annotations).toEqual([]);
    expect(readW3C([good('kept'), good('x', { body: deepArray(100_000) })]).annotations).toHaveLength(1);
  });

  it('lists the first 100 problems and counts the rest', () => {
    const { problems } = readW3C([good('a'), ...Array.from({ length: 1000 }, () => null)]);
    expect(problems).toHaveLength(101);
    expect(problems[100]).toBe('… and 900 more problems');
  });
});
