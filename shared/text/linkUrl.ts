/**
 * Which link addresses a document may carry. A link from an untrusted page is kept only when it
 * points at the web or at an e-mail address: `javascript:`, `data:`, `file:`, relative and
 * in-page addresses are never stored, shown as links or opened.
 */

/** Schemes a document's link may use. */
export const LINK_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

/** The longest link address kept (longer ones are dropped; browsers cap near here too). */
export const MAX_LINK_LENGTH = 2048;

/**
 * The normalised form of a link address when it is safe to show and offer to open, else null.
 * `base` (an absolute http(s) address, e.g. a page's `<base href>`) resolves relative ones.
 * Addresses with a user name or password are refused: `https://bank.example@evil.example/`
 * reads as one site and goes to another. A `mailto:` address keeps only its subject and body,
 * and is refused when its recipients hide characters or cannot be decoded.
 */
export function safeLinkUrl(raw: string, base?: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, safeLinkUrl(base) ?? undefined);
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.includes(url.protocol)) return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.protocol === 'mailto:') return safeMailto(url);
  if (url.hostname === '') return null;
  return url.href.length <= MAX_LINK_LENGTH ? url.href : null;
}

/** The only `mailto:` fields kept: others (`attach=`, `bcc=`) could make a mail program send more than the reader sees. */
const MAILTO_FIELDS = ['subject', 'body'];

/** Control and invisible formatting characters (line breaks, right-to-left overrides): never part of an address shown to a person. */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}]/u;

/** The recipients of a `mailto:` address, decoded; null when they cannot be decoded. */
export function mailtoRecipients(href: string): string | null {
  try {
    return decodeURIComponent(new URL(href).pathname);
  } catch {
    return null;
  }
}

/**
 * A `mailto:` address with recipients that read as they are (no hidden characters, decodable),
 * keeping only the subject and body fields; null otherwise.
 */
function safeMailto(url: URL): string | null {
  const recipients = mailtoRecipients(url.href);
  if (recipients === null || HIDDEN_CHARACTERS.test(recipients)) return null;
  const fields: string[] = [];
  for (const [name, value] of url.searchParams) {
    if (MAILTO_FIELDS.includes(name.toLowerCase())) fields.push(`${name.toLowerCase()}=${encodeURIComponent(value)}`);
  }
  const href = `mailto:${url.pathname}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
  return href.length <= MAX_LINK_LENGTH ? href : null;
}

/** True when `href` is already a safe link address in its normalised form. */
export function isSafeLinkUrl(href: string): boolean {
  return safeLinkUrl(href) === href;
}
