/**
 * Encoding names as files and detectors spell them, mapped to the encoding a browser would
 * really use (the WHATWG Encoding Standard's label table, for the labels that matter here):
 * ISO-8859-1, Latin-1 and US-ASCII mean Windows-1252, ISO-8859-9 means Windows-1254, and a
 * UTF-16 label inside an HTML file means UTF-8 (the bytes were already read as ASCII to find it).
 */
import iconv from 'iconv-lite';

const BROWSER_ENCODING: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  iso_8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'ansi_x3.4-1968': 'windows-1252',
  cp1252: 'windows-1252',
  cp819: 'windows-1252',
  ibm819: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  latin5: 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  unicode: 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'x-gbk': 'gb18030',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  ms932: 'shift_jis',
  'windows-31j': 'shift_jis',
};

/** The encoding a browser uses for `label` (lower case, trimmed), e.g. "latin1" → "windows-1252". */
export function browserEncoding(label: string): string {
  const name = label.trim().toLowerCase();
  return BROWSER_ENCODING[name] ?? name;
}

/** True when iconv-lite can decode `encoding`. */
export function canDecode(encoding: string): boolean {
  return iconv.encodingExists(encoding);
}

/** Decodes `bytes` as `encoding` with iconv-lite; bytes the encoding does not define become U+FFFD. */
export function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}
