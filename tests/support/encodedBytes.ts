/**
 * Bytes of text files in the encodings people's files come in, built byte by byte (never with
 * the decoder under test): UTF-16 with a byte-order mark, Windows-1252 with curly quotes and €.
 */

/** UTF-16 little- or big-endian bytes of `text`, after a byte-order mark. */
export function utf16WithBom(text: string, endian: 'le' | 'be'): Buffer {
  const bytes = Buffer.alloc(2 + text.length * 2);
  bytes.writeUInt16BE(endian === 'le' ? 0xfffe : 0xfeff, 0);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (endian === 'le') bytes.writeUInt16LE(unit, 2 + i * 2);
    else bytes.writeUInt16BE(unit, 2 + i * 2);
  }
  return bytes;
}

/** The Windows-1252 bytes 0x80–0x9F that Latin-1 would read as control characters. */
export const WINDOWS_1252_SPECIALS: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
  '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Windows-1252 bytes of `text`: ASCII, Latin-1 letters (U+00A0–U+00FF) and the 0x80–0x9F specials. */
export function windows1252(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const special = WINDOWS_1252_SPECIALS[ch];
      if (special === undefined) throw new Error(`“${ch}” has no Windows-1252 byte`);
      return special;
    }),
  );
}

/** A deterministic stream of `length` pseudo-random bytes (a linear congruential generator). */
export function randomBytes(length: number, seed = 12345): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}
