/**
 * Splitting Kindle's `My Clippings.txt` into its clippings: each ends with a line of ten
 * equals signs. Kindle writes CRLF or LF, and a byte-order mark not only at the start of the
 * file but often at the start of a clipping (it appends to the file with a fresh one), so
 * every line loses its leading marks before it is looked at.
 */

/** One clipping as written: its number in the file (1-based, empty ones not counted) and its lines, blank ones at the start dropped. */
export interface KindleRawEntry {
  number: number;
  lines: string[];
}

const SEPARATOR = '==========';
const LEADING_BOMS = /^\uFEFF+/;

/** The clippings of `text`, in file order; trailing spaces after a separator are tolerated. Linear in the length of `text`. */
export function splitKindleEntries(text: string): KindleRawEntry[] {
  const entries: KindleRawEntry[] = [];
  let lines: string[] = [];
  const finish = () => {
    if (lines.length > 0) entries.push({ number: entries.length + 1, lines });
    lines = [];
  };
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(LEADING_BOMS, '');
    if (line.trimEnd() === SEPARATOR) {
      finish();
    } else if (lines.length > 0 || line.trim() !== '') {
      lines.push(line);
    }
  }
  finish();
  return entries;
}
