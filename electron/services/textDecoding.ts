/**
 * Turning the bytes of a user's text file into text, in any encoding the app can be sure of,
 * and refusing (with a sentence saying what to do) rather than guessing wrong. In order:
 * 1. a byte-order mark: UTF-8, UTF-16 LE or BE (UTF-32 is refused);
 * 2. binary data (NUL bytes, many control characters) is refused;
 * 3. strict UTF-8 (plain ASCII is UTF-8);
 * 4. and 5., only for a file that is not UTF-8: its `<meta charset>` or chardet's guess, in
 *    legacyTextDecoding.ts, loaded when first needed, so that reading UTF-8 (and starting the
 *    command line) never loads chardet and iconv-lite.
 */
import { binaryError, encodingError } from './textDecodingErrors';

/** A file's text and the encoding it was read in. */
export interface DecodedText {
  text: string;
  /** The encoding used, as the WHATWG Encoding Standard names it (e.g. "utf-8", "windows-1252"). */
  encoding: string;
}

/** True when the bytes look binary: a NUL byte, or many control characters, near the start. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/**
 * True when the bytes look like UTF-16 saved without a byte-order mark: in most pairs of bytes
 * near the start, one byte of the same side is zero (the high byte of Latin text).
 */
export function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  const pairs = sample.length / 2;
  if (pairs < 4) return false;
  let zeroLow = 0;
  let zeroHigh = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0 && sample[i + 1] !== 0) zeroLow++;
    if (sample[i + 1] === 0 && sample[i] !== 0) zeroHigh++;
  }
  return Math.max(zeroLow, zeroHigh) >= pairs * 0.6 && Math.min(zeroLow, zeroHigh) <= pairs * 0.05;
}

/** {@link looksBinary} for decoded text (UTF-16 files, whose bytes hold NULs by design). */
export function looksBinaryText(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** The encoding a byte-order mark names, and the mark's length; null without one. */
function byteOrderMark(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32'; length: number } | null {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return { encoding: 'utf-32', length: 4 };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Strict UTF-8, or null when the bytes are not UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes UTF-16 after its byte-order mark; refuses an odd length or unpaired surrogates. */
function decodeUtf16(name: string, body: Uint8Array, bigEndian: boolean): string {
  if (body.length % 2 !== 0) throw encodingError(name, 'starts like UTF-16 text but its length is odd (it may be cut short or damaged)');
  let little = body;
  if (bigEndian) {
    little = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      little[i] = body[i + 1]!;
      little[i + 1] = body[i]!;
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(little);
  } catch {
    throw encodingError(name, 'starts like UTF-16 text but holds invalid characters (it may be damaged)');
  }
  if (looksBinaryText(text)) throw binaryError(name);
  return text;
}

/**
 * Decodes the bytes of the file called `name` (`html` when it is a web page, whose
 * `<meta charset>` is honoured), dropping any byte-order mark. Throws a ServiceError naming the
 * file: BINARY_FILE for binary data, UNSUPPORTED_FILE for an encoding it cannot be sure of.
 */
export async function decodeUserText(name: string, bytes: Uint8Array, options: { html?: boolean } = {}): Promise<DecodedText> {
  const mark = byteOrderMark(bytes);
  if (mark?.encoding === 'utf-32') throw encodingError(name, 'is UTF-32 text, which Marginalia cannot read');
  if (mark?.encoding === 'utf-16le' || mark?.encoding === 'utf-16be') {
    return { text: decodeUtf16(name, bytes.subarray(mark.length), mark.encoding === 'utf-16be'), encoding: mark.encoding };
  }
  if (looksBinary(bytes)) {
    if (looksLikeUtf16WithoutBom(bytes)) throw encodingError(name, 'looks like UTF-16 text without a byte-order mark, which cannot be read for certain');
    throw binaryError(name);
  }
  const body = mark ? bytes.subarray(mark.length) : bytes;
  const utf8 = strictUtf8(body);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  if (mark) throw encodingError(name, 'starts like UTF-8 text but holds bytes that are not UTF-8 (it may be damaged)');
  const { decodeLegacyText } = await import('./legacyTextDecoding');
  return decodeLegacyText(name, bytes, options);
}

/**
 * A best-effort reading of the start of a file, for recognising what it holds (Kindle's
 * "My Clippings.txt" is UTF-8, with or without a BOM, or UTF-16): honours a byte-order mark,
 * otherwise reads UTF-8, replacing what is not. Never throws; never used to import.
 */
export function sniffText(bytes: Uint8Array): string {
  const mark = byteOrderMark(bytes);
  if (mark?.encoding === 'utf-16le' || mark?.encoding === 'utf-16be') {
    const body = bytes.subarray(mark.length, mark.length + ((bytes.length - mark.length) & ~1));
    return new TextDecoder(mark.encoding, { ignoreBOM: true }).decode(body);
  }
  return new TextDecoder('utf-8').decode(bytes);
}
