import { describe, expect, it } from 'vitest';
import { segmentsByBlock, toSegments } from '../../../../shared/highlights/segments';
import type { Block } from '../../../../shared/model';

describe('toSegments', () => {
  it('keeps separate ranges apart and drops empty ones', () => {
    expect(
      toSegments([
        { id: 'a', start: 0, end: 5 },
        { id: 'b', start: 10, end: 12 },
        { id: 'empty', start: 7, end: 7 },
      ]),
    ).toEqual([
      { start: 0, end: 5, ids: ['a'] },
      { start: 10, end: 12, ids: ['b'] },
    ]);
  });

  it('splits overlapping ranges so each segment lists every highlight over it, in input order', () => {
    expect(
      toSegments([
        { id: 'a', start: 0, end: 10 },
        { id: 'b', start: 5, end: 15 },
        { id: 'c', start: 6, end: 8 },
      ]),
    ).toEqual([
      { start: 0, end: 5, ids: ['a'] },
      { start: 5, end: 6, ids: ['a', 'b'] },
      { start: 6, end: 8, ids: ['a', 'b', 'c'] },
      { start: 8, end: 10, ids: ['a', 'b'] },
      { start: 10, end: 15, ids: ['b'] },
    ]);
  });

  it('merges touching pieces of the same highlight', () => {
    expect(
      toSegments([
        { id: 'a', start: 0, end: 4 },
        { id: 'a', start: 4, end: 8 },
      ]),
    ).toEqual([{ start: 0, end: 8, ids: ['a'] }]);
  });
});

describe('segmentsByBlock', () => {
  const blocks: Block[] = [
    { kind: 'paragraph', start: 0, end: 10 },
    { kind: 'paragraph', start: 12, end: 20 },
    { kind: 'paragraph', start: 22, end: 30 },
  ];

  it('clips a segment that spans blocks to each block, relative to the block start', () => {
    const byBlock = segmentsByBlock(blocks, [{ start: 5, end: 25, ids: ['x'] }]);
    expect([...byBlock.entries()]).toEqual([
      [0, [{ start: 5, end: 10, ids: ['x'] }]],
      [1, [{ start: 0, end: 8, ids: ['x'] }]],
      [2, [{ start: 0, end: 3, ids: ['x'] }]],
    ]);
  });

  it('leaves blocks without highlights out', () => {
    const byBlock = segmentsByBlock(blocks, [{ start: 23, end: 24, ids: ['y'] }]);
    expect([...byBlock.keys()]).toEqual([2]);
  });
});
