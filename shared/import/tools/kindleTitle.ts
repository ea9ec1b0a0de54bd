/**
 * The first line of a Kindle clipping: `Title (Author)`. The author is the last parenthesised
 * group at the very end, so titles with parentheses of their own keep them
 * ("Dune (Deluxe Edition) (Frank Herbert)"), and an author may hold parentheses too
 * ("飘 ((美)米切尔)"), be "Last, First", or list several separated by ";".
 */

export interface KindleBook {
  title: string;
  author: string | null;
}

/** Title and author of a title line; no author when the line does not end with a balanced group, or that group is the whole line. */
export function parseKindleTitleLine(line: string): KindleBook {
  const text = line.trim();
  if (!text.endsWith(')')) return { title: text, author: null };
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(') depth--;
    if (depth !== 0) continue;
    const title = text.slice(0, i).trim();
    const author = text.slice(i + 1, -1).trim();
    return title === '' || author === '' ? { title: text, author: null } : { title, author };
  }
  return { title: text, author: null };
}
