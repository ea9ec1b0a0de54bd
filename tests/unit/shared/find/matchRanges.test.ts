import { describe, expect, it } from 'vitest';
import { firstMatchFrom, matchesWithin } from '../../../../shared/find';

const MATCHES = [
  { start: 2, end: 5 },
  { start: 10, end: 14 },
  { start: 20, end: 22 },
  { start: 30, end: 40 },
];

describe('firstMatchFrom', () => {
  it('is the first match starting at or after the offset, wrapping to the first', () => {
    expect(firstMatchFrom(MATCHES, 0)).toBe(0);
    expect(firstMatchFrom(MATCHES, 10)).toBe(1);
    expect(firstMatchFrom(MATCHES, 11)).toBe(2);
    expect(firstMatchFrom(MATCHES, 41)).toBe(0);
    expect(firstMatchFrom([], 3)).toBe(-1);
  });
});

describe('matchesWithin', () => {
  it('gives the indices of the matches that meet a range, half-open', () => {
    expect(matchesWithin(MATCHES, 0, 2)).toEqual({ from: 0, to: 0 });
    expect(matchesWithin(MATCHES, 4, 11)).toEqual({ from: 0, to: 2 });
    expect(matchesWithin(MATCHES, 14, 20)).toEqual({ from: 2, to: 2 });
    expect(matchesWithin(MATCHES, 21, 100)).toEqual({ from: 2, to: 4 });
    expect(matchesWithin([], 0, 10)).toEqual({ from: 0, to: 0 });
  });
});
