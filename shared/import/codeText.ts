/**
 * The text of a code block (an HTML `<pre>` or a Markdown code block): its lines are kept as
 * written, but canonical text separates blocks with a blank line, so a block may not hold one.
 */

/** True when a line holds nothing but whitespace. */
function isBlank(line: string): boolean {
  return line.trim() === '';
}

/**
 * Keeps the lines of a code block: blank lines before the first and after the last line of
 * code are dropped, trailing whitespace at the end is trimmed, and each run of blank lines
 * inside becomes one line holding a single space. Indentation is kept. Linear in the length
 * (no regular expression that could backtrack over long runs of spaces).
 */
export function codeBlockText(raw: string): string {
  const lines = raw.split('\n');
  let first = 0;
  while (first < lines.length && isBlank(lines[first]!)) first++;
  let last = lines.length - 1;
  while (last >= first && isBlank(lines[last]!)) last--;
  const kept: string[] = [];
  let previousBlank = false;
  for (let i = first; i <= last; i++) {
    const line = lines[i]!;
    const blank = isBlank(line);
    if (blank && !previousBlank) kept.push(' ');
    else if (!blank) kept.push(i === last ? line.trimEnd() : line);
    previousBlank = blank;
  }
  return kept.join('\n');
}

/** Collapses every run of whitespace to one space and trims the ends: how prose is read. */
export function proseText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}
