/**
 * The stored position is trusted when the text there still holds the quote exactly with its
 * recorded prefix and suffix: then it is returned at once, without searching. When only the
 * quote is still there (its context changed), the normal search runs and may find a better place.
 */
import { describe, expect, it } from 'vitest';
import { Anchorer, describeRange } from '../../../../shared/anchoring';
import { BLOCK_SEPARATOR } from '../../../../shared/import/plainText';

const QUOTE = 'the lantern by the harbour wall';
const first = `In the evening we saw ${QUOTE} glowing over the water.`;
const second = `Years later the keeper lit ${QUOTE} once more, for the last time.`;
const text = [first, 'A paragraph in between, about something else entirely.', second].join(BLOCK_SEPARATOR);

describe('trusted stored positions', () => {
  it('returns the stored position of an unchanged passage without searching', () => {
    const start = text.indexOf(QUOTE, text.indexOf('keeper'));
    const selectors = describeRange(text, start, start + QUOTE.length);
    const anchorer = new Anchorer(text);
    expect(anchorer.anchor(selectors)).toEqual({ start, end: start + QUOTE.length });
    expect(anchorer.counts).toEqual({ trusted: 1, searched: 0 });
  });

  it('trusts every one of many unchanged passages', () => {
    const anchorer = new Anchorer(text);
    for (let start = 0; start + 20 <= text.length; start += 17) anchorer.anchor(describeRange(text, start, start + 20));
    expect(anchorer.counts.searched).toBe(0);
    expect(anchorer.counts.trusted).toBeGreaterThan(5);
  });

  it('does not trust a position where the quote is still found but its context changed, and finds the better place', () => {
    const start = text.indexOf(QUOTE, text.indexOf('keeper'));
    const selectors = describeRange(text, start, start + QUOTE.length);
    // The second paragraph's context is rewritten; the first paragraph now has exactly the
    // recorded context, at the stored position (the texts are arranged so the offsets line up).
    const [prefix, suffix] = [text.slice(start - 32, start), text.slice(start + QUOTE.length, start + QUOTE.length + 32)];
    const moved = `${'x'.repeat(start - prefix.length)}${prefix}${QUOTE}${suffix}`;
    const edited = [`Somewhere, ${QUOTE} stood alone.`, moved].join(BLOCK_SEPARATOR);
    const wrongPlace = edited.indexOf(QUOTE);
    const rightPlace = edited.indexOf(QUOTE, wrongPlace + 1);
    // The stored position now holds the quote only where the context does not match.
    const staleSelectors = [selectors[0]!, { type: 'TextPositionSelector' as const, start: wrongPlace, end: wrongPlace + QUOTE.length }];
    const anchorer = new Anchorer(edited);
    expect(edited.slice(wrongPlace, wrongPlace + QUOTE.length)).toBe(QUOTE);
    expect(anchorer.anchor(staleSelectors)).toEqual({ start: rightPlace, end: rightPlace + QUOTE.length });
    expect(anchorer.counts).toEqual({ trusted: 0, searched: 1 });
  });
});

describe('Anchorer.trusted', () => {
  it('gives the stored range of an unchanged passage, and null (without searching) where the text changed', () => {
    const start = text.indexOf(QUOTE);
    const selectors = describeRange(text, start, start + QUOTE.length);
    const anchorer = new Anchorer(text.replace('In the evening', 'At dusk'));
    expect(new Anchorer(text).trusted(selectors)).toEqual({ start, end: start + QUOTE.length });
    expect(anchorer.trusted(selectors)).toBeNull();
    expect(anchorer.counts).toEqual({ trusted: 0, searched: 0 });
  });
});
