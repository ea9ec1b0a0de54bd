import { describe, expect, it } from 'vitest';
import { approxIn, seedWindows } from '../../../../shared/anchoring/fuzzy';
import { GramIndex } from '../../../../shared/anchoring/gramIndex';

const QUOTE = 'the old mill on the river road was sold to the council';

describe('approxIn', () => {
  it('looks past the exact copies it is told about to find an edited one', () => {
    const text = `An exact copy: ${QUOTE}. An edited copy: ${QUOTE.replace('sold', 'given')}.`;
    const exact = text.indexOf(QUOTE);
    expect(approxIn(text, QUOTE, 0, text.length, 13, [])[0]!.errors).toBe(0);
    const [place] = approxIn(text, QUOTE, 0, text.length, 13, [exact]);
    expect(place!.errors).toBeGreaterThan(0);
    expect(place!.starts[0]).toBeGreaterThan(exact + QUOTE.length);
  });

  it('returns nothing for a window smaller than the quote can shrink to', () => {
    expect(approxIn(QUOTE, QUOTE, 0, 10, 13, [])).toEqual([]);
  });
});

describe('seedWindows', () => {
  const filler = 'Nothing of note happened in the valley that week. '.repeat(40);
  const edited = QUOTE.replace('sold', 'given');
  const text = `${filler}${QUOTE}. ${filler}${edited}. ${filler}`;

  it('points at a far, edited copy through the pieces it still shares, leaving out exact copies', () => {
    const exact = text.indexOf(QUOTE);
    const windows = seedWindows(new GramIndex(text), QUOTE, 13, [exact], null);
    const at = text.indexOf(edited);
    expect(windows.some(([from, to]) => from <= at && to >= at + edited.length)).toBe(true);
    expect(windows.some(([from, to]) => from <= exact && to >= exact + QUOTE.length)).toBe(false);
  });

  it('has nothing to offer for a quote none of whose pieces occur', () => {
    expect(seedWindows(new GramIndex(text), 'zzzzzzzzqqqqqqqqwwwwwwww', 6, [], null)).toEqual([]);
  });
});
