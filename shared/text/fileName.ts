/**
 * File names made from titles: safe on Windows, macOS and Linux, never empty, never a device
 * name, at most 80 UTF-16 code units (under 255 bytes in UTF-8) before the extension, and cut
 * only between code points.
 */

const MAX_UNITS = 80;
/** Characters no common file system accepts, plus those that break Markdown links and wiki links. */
const FORBIDDEN = /[\\/:*?"<>|#^[\]\p{Cc}]+/gu;
/** Invisible format characters (bidi overrides, zero-width marks, BOM) that can disguise a name. */
const FORMAT = /\p{Cf}+/gu;
/** Device names Windows reserves, with or without an extension ("nul.txt" is reserved too). */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(?:\.|$)/iu;

/** Cuts `text` to at most `max` UTF-16 code units without splitting a surrogate pair. */
function cutAtCodePoint(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** A file-name-safe version of `title`, without extension. */
export function fileBaseName(title: string): string {
  const cleaned = title.normalize('NFC').replace(FORMAT, '').replace(FORBIDDEN, ' ').replace(/\s+/gu, ' ').trim().replace(/^\.+/u, '');
  // Windows drops trailing dots and spaces, so two names differing only there would collide.
  const safe = cutAtCodePoint(cleaned, MAX_UNITS).replace(/[. ]+$/u, '');
  if (safe.length === 0) return 'Untitled';
  return WINDOWS_RESERVED.test(safe) ? `_${safe}` : safe;
}

/** The key two file names collide on, on case-insensitive, normalising file systems (Windows, macOS). */
function collisionKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** `fileBaseName(title).extension`, numbered "(2)", "(3)", … to be unique among `taken` (which it updates). */
export function uniqueFileName(title: string, extension: string, taken: Set<string>): string {
  const base = fileBaseName(title);
  const keys = new Set([...taken].map(collisionKey));
  let name = `${base}.${extension}`;
  for (let n = 2; keys.has(collisionKey(name)); n++) name = `${base} (${n}).${extension}`;
  taken.add(collisionKey(name));
  return name;
}
