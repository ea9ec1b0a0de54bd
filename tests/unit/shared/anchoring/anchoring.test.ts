import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARS, anchor, describeRange } from '../../../../shared/anchoring';
import { parsePlainText } from '../../../../shared/import/plainText';
import { SEED_FILES, readSeed } from '../../../support/seeds';

const { text } = parsePlainText(readSeed(SEED_FILES.captionsAndJunk));

function rangeOf(needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start === -1) throw new Error(`missing: ${needle}`);
  return { start, end: start + needle.length };
}

describe('describeRange', () => {
  it('returns a quote with context and a position', () => {
    const { start, end } = rangeOf('Ahmed al\u2011Sharaa met');
    const [quote, position] = describeRange(text, start, end);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Ahmed al\u2011Sharaa met',
      prefix: text.slice(start - CONTEXT_CHARS, start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('clips context at the ends of the text', () => {
    const [quote] = describeRange(text, 0, 9);
    expect(quote).toMatchObject({ prefix: '', exact: 'Unpacking' });
  });

  it.each([
    [-1, 3],
    [5, 5],
    [0, text.length + 1],
    [1.5, 4],
  ])('rejects the invalid range [%d, %d)', (start, end) => {
    expect(() => describeRange(text, start, end)).toThrow(RangeError);
  });
});

describe('anchor', () => {
  it('finds an unchanged passage at its position', () => {
    const { start, end } = rangeOf('the first face-to-face meeting');
    expect(anchor(text, describeRange(text, start, end))).toEqual({ start, end });
  });

  it('finds a passage that moved because a paragraph was inserted before it', () => {
    const { start, end } = rangeOf('the first face-to-face meeting');
    const selectors = describeRange(text, start, end);
    const edited = `A new opening paragraph.\n\n${text}`;
    expect(anchor(edited, selectors)).toEqual({ start: start + 26, end: end + 26 });
  });

  it('picks the occurrence whose context matches when the quote repeats', () => {
    // "Unpacking Sharaa's diplomatic overture to Putin" is both the first line and a later heading.
    const title = "Unpacking Sharaa's diplomatic overture to Putin";
    const second = rangeOf(title, 1);
    const selectors = describeRange(text, second.start, second.end);
    const shifted = `Preface.\n\n${text}`;
    expect(anchor(shifted, selectors)).toEqual({ start: second.start + 10, end: second.end + 10 });
  });

  it('returns null when the passage was deleted', () => {
    const { start, end } = rangeOf('the first face-to-face meeting');
    const selectors = describeRange(text, start, end);
    expect(anchor(text.replace('the first face-to-face meeting', 'a meeting'), selectors)).toBeNull();
  });
});
