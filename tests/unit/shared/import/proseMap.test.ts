import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proseText } from '../../../../shared/import/codeText';
import { collapseProse } from '../../../../shared/import/proseMap';

describe('collapseProse', () => {
  it('collapses exactly as proseText does and maps every kept character to itself', () => {
    const pieces = fc.constantFrom('a', 'é', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', 'b c', '😀');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), (raw) => {
        const { text, positions } = collapseProse(raw);
        expect(text).toBe(proseText(raw));
        expect(positions).toHaveLength(raw.length + 1);
        for (let i = 0; i < raw.length; i++) {
          expect(positions[i]!).toBeLessThanOrEqual(positions[i + 1]!);
          if (!/\s/.test(raw[i]!)) expect(text[positions[i]!]).toBe(raw[i]);
        }
        expect(positions[raw.length]).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('lands a position inside a run of spaces after the run’s one space', () => {
    const { text, positions } = collapseProse('  one   two  ');
    expect(text).toBe('one two');
    expect(positions[0]).toBe(0);
    expect(positions[6]).toBe(4);
    expect(positions[7]).toBe(4);
    expect(positions[8]).toBe(4);
    expect(positions[13]).toBe(7);
  });
});
