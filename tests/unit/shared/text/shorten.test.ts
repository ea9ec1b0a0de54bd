import { describe, expect, it } from 'vitest';
import { shorten } from '../../../../shared/text/shorten';

describe('shorten', () => {
  it('flattens whitespace and cuts with an ellipsis', () => {
    expect(shorten('a\n\nb   c', 10)).toBe('a b c');
    expect(shorten('abcdefghij', 5)).toBe('abcd…');
  });
});
