import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexOfBytes } from '../../../../shared/text/sha256';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 / NIST example digests', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu')).toBe(
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    );
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('pads correctly at every length around the 64-byte block and 56-byte length boundaries', () => {
    for (let n = 0; n <= 200; n++) expect(sha256Hex('x'.repeat(n)), `length ${n}`).toBe(nodeSha256('x'.repeat(n)));
  });

  it('hashes bytes directly', () => {
    expect(sha256HexOfBytes(new Uint8Array([0xff, 0x00, 0x80]))).toBe(createHash('sha256').update(Buffer.from([0xff, 0x00, 0x80])).digest('hex'));
  });

  it('agrees with node:crypto on random text, astral characters and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
      { numRuns: 300 },
    );
    const mixed = 'Ahmed al\u2011Sharaa 😀 \u{1F3F3}\u{FE0F}\u{200D}\u{1F308} \uD800 alone \uDC00 \u00e9\u0301 ' + '漢字'.repeat(40);
    expect(sha256Hex(mixed)).toBe(nodeSha256(mixed));
  });

  it('hashes a 10 MB text to the same digest as node:crypto', () => {
    const text = 'Marginalia reads offline. 😀\n'.repeat(360_000);
    expect(text.length).toBeGreaterThan(10_000_000);
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });
});
