/**
 * File names made from titles: safe on Windows, macOS and Linux, never empty, at most 80
 * characters before the extension.
 */

/** A file-name-safe version of `title`, without extension. */
export function fileBaseName(title: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|#^[\]\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return safe.length > 0 ? safe : 'Untitled';
}

/** `fileBaseName(title).extension`, numbered "(2)", "(3)", … to be unique among `taken` (which it updates). */
export function uniqueFileName(title: string, extension: string, taken: Set<string>): string {
  const base = fileBaseName(title);
  let name = `${base}.${extension}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).${extension}`;
  taken.add(name.toLowerCase());
  return name;
}
