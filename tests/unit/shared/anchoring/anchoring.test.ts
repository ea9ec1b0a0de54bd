import { describe, expect, it } from 'vitest';
import { Anchorer, CONTEXT_CHARS, anchor, describeRange } from '../../../../shared/anchoring';
import { BLOCK_SEPARATOR, parsePlainText } from '../../../../shared/import/plainText';
import { SEED_FILES, readSeed } from '../../../support/seeds';

const seed002 = parsePlainText(readSeed(SEED_FILES.captionsAndJunk));
const text = seed002.text;
const paragraphs = text.split(BLOCK_SEPARATOR);

function rangeOf(haystack: string, needle: string, from = 0) {
  const start = haystack.indexOf(needle, from);
  if (start === -1) throw new Error(`missing: ${needle}`);
  return { start, end: start + needle.length };
}

/** Selectors for `needle` as found in the seed text. */
function selectorsFor(needle: string, from = 0) {
  const { start, end } = rangeOf(text, needle, from);
  return describeRange(text, start, end);
}

const PASSAGE = 'the first face-to-face meeting between the two since al\u2011Sharaa took power';

describe('describeRange', () => {
  it('returns a quote with context and a position', () => {
    const { start, end } = rangeOf(text, 'Ahmed al\u2011Sharaa met');
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
    expect(describeRange(text, 0, 9)[0]).toMatchObject({ prefix: '', exact: 'Unpacking' });
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

describe('anchor on edited versions of a seed article', () => {
  it('finds an unchanged passage at its position', () => {
    const { start, end } = rangeOf(text, PASSAGE);
    expect(anchor(text, describeRange(text, start, end))).toEqual({ start, end });
  });

  it('survives paragraphs inserted before the passage', () => {
    const edited = ['A new opening paragraph.', 'And another one.', ...paragraphs].join(BLOCK_SEPARATOR);
    expect(anchor(edited, selectorsFor(PASSAGE))).toEqual(rangeOf(edited, PASSAGE));
  });

  it('survives paragraphs deleted before the passage', () => {
    const edited = paragraphs.slice(4).join(BLOCK_SEPARATOR);
    expect(anchor(edited, selectorsFor(PASSAGE))).toEqual(rangeOf(edited, PASSAGE));
  });

  it('survives reordered paragraphs', () => {
    const edited = [...paragraphs].reverse().join(BLOCK_SEPARATOR);
    expect(anchor(edited, selectorsFor(PASSAGE))).toEqual(rangeOf(edited, PASSAGE));
  });

  it('survives whitespace and line-ending changes, also inside the quote', () => {
    const quote = `${paragraphs[1]}${BLOCK_SEPARATOR}${paragraphs[2]}`; // spans two paragraphs
    const edited = `  ${text.replaceAll('\n\n', '\r\n   \r\n').replaceAll(' ', '  ')}`;
    const found = anchor(edited, selectorsFor(quote));
    expect(found).not.toBeNull();
    expect(edited.slice(found!.start, found!.end).replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' '));
  });

  it('survives curly quotes turned straight and dash variants changed', () => {
    const quote = 'al\u2011Sharaa said Syria was keen to \u201crestore and redefine ties\u201d with Moscow';
    const edited = text.replaceAll('\u2011', '-').replaceAll('\u201c', '"').replaceAll('\u201d', '"');
    const found = anchor(edited, selectorsFor(quote));
    expect(edited.slice(found!.start, found!.end)).toBe('al-Sharaa said Syria was keen to "restore and redefine ties" with Moscow');
  });

  it('survives a small edit inside the quote', () => {
    const edited = text.replace('face-to-face meeting between the two', 'face-to-face encounter between the two');
    const found = anchor(edited, selectorsFor(PASSAGE));
    const expected = rangeOf(edited, 'the first face-to-face encounter between the two since al\u2011Sharaa took power');
    expect(found).not.toBeNull();
    expect(Math.abs(found!.start - expected.start)).toBeLessThanOrEqual(2);
    expect(Math.abs(found!.end - expected.end)).toBeLessThanOrEqual(2);
  });

  it('picks the occurrence whose context matches among repeats, even when the position hint is stale', () => {
    // The title occurs twice: as the first line and again as a later heading.
    const title = "Unpacking Sharaa's diplomatic overture to Putin";
    const second = rangeOf(text, title, 1);
    const selectors = describeRange(text, second.start, second.end);
    const shifted = `Preface paragraph that pushes everything along.${BLOCK_SEPARATOR}${text}`;
    expect(anchor(shifted, selectors)).toEqual(rangeOf(shifted, title, 60));
  });

  it('picks the occurrence nearest the hint when contexts tie', () => {
    const repeated = ['alpha beta', 'alpha beta', 'alpha beta'].join(BLOCK_SEPARATOR);
    const selectors = describeRange(repeated, 12, 17);
    selectors[0] = { type: 'TextQuoteSelector', exact: 'alpha', prefix: '', suffix: '' };
    expect(anchor(repeated, selectors)).toEqual({ start: 12, end: 17 });
  });

  it('returns null when the passage was deleted', () => {
    const edited = paragraphs.filter((p) => !p.includes(PASSAGE)).join(BLOCK_SEPARATOR);
    expect(anchor(edited, selectorsFor(PASSAGE))).toBeNull();
  });

  it('returns null rather than a poor match', () => {
    const edited = text.replace(PASSAGE, 'an encounter of the pair after the new leader took office');
    expect(anchor(edited, selectorsFor(PASSAGE))).toBeNull();
  });

  it('anchors many annotations on one text through a shared Anchorer', () => {
    const anchorer = new Anchorer(text.replaceAll('\u2011', '-'));
    const needles = ['Sharaa met Russian', 'restore and redefine', 'The origins of hostilities'];
    for (const needle of needles) expect(anchorer.anchor(selectorsFor(needle))).not.toBeNull();
  });
});
