/**
 * HTML text from untrusted strings. Every title, note, tag, name and passage in a handout comes
 * from a document or an annotation someone else may have written, so each one goes through
 * here and can only ever show as the same literal text.
 */

/** C0 and C1 control characters except tab and line feed, and DEL: they have no place in a page. */
const CONTROL = /(?![\t\n])\p{Cc}/gu;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Half of a surrogate pair without its other half: not a character, and not valid UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes control characters (carriage returns too: a piece of text may end between a CR and
 * its LF) and shows a lone half of a surrogate pair as U+FFFD, so the page is always valid UTF-8.
 */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Escapes `& < > " '` and drops control characters, so the result is safe both as element
 * text and inside a double- or single-quoted attribute value.
 */
export function escapeHtml(text: string): string {
  return withoutControls(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Escaped text with each line break as `<br>`, for text inside one paragraph. */
export function escapeLines(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

/**
 * Escaped multi-line text (a note, instructions) as `<p>` paragraphs: any line ending counts,
 * blank lines separate paragraphs, a single line break stays a line break. Blank text gives no
 * paragraphs. `className` is the handout's own class name, never untrusted text.
 */
export function escapeParagraphs(text: string, className?: string): string {
  const open = className ? `<p class="${className}">` : '<p>';
  return withoutControls(text.replace(/\r\n?/g, '\n'))
    .split(/\n[ \t]*\n\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `${open}${escapeLines(p)}</p>`)
    .join('');
}
