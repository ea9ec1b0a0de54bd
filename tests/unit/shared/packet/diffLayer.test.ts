import { describe, expect, it } from 'vitest';
import { diffLayer } from '../../../../shared/packet/diffLayer';
import type { ReadAnnotation } from '../../../../shared/packet/readPacket';
import { buildPacket, serialisePacket } from '../../../../shared/packet/buildPacket';
import { readPacket } from '../../../../shared/packet/readPacket';
import { packetInput, TEACHER, TEACHER_LAYER } from './packetFixtures';

function read(id: string, fields: Partial<ReadAnnotation> = {}): ReadAnnotation {
  return {
    id,
    creator: TEACHER,
    motivation: 'highlighting',
    color: 'yellow',
    note: '',
    tags: [],
    selectors: [
      { type: 'TextQuoteSelector', exact: 'tea', prefix: 'the ', suffix: ' tax' },
      { type: 'TextPositionSelector', start: 10, end: 13 },
    ],
    created: '2026-11-20T10:00:00.000Z',
    modified: '2026-11-20T10:00:00.000Z',
    ...fields,
  };
}

describe('diffLayer', () => {
  it('sorts annotations into added, changed, removed and unchanged by id', () => {
    const previous = [read('a'), read('b'), read('c'), read('d')];
    const next = [read('e'), read('b', { note: 'Now with a note' }), read('a'), read('f')];
    expect(diffLayer(previous, next)).toEqual({ added: ['e', 'f'], changed: ['b'], removed: ['c', 'd'], unchanged: 1 });
  });

  it.each<[string, Partial<ReadAnnotation>]>([
    ['note', { note: 'x' }],
    ['tags', { tags: ['new'] }],
    ['colour', { color: 'green' }],
    ['motivation', { motivation: 'questioning' }],
    ['quote', { selectors: [{ type: 'TextQuoteSelector', exact: 'tax', prefix: 'tea ', suffix: '' }] }],
    ['position', { selectors: [{ type: 'TextQuoteSelector', exact: 'tea', prefix: 'the ', suffix: ' tax' }, { type: 'TextPositionSelector', start: 11, end: 14 }] }],
  ])('counts a different %s as a change', (_field, change) => {
    expect(diffLayer([read('a')], [read('a', change)]).changed).toEqual(['a']);
  });

  it('does not count dates, the order of tags or of selectors as a change', () => {
    const before = read('a', { tags: ['x', 'y'] });
    const after = read('a', { tags: ['y', 'x'], modified: '2026-12-01T00:00:00.000Z', selectors: [...before.selectors].reverse() });
    expect(diffLayer([before], [after])).toEqual({ added: [], changed: [], removed: [], unchanged: 1 });
  });

  it('handles empty layers', () => {
    expect(diffLayer([], [])).toEqual({ added: [], changed: [], removed: [], unchanged: 0 });
    expect(diffLayer([], [read('a')]).added).toEqual(['a']);
    expect(diffLayer([read('a')], []).removed).toEqual(['a']);
  });

  it('tells what a new revision of a packet changed, read from the files', () => {
    const [question, comment, highlight] = TEACHER_LAYER;
    const added = { ...highlight!, id: 'aaaaaaaa-0000-4000-8000-000000000004', color: 'blue' as const };
    const revision1 = readPacket(serialisePacket(buildPacket(packetInput())));
    const revision2 = readPacket(
      serialisePacket(buildPacket(packetInput({ revision: 2, annotations: [{ ...question!, note: 'Which revolution?' }, comment!, added] }))),
    );
    if (!revision1.ok || !revision2.ok) throw new Error('the packets should read');
    expect(diffLayer(revision1.annotations, revision2.annotations)).toEqual({
      added: [added.id],
      changed: [question!.id],
      removed: [highlight!.id],
      unchanged: 1,
    });
  });
});
