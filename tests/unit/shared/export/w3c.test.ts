import { TEST_PERSON } from '../../../support/person';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '../../../../shared/anchoring';
import { toW3CAnnotation, toW3CCollection, W3C_CONTEXT } from '../../../../shared/export/w3c';
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
