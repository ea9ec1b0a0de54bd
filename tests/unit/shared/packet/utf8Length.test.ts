import fc from 'fast-check';
import { expect, it } from 'vitest';
import { utf8Length } from '../../../../shared/packet/utf8Length';

it('counts UTF-8 bytes as Node does, astral characters and lone surrogates included', () => {
  for (const text of ['', 'a', 'é', '€', '😀', '\uD800', '\uDC00x', 'a\uD83D', '漢字 and 😀 \u{1F3F3}\u{FE0F}\u{200D}\u{1F308}']) {
    expect(utf8Length(text), JSON.stringify(text)).toBe(Buffer.byteLength(text, 'utf8'));
  }
  fc.assert(
    fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 100 }), (text) => {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }),
    { numRuns: 500 },
  );
});
