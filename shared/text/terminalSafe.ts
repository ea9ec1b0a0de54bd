/**
 * Text made safe to print on a terminal. Titles, notes and file names come from untrusted
 * files: an escape sequence in them could rewrite the screen, change the window title or hide
 * what a command really did, and a bidi override could make one name read as another.
 */

/**
 * C0 and C1 control characters (ESC, BEL, CR, …) except line feed and tab, DEL, and the
 * format characters that reorder or hide text (bidi embeddings, overrides and isolates,
 * zero-width spaces, the BOM, the line and paragraph separators).
 */
const UNSAFE = /(?![\n\t])[\p{Cc}\u061c\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/gu;

/** Shows each unsafe character as a visible `\u{…}` escape; everything else is kept. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** One value for a tab-separated line: {@link terminalSafe}, with tabs and line breaks shown as spaces. */
export function terminalField(text: string): string {
  return terminalSafe(text.replace(/[\t\n]+/gu, ' '));
}
