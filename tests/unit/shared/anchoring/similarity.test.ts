import { describe, expect, it } from 'vitest';
import { contextMatches, contextSimilarity, positionScore } from '../../../../shared/anchoring/similarity';

const PREFIX = 'the committee wrote in its report';
const SUFFIX = 'and nobody doubted it for a year';
const QUOTE = ' that the river never flooded ';

function around(prefix: string, suffix: string) {
  const text = `${prefix}${QUOTE}${suffix}`;
  return { text, start: prefix.length, end: prefix.length + QUOTE.length };
}

describe('contextSimilarity', () => {
  it('is 1 when both sides match and when nothing was recorded', () => {
    const { text, start, end } = around(PREFIX, SUFFIX);
    expect(contextSimilarity(text, start, end, PREFIX, SUFFIX)).toBe(1);
    expect(contextSimilarity(text, start, end, '', '')).toBe(1);
  });

  it('costs one edited character right next to the quote little, instead of that whole side', () => {
    const { text, start, end } = around(`${PREFIX.slice(0, -1)}S`, `,${SUFFIX.slice(1)}`);
    const score = contextSimilarity(text, start, end, PREFIX, SUFFIX);
    expect(score).toBeGreaterThan(0.9);
    expect(score).toBeLessThan(1);
  });

  it('scores unrelated surroundings near 0 and one matching side near one half', () => {
    const other = around('a different sentence entirely, yes', 'something else follows here, too');
    expect(contextSimilarity(other.text, other.start, other.end, PREFIX, SUFFIX)).toBeLessThan(0.15);
    const half = around(PREFIX, 'something else follows here, too');
    expect(contextSimilarity(half.text, half.start, half.end, PREFIX, SUFFIX)).toBeGreaterThan(0.45);
    expect(contextSimilarity(half.text, half.start, half.end, PREFIX, SUFFIX)).toBeLessThan(0.6);
  });

  it('weighs each side by its length (a quote at the start of a text has no prefix)', () => {
    const text = `${QUOTE}${SUFFIX}`;
    expect(contextSimilarity(text, 0, QUOTE.length, '', SUFFIX)).toBe(1);
  });
});

describe('contextMatches', () => {
  it('needs the exact recorded prefix before and suffix after, never reading before the text', () => {
    const { text, start, end } = around(PREFIX, SUFFIX);
    expect(contextMatches(text, start, end, PREFIX, SUFFIX)).toBe(true);
    expect(contextMatches(text, start, end, `x${PREFIX}`, SUFFIX)).toBe(false);
    expect(contextMatches('abcdef', 1, 2, 'abc', '')).toBe(false);
  });
});

describe('positionScore', () => {
  it('is 1 at the hint, falls with distance, and is 0 without a hint', () => {
    expect(positionScore(50, 50, 100)).toBe(1);
    expect(positionScore(75, 50, 100)).toBe(0.75);
    expect(positionScore(50, null, 100)).toBe(0);
  });
});
