import { describe, expect, it } from 'vitest';
import { anchor, describeRange } from '../../../../shared/anchoring';

const FILLER = 'The valley road was rebuilt twice before the war, and the mill kept its old wheel. '.repeat(6).trim();

/** Selectors for `quote` in a report paragraph between filler, and that text with `from` replaced by `to`. */
function edit(quote: string, from: string, to: string) {
  const original = `${FILLER}\n\nReport. ${quote}. After that, nothing changed.\n\n${FILLER}`;
  const start = original.indexOf(quote);
  const edited = original.replace(quote, quote.replace(from, to));
  const now = quote.replace(from, to);
  return { selectors: describeRange(original, start, start + quote.length), edited, expected: { start: edited.indexOf(now), end: edited.indexOf(now) + now.length } };
}

describe('anchor an edited quote to its whole new wording', () => {
  it.each([
    ['The council agreed that the new bridge would open to carts in one year', 'in one year', 'within eighteen months'],
    ['The council agreed that the new bridge would open to carts by the summer', 'by the summer', 'before the harvest'],
    ['The council agreed that the new bridge would open to carts in one year', 'one year', 'two winters'],
    ['In the spring the council agreed that the new bridge would open to carts', 'In the spring', 'Early in April'],
  ])('keeps the changed words at the edge of "%s" (%s -> %s)', (quote, from, to) => {
    const { selectors, edited, expected } = edit(quote, from, to);
    expect(anchor(edited, selectors)).toEqual(expected);
  });
});

describe('anchor a deleted passage', () => {
  it('orphans it rather than taking another copy of most of it that shares one side of its context', () => {
    // The passage ends with a sentence that the text repeats elsewhere, followed by the same words.
    const refrain = 'Nobody in the town ever spoke of the flood again';
    const passage = `The mayor left. ${refrain}`;
    const original = [`In 1921 the river rose. ${passage}, and the mills reopened.`, FILLER, `Years later, one thing held. ${refrain}, and the mills reopened.`, FILLER].join('\n\n');
    const start = original.indexOf(passage);
    const selectors = describeRange(original, start, start + passage.length);
    const edited = original.replace(`${passage}`, '').replace('rose. ,', 'rose,');
    expect(anchor(edited, selectors)).toBeNull();
  });
});
