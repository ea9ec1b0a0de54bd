/**
 * The character encoding an HTML file declares in its first 1024 bytes (`<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`), found the way browsers do it
 * before decoding: the WHATWG "prescan a byte stream" algorithm, simplified. Every step moves
 * forward through the bytes, so the scan is linear and bounded by the 1024-byte window.
 */

/** How many bytes browsers look at for a declared encoding. */
export const PRESCAN_BYTES = 1024;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const BANG = 0x21;
const QUESTION = 0x3f;

function isSpace(b: number): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
}

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

function lower(b: number): number {
  return b >= 0x41 && b <= 0x5a ? b + 0x20 : b;
}

/** True when `bytes` at `at` spells `word` (ASCII, any case). */
function startsWith(bytes: Uint8Array, at: number, word: string): boolean {
  if (at + word.length > bytes.length) return false;
  for (let i = 0; i < word.length; i++) if (lower(bytes[at + i]!) !== word.charCodeAt(i)) return false;
  return true;
}

/** Index just past the next `>` at or after `from` (or the end). */
function skipPastGreaterThan(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length && bytes[i] !== GT) i++;
  return Math.min(i + 1, bytes.length);
}

interface Attribute {
  name: string;
  value: string;
  next: number;
}

/** Reads one attribute starting at `at` (the WHATWG "get an attribute" steps, simplified); null at `>` or the end. */
function readAttribute(bytes: Uint8Array, at: number): Attribute | null {
  let i = at;
  while (i < bytes.length && (isSpace(bytes[i]!) || bytes[i] === SLASH)) i++;
  if (i >= bytes.length || bytes[i] === GT) return null;
  let name = '';
  while (i < bytes.length && !isSpace(bytes[i]!) && bytes[i] !== EQUALS && bytes[i] !== GT && bytes[i] !== SLASH) {
    name += String.fromCharCode(lower(bytes[i]!));
    i++;
  }
  while (i < bytes.length && isSpace(bytes[i]!)) i++;
  if (bytes[i] !== EQUALS) return { name, value: '', next: i };
  i++;
  while (i < bytes.length && isSpace(bytes[i]!)) i++;
  let value = '';
  const quote = bytes[i];
  if (quote === 0x22 || quote === 0x27) {
    i++;
    while (i < bytes.length && bytes[i] !== quote) value += String.fromCharCode(lower(bytes[i++]!));
    i++;
  } else {
    while (i < bytes.length && !isSpace(bytes[i]!) && bytes[i] !== GT) value += String.fromCharCode(lower(bytes[i++]!));
  }
  return { name, value, next: i };
}

/**
 * The encoding label in a Content-Type value such as `text/html; charset=iso-8859-1` (the
 * WHATWG "extract a character encoding from a meta element" steps), or null.
 */
export function charsetFromContentType(content: string): string | null {
  const at = content.toLowerCase().indexOf('charset');
  if (at < 0) return null;
  const rest = content.slice(at + 'charset'.length).trimStart();
  if (!rest.startsWith('=')) return charsetFromContentType(rest);
  const value = rest.slice(1).trimStart();
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const end = value.indexOf(quote, 1);
    return end > 1 ? value.slice(1, end).trim() : null;
  }
  const label = value.split(/[\s;]/, 1)[0] ?? '';
  return label || null;
}

/** The charset a `<meta>` tag's attributes declare, or null; `at` is just past `<meta`. */
function metaCharset(bytes: Uint8Array, at: number): { label: string | null; next: number } {
  let i = at;
  let charset: string | null = null;
  let content: string | null = null;
  let httpEquivContentType = false;
  const seen = new Set<string>();
  for (let attribute = readAttribute(bytes, i); attribute; attribute = readAttribute(bytes, i)) {
    i = Math.max(attribute.next, i + 1);
    if (seen.has(attribute.name)) continue;
    seen.add(attribute.name);
    if (attribute.name === 'charset') charset = attribute.value.trim();
    else if (attribute.name === 'content') content = attribute.value;
    else if (attribute.name === 'http-equiv') httpEquivContentType = attribute.value.trim() === 'content-type';
  }
  const next = skipPastGreaterThan(bytes, i);
  if (charset) return { label: charset, next };
  if (httpEquivContentType && content) return { label: charsetFromContentType(content), next };
  return { label: null, next };
}

/**
 * The encoding label an HTML file declares in its first {@link PRESCAN_BYTES} bytes, lower
 * case and as written (for example "iso-8859-1"), or null when it declares none. Comments,
 * other tags and processing instructions are skipped, as browsers do.
 */
export function prescanHtmlCharset(allBytes: Uint8Array): string | null {
  const bytes = allBytes.subarray(0, PRESCAN_BYTES);
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] !== LT) {
      i++;
      continue;
    }
    if (startsWith(bytes, i, '<!--')) {
      const end = findSequence(bytes, i + 4, '-->');
      i = end < 0 ? bytes.length : end + 3;
    } else if (startsWith(bytes, i, '<meta') && (isSpace(bytes[i + 5] ?? 0) || bytes[i + 5] === SLASH)) {
      const { label, next } = metaCharset(bytes, i + 5);
      if (label) return label;
      i = next;
    } else if (isAsciiLetter(bytes[i + 1] ?? 0) || (bytes[i + 1] === SLASH && isAsciiLetter(bytes[i + 2] ?? 0))) {
      // Another tag: skip its name and attributes.
      let j = i + 1;
      while (j < bytes.length && !isSpace(bytes[j]!) && bytes[j] !== GT) j++;
      for (let attribute = readAttribute(bytes, j); attribute; attribute = readAttribute(bytes, j)) j = Math.max(attribute.next, j + 1);
      i = skipPastGreaterThan(bytes, j);
    } else if (bytes[i + 1] === BANG || bytes[i + 1] === SLASH || bytes[i + 1] === QUESTION) {
      i = skipPastGreaterThan(bytes, i + 1);
    } else {
      i++;
    }
  }
  return null;
}

/** Index of `sequence` in `bytes` at or after `from`, or -1. */
function findSequence(bytes: Uint8Array, from: number, sequence: string): number {
  for (let i = from; i + sequence.length <= bytes.length; i++) if (startsWith(bytes, i, sequence)) return i;
  return -1;
}
