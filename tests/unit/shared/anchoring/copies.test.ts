import { describe, expect, it } from 'vitest';
import { Anchorer, anchor, describeRange } from '../../../../shared/anchoring';

/** A passage quoted twice, each copy in its own surroundings, with filler between them. */
const QUOTE = 'the river had never flooded the lower town';
const FIRST = `In the spring report of 1921 the committee wrote that ${QUOTE}, and nobody doubted it.`;
const FILLER = 'The rest of the report dealt with roads, schools and the price of coal in the valley. '.repeat(8).trim();
const SECOND = `Years later, in her memoir, the engineer repeated that ${QUOTE}; the archive says otherwise.`;
const TAIL = 'Later chapters turn to the railway, the war years and the slow decline of the mills. '.repeat(40).trim();
const ORIGINAL = [FIRST, FILLER, SECOND, TAIL].join('\n\n');

const firstCopy = ORIGINAL.indexOf(QUOTE);
const secondCopy = ORIGINAL.lastIndexOf(QUOTE);
const onSecond = describeRange(ORIGINAL, secondCopy, secondCopy + QUOTE.length);
const onFirst = describeRange(ORIGINAL, firstCopy, firstCopy + QUOTE.length);

/** A new opening paragraph of exactly `length` characters (separator included). */
function opening(length: number): string {
  return `${'A new introduction was added to this edition. '.repeat(Math.ceil(length / 40)).slice(0, length - 2)}\n\n`;
}

describe('anchor never takes the wrong copy of a repeated quote', () => {
  it('leaves the copy that moved onto the recorded position when its context belongs to the other copy', () => {
    // The new opening pushes the first copy exactly onto the position recorded for the second.
    const edited = opening(secondCopy - firstCopy) + ORIGINAL;
    expect(edited.slice(secondCopy, secondCopy + QUOTE.length)).toBe(QUOTE);
    const moved = edited.lastIndexOf(QUOTE);
    expect(anchor(edited, onSecond)).toEqual({ start: moved, end: moved + QUOTE.length });
  });

  it('prefers the copy whose context nearly matches over the copy at the recorded position', () => {
    // As above, and the second copy's surroundings were lightly edited on both sides too.
    const retouched = ORIGINAL.replace(`repeated that ${QUOTE};`, `repeated, that ${QUOTE} -`);
    const edited = opening(secondCopy - firstCopy) + retouched;
    const moved = edited.lastIndexOf(QUOTE);
    expect(new Anchorer(edited).anchor(onSecond)).toEqual({ start: moved, end: moved + QUOTE.length });
  });

  it('finds the copy whose context matches when the position is stale', () => {
    const edited = [SECOND, FILLER, FIRST].join('\n\n');
    const now = edited.indexOf(QUOTE, edited.indexOf('spring report'));
    expect(anchor(edited, onFirst)).toEqual({ start: now, end: now + QUOTE.length });
  });
});

describe('anchor scores context approximately', () => {
  it('keeps the copy whose neighbouring characters were edited, not a copy that shares a few characters', () => {
    // The characters right next to the first copy change (" that " -> " that: ", "," -> ";"), and a
    // note pushes everything along so the recorded position no longer holds the quote.
    const edited = `Editor's note: this page was reset.\n\n${ORIGINAL.replace(`wrote that ${QUOTE}, and`, `wrote that: ${QUOTE}; and`)}`;
    const now = edited.indexOf(QUOTE);
    expect(anchor(edited, onFirst)).toEqual({ start: now, end: now + QUOTE.length });
  });

  it('still finds a copy whose surroundings changed on one side only', () => {
    const edited = [FIRST.replace('In the spring report of 1921', 'In a completely rewritten opening of the spring report'), FILLER, SECOND].join('\n\n');
    const now = edited.indexOf(QUOTE);
    expect(anchor(edited, onFirst)).toEqual({ start: now, end: now + QUOTE.length });
  });
});
