/**
 * Escaping that makes arbitrary text render as the same literal text in CommonMark
 * (and in Obsidian, which also reads `#tag`, `$math$` and `==marks==`).
 */

/** Characters that can start or end inline syntax anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~#$=]/g;
/** `&` that would be read as an entity reference, such as `&amp;` or `&#38;`. */
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g;
/** Line starts that open a block: list markers, numbered items, block quotes, headings, rules. */
const BLOCK_START = /^(\s*)([-+]|\d{1,9}[.)])(?=\s|$)/;

/** Escapes one line so that it renders literally inside a paragraph. */
export function escapeMarkdownLine(line: string): string {
  let escaped = line.replace(INLINE_SPECIAL, (c) => `\\${c}`).replace(ENTITY_LIKE, '\\&');
  escaped = escaped.replace(BLOCK_START, (_m, space: string, marker: string) => {
    const guarded = /^\d/.test(marker) ? marker.replace(/([.)])$/, '\\$1') : `\\${marker}`;
    return space + guarded;
  });
  // Leading spaces would be stripped or start an indented code block; keep them as entities.
  return escaped.replace(/^ +/, (spaces) => '&#32;'.repeat(spaces.length)).replace(/\s+$/, '');
}

/**
 * Escapes multi-line text as Markdown paragraphs: blank lines separate paragraphs and a
 * single newline becomes a hard line break, so the rendered text keeps its line structure.
 */
export function escapeMarkdownText(text: string): string[] {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.split('\n').map(escapeMarkdownLine).filter((l) => l.length > 0))
    .filter((lines) => lines.length > 0);
  const out: string[] = [];
  paragraphs.forEach((lines, i) => {
    if (i > 0) out.push('');
    lines.forEach((line, j) => out.push(j < lines.length - 1 ? `${line}\\` : line));
  });
  return out;
}

/** Prefixes each line with "> " (or ">" for blank lines) to form a block quote. */
export function toBlockQuote(lines: readonly string[]): string[] {
  return lines.map((line) => (line.length > 0 ? `> ${line}` : '>'));
}

/**
 * Turns a tag into an Obsidian-compatible `#tag`: whitespace becomes "-", characters
 * Obsidian does not allow in tags become "_", and an all-digit tag gets a leading "_".
 */
export function toHashtag(tag: string): string {
  let safe = tag.trim().replace(/\s+/gu, '-').replace(/[^\p{L}\p{N}_\-/]/gu, '_');
  if (/^[\d/]*$/u.test(safe)) safe = `_${safe}`;
  return `#${safe}`;
}

/** A YAML scalar that any YAML parser reads back as the same string (JSON is valid YAML). */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}
