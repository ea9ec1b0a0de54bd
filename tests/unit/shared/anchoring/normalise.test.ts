import { describe, expect, it } from 'vitest';
import { normalise, toNormalIndex, toOriginalRange } from '../../../../shared/anchoring/normalise';

describe('normalise', () => {
  it('folds whitespace, quote styles and dashes, remembering original offsets', () => {
    const original = '\u201cA\u2011b\u201d  \r\n\tc\u2019d\u00adx';
    const view = normalise(original);
    expect(view.text).toBe('"A-b" c\'dx');
    expect(toOriginalRange(view, 0, 5)).toEqual({ start: 0, end: 5 });
    expect(original.slice(...Object.values(toOriginalRange(view, 6, 10)))).toBe('c\u2019d\u00adx');
  });

  it('maps original offsets back into the view', () => {
    const view = normalise('a   b');
    expect(toNormalIndex(view, 0)).toBe(0);
    expect(toNormalIndex(view, 3)).toBe(1);
    expect(toNormalIndex(view, 4)).toBe(2);
  });
});
