/**
 * Escaping that makes arbitrary text come back as exactly the same text from CommonMark
 * (markdown-it, commonmark.js) and from Obsidian, which also reads `#tags`, `$math$`,
 * `==marks==`, `%%comments%%`, `[[links]]` and `^block-ids`.
 *
 * The rules, each needed by some input:
 * - every character that can open or close inline syntax or start a block is backslash-escaped
 *   wherever it stands (`\ ` * _ [ ] < > | ~ # $ = ^`), and `%` where two or more stand together;
 *   so no emphasis, code, link, footnote, autolink, HTML, table row, heading, quote, fence,
 *   setext underline, thematic break or link reference definition can form;
 * - a line that starts with `-`, `+` or digits and `.`/`)` has that marker escaped (list items,
 *   `---` rules and underlines);
 * - `&` that would start an entity reference is escaped;
 * - whitespace that parsers strip or read as indentation (at the start or end of a line, any
 *   Unicode space) is written as a numeric character reference, and so is every tab (a tab
 *   never turns into indentation and survives editors that convert tabs);
 * - control characters other than line feed and tab are dropped (see exportableText).
 */
import { exportableText } from './exportableText';

/** Characters that can start or end inline syntax, or start a block, anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~#$=^]/g;
/** Two or more `%`: an Obsidian comment marker. */
const PERCENT_RUN = /%{2,}/g;
/** `&` that would be read as an entity reference, such as `&amp;` or `&#38;`. */
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g;
/** A list marker or rule at the start of a line: `-`, `+`, or digits followed by `.` or `)`. */
const BLOCK_MARKER = /^(?:([-+])|(\d+)([.)]))/;
/** The characters JavaScript's `trim()` and `\s` treat as whitespace (parsers trim with them). */
const WHITESPACE_CODES = new Set([9, 10, 11, 12, 13, 32, 160, 5760, 8232, 8233, 8239, 8287, 12288, 65279]);

function isWhitespace(code: number): boolean {
  return WHITESPACE_CODES.has(code) || (code >= 8192 && code <= 8202);
}

/** A character as a numeric character reference, which every parser reads back as itself. */
function characterReference(char: string): string {
  return `&#${char.codePointAt(0)};`;
}

/** Whitespace (single UTF-16 units) as numeric character references. */
function whitespaceReferences(whitespace: string): string {
  let out = '';
  for (let i = 0; i < whitespace.length; i++) out += `&#${whitespace.charCodeAt(i)};`;
  return out;
}

/** Escapes the inside of a line (no leading or trailing whitespace): syntax characters and entities. */
function escapeSyntax(core: string): string {
  return core
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(PERCENT_RUN, (run) => run.replace(/%/g, '\\%'))
    .replace(ENTITY_LIKE, '\\&')
    .replace(BLOCK_MARKER, (_m, bullet: string | undefined, digits: string, closer: string) => (bullet ? `\\${bullet}` : `${digits}\\${closer}`))
    .replace(/[\n\t]/g, characterReference);
}

/** Escapes one line of text that has already had its control characters dropped. */
function escapeCleanLine(text: string): string {
  let start = 0;
  while (start < text.length && isWhitespace(text.charCodeAt(start))) start++;
  let end = text.length;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  const core = start < end ? escapeSyntax(text.slice(start, end)) : '';
  return whitespaceReferences(text.slice(0, start)) + core + whitespaceReferences(text.slice(end));
}

/**
 * Escapes text for one line of Markdown (a heading, a label, one line of a paragraph) so it
 * renders as exactly the same text. Control characters are dropped; a line break inside it is
 * kept as a character reference rather than breaking the line.
 */
export function escapeMarkdownLine(line: string): string {
  return escapeCleanLine(exportableText(line));
}

/**
 * Escapes multi-line text as Markdown lines that read back as exactly the same text: a single
 * blank line separates paragraphs, any other line break is a hard line break (`\` at the end of
 * the line), extra blank lines are lines of a lone `\`, and line breaks before the first or after
 * the last line are character references. Empty text is one empty line. Control characters
 * other than line feed and tab are dropped.
 */
export function escapeMarkdownText(text: string): string[] {
  const lines = exportableText(text).split('\n');
  let first = 0;
  while (first < lines.length && lines[first] === '') first++;
  if (first === lines.length) return ['&#10;'.repeat(lines.length - 1)];
  let last = lines.length - 1;
  while (lines[last] === '') last--;
  const out: string[] = [];
  let blanks = 0;
  for (let i = first; i <= last; i++) {
    const line = lines[i]!;
    if (line === '') {
      blanks++;
      continue;
    }
    if (out.length > 0) {
      if (blanks === 0) out[out.length - 1] += '\\';
      else out.push('', ...Array.from({ length: blanks - 1 }, () => '\\'));
    }
    blanks = 0;
    out.push(escapeCleanLine(line));
  }
  out[0] = '&#10;'.repeat(first) + out[0]!;
  out[out.length - 1] += '&#10;'.repeat(lines.length - 1 - last);
  return out;
}

/** Prefixes each line with "> " (or ">" for blank lines) to form a block quote. */
export function toBlockQuote(lines: readonly string[]): string[] {
  return lines.map((line) => (line.length > 0 ? `> ${line}` : '>'));
}

/** Characters JSON leaves raw that YAML reads as line breaks or does not allow. */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/**
 * A YAML scalar that any YAML parser reads back as the same string: a JSON string (valid
 * YAML) with the characters YAML treats as line breaks or forbids written as `\u` escapes.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(YAML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
