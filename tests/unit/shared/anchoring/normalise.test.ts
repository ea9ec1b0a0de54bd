import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, toNormalIndex, toOriginalRange } from '../../../../shared/anchoring/normalise';

/** The view built one character at a time, as the first version did: the rewrite must agree. */
function referenceView(original: string) {
  const fold: Record<string, string> = {
    '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
    '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
    '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
    '\ufe58': '-', '\ufe63': '-', '\uff0d': '-', '\u00ad': '',
  };
  let text = '';
  const toOriginal: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    if (/\s/.test(c)) {
      if (!inSpace) {
        text += ' ';
        toOriginal.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (fold[c] === '') continue;
    text += fold[c] ?? c;
    toOriginal.push(i);
  }
  toOriginal.push(original.length);
  return { text, toOriginal };
}

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

  it('builds the same view and offsets as folding one character at a time', () => {
    const pieces = ['a', 'Z', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2003', '\u2019', '\u201c', '\u2011', '\u2014', '\u00ad', '`', '~', 'é', '\u0301', '😀', 'x y'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const original = parts.join('');
        const view = normalise(original);
        const expected = referenceView(original);
        expect(view.text).toBe(expected.text);
        expect([...view.toOriginal]).toEqual(expected.toOriginal);
      }),
    );
  });
});
