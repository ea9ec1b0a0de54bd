import { describe, expect, it } from 'vitest';
import { cutCosts, edgeDistance } from '../../../../shared/anchoring/align';

describe('edgeDistance', () => {
  const text = 'before the quote|after the quote';
  const at = text.indexOf('|');

  it('is 0 when the expected text touches the position exactly, on either side', () => {
    expect(edgeDistance('before the quote', text, at, -1)).toBe(0);
    expect(edgeDistance('|after the quote', text, at, 1)).toBe(0);
  });

  it('counts one edit for a character changed, added or removed next to the position', () => {
    expect(edgeDistance('before the quotE', text, at, -1)).toBe(1);
    expect(edgeDistance('before the quote!', text, at, -1)).toBe(1);
    expect(edgeDistance('|fter the quote', text, at, 1)).toBe(1);
  });

  it('leaves the far end free and counts what is missing at the edge of the text', () => {
    expect(edgeDistance('quote', text, at, -1)).toBe(0);
    expect(edgeDistance('xx before the quote', text, at, -1)).toBe(3);
    expect(edgeDistance('abc', 'ab', 0, 1)).toBe(1);
    expect(edgeDistance('', text, at, 1)).toBe(0);
  });
});

describe('cutCosts', () => {
  it('is cheapest at the boundary between the two strings, even with an edit next to it', () => {
    const text = 'xxxx the prefix|changed quote begins here yyyy';
    const from = 0;
    const { ending, starting } = cutCosts('the prefix|', 'exchanged quote', text, from, text.length);
    const sums = Array.from(ending, (e, k) => e + starting[k]!);
    const best = sums.indexOf(Math.min(...sums));
    expect(best).toBe(text.indexOf('changed'));
    expect(ending[best]).toBe(0);
    expect(starting[best]).toBe(2);
  });
});
