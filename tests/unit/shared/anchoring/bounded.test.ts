import { describe, expect, it } from 'vitest';
import { Anchorer, anchor, describeRange } from '../../../../shared/anchoring';

const WORDS = 'the of and to in a is that for it as was with be by on not this are or from at which but have an they were there one all their been has when who will more river town bridge market council winter harvest ledger mill road school'.split(' ');

/** `count` paragraphs of pseudo-random prose, the same every run. */
function prose(count: number, seed: number): string[] {
  let s = seed;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) / 16777216;
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 40 + Math.floor(next() * 40) }, () => WORDS[Math.floor(next() * WORDS.length)]);
    return `${words.join(' ')}.`;
  });
}

const between = (haystack: string, needle: string) => {
  const start = haystack.indexOf(needle);
  if (start === -1) throw new Error(`missing: ${needle}`);
  return { start, end: start + needle.length };
};

describe('anchor far from the recorded position', () => {
  const filler = prose(60, 1); // about 15,000 characters
  const PASSAGE = 'the harbour master resigned in March';
  const paragraph = `According to the minutes, ${PASSAGE} after the storm.`;

  it('refuses a short look-alike far away whose surroundings have nothing in common', () => {
    const original = [paragraph, ...filler, 'Elsewhere: the harbor master resigned in May, a different year.'].join('\n\n');
    const selectors = describeRange(original, between(original, PASSAGE).start, between(original, PASSAGE).end);
    const edited = original.replace(`${PASSAGE} `, '');
    expect(anchor(edited, selectors)).toBeNull();
  });

  it('finds a passage that moved far away and was edited inside', () => {
    const quote = 'the old mill on the river road was sold to the council for a single shilling in the winter';
    const moving = `Nobody in town remembers that ${quote}, though the ledger records it.`;
    const original = [moving, ...filler].join('\n\n');
    const selectors = describeRange(original, between(original, quote).start, between(original, quote).end);
    const edited = [...filler, moving.replace('single shilling', 'single penny')].join('\n\n');
    const expected = between(edited, quote.replace('single shilling', 'single penny'));
    const found = anchor(edited, selectors);
    expect(found).not.toBeNull();
    expect(Math.abs(found!.start - expected.start)).toBeLessThanOrEqual(2);
    expect(Math.abs(found!.end - expected.end)).toBeLessThanOrEqual(2);
  });

  it('finds a long quote with a few words changed inside', () => {
    const quote = filler.slice(10, 14).join('\n\n');
    const original = filler.join('\n\n');
    const selectors = describeRange(original, between(original, quote).start, between(original, quote).end);
    const changed = quote.replace(/ river /g, ' stream ').replace(/ town /g, ' village ');
    expect(changed).not.toBe(quote);
    const edited = original.replace(quote, changed);
    const expected = between(edited, changed);
    const found = anchor(edited, selectors);
    expect(found).not.toBeNull();
    expect(Math.abs(found!.start - expected.start)).toBeLessThanOrEqual(2);
    expect(Math.abs(found!.end - expected.end)).toBeLessThanOrEqual(8);
  });
});

describe('anchor on a 1 MB text', () => {
  const paragraphs = prose(4000, 7);
  const text = paragraphs.join('\n\n');

  it('returns null for quotes that are nowhere in the text, and still finds the ones that are', () => {
    const anchorer = new Anchorer(text);
    const missing = ['the lighthouse keeper kept a diary of every ship that passed', 'a quote that was never written down'];
    for (const exact of missing) {
      const at = Math.floor(text.length / 2);
      const selectors = [
        { type: 'TextQuoteSelector' as const, exact, prefix: text.slice(at - 32, at), suffix: text.slice(at, at + 32) },
        { type: 'TextPositionSelector' as const, start: at, end: at + exact.length },
      ];
      expect(anchorer.anchor(selectors)).toBeNull();
    }
    const present = between(text, paragraphs[3000]!.slice(20, 90));
    expect(anchorer.anchor(describeRange(text, present.start, present.end))).toEqual(present);
  });
});
