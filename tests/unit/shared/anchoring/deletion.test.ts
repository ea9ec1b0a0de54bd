import { describe, expect, it } from 'vitest';
import { surroundingsMeet } from '../../../../shared/anchoring/deletion';
import { GramIndex } from '../../../../shared/anchoring/gramIndex';

const PREFIX = 'the minutes of the spring meeting record that ';
const QUOTE = 'the harbour master resigned in March';
const SUFFIX = ' after the storm had wrecked the pier.';
const filler = 'Trade on the quay went on much as before. '.repeat(30);

function meets(text: string, quoteLength = QUOTE.length, near: [number, number] | null = null) {
  return surroundingsMeet(text, new GramIndex(text), PREFIX.slice(-32), SUFFIX.slice(0, 32), quoteLength, near);
}

describe('surroundingsMeet', () => {
  it('sees the prefix and suffix meet where the passage was deleted, anywhere in the text', () => {
    expect(meets(`${filler}${PREFIX.trimEnd()}${SUFFIX}${filler}`)).toBe(true);
  });

  it('also looks in the window near the hint, without the index', () => {
    const text = `${filler}${PREFIX.trimEnd()}${SUFFIX}`;
    const noSeeds = new GramIndex('');
    const join = text.indexOf(SUFFIX);
    expect(surroundingsMeet(text, noSeeds, PREFIX.slice(-32), SUFFIX.slice(0, 32), QUOTE.length, [join - 200, join + 200])).toBe(true);
    expect(surroundingsMeet(text, noSeeds, PREFIX.slice(-32), SUFFIX.slice(0, 32), QUOTE.length, [0, 200])).toBe(false);
  });

  it('never mistakes the passage itself, even edited, for a deletion', () => {
    expect(meets(`${filler}${PREFIX}${QUOTE}${SUFFIX}${filler}`)).toBe(false);
    expect(meets(`${filler}${PREFIX}the harbour master quit${SUFFIX}${filler}`)).toBe(false);
    expect(meets(`${filler}${PREFIX}to${SUFFIX}${filler}`, 2)).toBe(false);
  });

  it('cannot tell without enough recorded context', () => {
    const text = `${filler}${PREFIX.trimEnd()}${SUFFIX}`;
    expect(surroundingsMeet(text, new GramIndex(text), 'that ', SUFFIX, QUOTE.length, null)).toBe(false);
  });
});
