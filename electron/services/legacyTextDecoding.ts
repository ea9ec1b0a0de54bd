/**
 * Decoding a file that is not UTF-8: the encoding an HTML file declares in its `<meta charset>`,
 * or chardet's guess, decoded with iconv-lite (ISO-8859-1 and US-ASCII mean Windows-1252, as in
 * browsers: Node's own TextDecoder reads Windows-1252 as Latin-1 and loses € and curly quotes;
 * ISO-8859-15 when its € is there), accepted only when chardet is confident and the text
 * decodes without undefined bytes. Loaded by textDecoding.ts only when a file needs it, since
 * chardet and iconv-lite take a while to load.
 */
import { analyse } from 'chardet';
import { browserEncoding, canDecode, decodeLegacy } from './encodingLabels';
import { prescanHtmlCharset } from './htmlCharsetPrescan';
import type { DecodedText } from './textDecoding';
import { encodingError } from './textDecodingErrors';

/** Lowest chardet confidence (0–100) taken as sure. */
export const SURE_CONFIDENCE = 50;
/** Lowest confidence for Western European text that is mostly ASCII (short French or German notes score low). */
const WESTERN_CONFIDENCE = 20;
/** How much of a low-confidence Western text may be non-ASCII. */
const WESTERN_MAX_NON_ASCII = 0.25;
/** How many bytes chardet looks at; enough to tell, and bounded for 20 MB files. */
const DETECTION_SAMPLE_BYTES = 64 * 1024;

/** The share of characters outside ASCII. */
function nonAsciiShare(text: string): number {
  if (text.length === 0) return 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) count++;
  return count / text.length;
}

/** True when a decoded legacy text shows bytes its encoding does not define (U+FFFD) or C1 control characters. */
function hasUndefinedCharacters(text: string): boolean {
  return /[\uFFFD\u0080-\u009F]/u.test(text);
}

/** Decodes with the encoding an HTML file declares, or null to go on detecting (none, or UTF-8 that is not). */
function declaredHtmlEncoding(name: string, bytes: Uint8Array): DecodedText | null {
  const label = prescanHtmlCharset(bytes);
  if (!label) return null;
  const encoding = browserEncoding(label);
  if (encoding === 'utf-8') return null;
  if (encoding === 'utf-32' || encoding === 'x-user-defined' || encoding === 'replacement' || !canDecode(encoding)) {
    throw encodingError(name, `declares the character encoding “${label}”, which Marginalia cannot read`);
  }
  return { text: decodeLegacy(bytes, encoding), encoding };
}

/**
 * ISO-8859-15 (Latin-9) for "Windows-1252" text that holds the byte 0xA4 and no byte from
 * 0x80–0x9F: Latin-9 puts € at 0xA4, where Latin-1 and Windows-1252 have the rarely written ¤,
 * and chardet cannot tell them apart.
 */
function latin9OrNot(encoding: string, bytes: Uint8Array): string {
  if (encoding !== 'windows-1252' || !bytes.includes(0xa4)) return encoding;
  for (const b of bytes) if (b >= 0x80 && b <= 0x9f) return encoding;
  return 'iso-8859-15';
}

/** Decodes with chardet's guess when it is sure enough; otherwise refuses. */
function detectedEncoding(name: string, bytes: Uint8Array): DecodedText {
  const candidates = analyse(bytes.subarray(0, DETECTION_SAMPLE_BYTES));
  const best = candidates[0];
  if (!best || best.name === 'ASCII' || best.name.startsWith('UTF-')) {
    throw encodingError(name, "isn't UTF-8 and its character encoding could not be recognised");
  }
  const encoding = latin9OrNot(browserEncoding(best.name), bytes);
  const text = canDecode(encoding) ? decodeLegacy(bytes, encoding) : null;
  const western = encoding === 'windows-1252' || encoding === 'iso-8859-15';
  const sure =
    best.confidence >= SURE_CONFIDENCE ||
    (western && best.confidence >= WESTERN_CONFIDENCE && text !== null && nonAsciiShare(text) <= WESTERN_MAX_NON_ASCII);
  if (!sure || text === null || hasUndefinedCharacters(text)) {
    throw encodingError(name, `isn't UTF-8, and its character encoding could not be recognised for certain (it may be ${best.name}, but reading it that way could garble the text)`);
  }
  return { text, encoding };
}

/**
 * Decodes the bytes of the file called `name`, which are not UTF-8: with the encoding its
 * `<meta charset>` declares when `html` is set and it declares one, otherwise with chardet's
 * guess when it is sure. Throws a ServiceError (UNSUPPORTED_FILE) naming the file otherwise.
 */
export function decodeLegacyText(name: string, bytes: Uint8Array, options: { html?: boolean }): DecodedText {
  const declared = options.html ? declaredHtmlEncoding(name, bytes) : null;
  return declared ?? detectedEncoding(name, bytes);
}
