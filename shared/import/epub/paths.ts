/**
 * Paths inside an EPUB's zip. Entry names and hrefs come from the file, so they are untrusted:
 * a name with `..`, a leading `/`, a backslash or a drive letter is never used, and an href
 * resolves only to a path that stays inside the archive.
 */

/** True when a zip entry's name is a plain relative path that stays inside the archive. */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 1024) return false;
  if (name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name) || name.includes('\0')) return false;
  return !name.split('/').some((segment) => segment === '..' || segment === '.');
}

/** The folder of an entry (`OEBPS/content.opf` → `OEBPS/`, `content.opf` → ``). */
export function folderOf(entry: string): string {
  return entry.slice(0, entry.lastIndexOf('/') + 1);
}

/**
 * Resolves `href` (percent-encoded, maybe with a `#fragment`) against the entry `base` it
 * appears in; null when it is absolute, has a scheme, or climbs out of the archive.
 */
export function resolveHref(base: string, href: string): string | null {
  const withoutFragment = href.split('#')[0]!.split('?')[0]!;
  if (withoutFragment === '' || /^[A-Za-z][\w+.-]*:/.test(withoutFragment) || withoutFragment.startsWith('/') || withoutFragment.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(withoutFragment);
  } catch {
    return null;
  }
  const segments = folderOf(base).split('/').filter((s) => s !== '');
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  const resolved = segments.join('/');
  return resolved && isSafeEntryName(resolved) ? resolved : null;
}
