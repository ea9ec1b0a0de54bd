import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRAM, GramIndex } from '../../../../shared/anchoring/gramIndex';

/** Every start of `needle` in `text`, found by scanning. */
function scan(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

describe('GramIndex', () => {
  it('finds every occurrence a scan finds, for needles shorter and longer than a gram', () => {
    // A small alphabet makes repeats and hash-bucket sharing common.
    const text = fc.array(fc.constantFrom('a', 'b', ' ', 'ab', 'ba ', '\u2019'), { minLength: 0, maxLength: 300 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 1, max: 30 }), (t, at, length) => {
        const index = new GramIndex(t);
        const start = t.length === 0 ? 0 : at % t.length;
        const needle = t.slice(start, start + length) || 'ab';
        expect(index.occurrences(needle, 10_000)).toEqual(scan(t, needle));
      }),
    );
  });

  it('stops at the limit, keeping the first occurrences', () => {
    const text = 'the river. '.repeat(50);
    expect(new GramIndex(text).occurrences('the river', 3)).toEqual([0, 11, 22]);
  });

  it('looks up a piece of a pattern and refuses a piece more common than the limit', () => {
    const text = `${'common piece '.repeat(20)}a rare piece here`;
    const index = new GramIndex(text);
    const pattern = 'xx a rare piece';
    expect(index.positionsOf(pattern, 3, 5)).toEqual([text.indexOf('a rare p')]);
    expect(index.positionsOf('common piece', 0, 5)).toBeNull();
    expect(index.positionsOf('common piece', 0, 20)).toHaveLength(20);
  });

  it('copes with texts shorter than a gram', () => {
    const index = new GramIndex('short');
    expect('short'.length).toBeLessThan(GRAM);
    expect(index.occurrences('or', 10)).toEqual([2]);
    expect(index.occurrences('not there at all', 10)).toEqual([]);
  });
});
