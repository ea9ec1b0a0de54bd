import { describe, expect, it } from 'vitest';
import { MIN_QUOTE_SIMILARITY, acceptable, better, scoreCandidate, type Candidate } from '../../../../shared/anchoring/score';

const candidate = (quote: number, context: number): Candidate => ({ start: 0, end: 10, quote, context, score: 0 });

describe('acceptable', () => {
  it('always takes an exact copy, the quote being the truth', () => {
    expect(acceptable(candidate(1, 0), 5)).toBe(true);
  });

  it('refuses an approximate match under 75% of the quote', () => {
    expect(acceptable(candidate(MIN_QUOTE_SIMILARITY - 0.01, 1), 200)).toBe(false);
  });

  it('asks a short approximate match for half its context, and a long one for none', () => {
    expect(acceptable(candidate(0.9, 0.4), 40)).toBe(false);
    expect(acceptable(candidate(0.9, 0.5), 40)).toBe(true);
    expect(acceptable(candidate(0.9, 0), 80)).toBe(true);
  });
});

describe('scoreCandidate', () => {
  it('ranks the quote over the context and the context over the position', () => {
    const text = `prefix QUOTE suffix ${'x'.repeat(100)} other QUOTE words`;
    const expected = { prefix: 'prefix ', suffix: ' suffix', hint: text.lastIndexOf('QUOTE') };
    const right = scoreCandidate(text, 7, 12, 1, expected);
    const nearer = scoreCandidate(text, expected.hint, expected.hint + 5, 1, expected);
    const edited = scoreCandidate(text, 7, 12, 0.8, expected);
    expect(better(nearer, right)).toBe(right);
    expect(edited.score).toBeLessThan(right.score);
    expect(better(right, right)).toBe(right);
  });
});
