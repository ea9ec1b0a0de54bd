/**
 * Edit-distance alignments of short strings (a quote's context, a quote's edge) against a
 * stretch of text: the dynamic-programming table's last row, one pass, typed arrays.
 */

/** Character codes of `s[from, to)`, last first when `backwards`. */
function codes(s: string, from: number, to: number, backwards: boolean): Int32Array {
  const out = new Int32Array(Math.max(0, to - from));
  for (let k = 0; k < out.length; k++) out[k] = s.charCodeAt(backwards ? to - 1 - k : from + k);
  return out;
}

/**
 * The last row of the edit-distance table of `pattern` against `text`: `row[j]` is the fewest
 * edits turning `pattern` into `text[x, j)`, with `x` = 0 when `anchored`, else the best `x`.
 */
function lastRow(pattern: Int32Array, text: Int32Array, anchored: boolean): Int32Array {
  const n = text.length;
  const row = new Int32Array(n + 1);
  if (anchored) for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= pattern.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    const c = pattern[i - 1]!;
    for (let j = 1; j <= n; j++) {
      const above = row[j]!;
      const replace = diagonal + (text[j - 1] === c ? 0 : 1);
      const drop = (above < row[j - 1]! ? above : row[j - 1]!) + 1;
      row[j] = replace < drop ? replace : drop;
      diagonal = above;
    }
  }
  return row;
}

/**
 * Edit distance between `expected` and the text that touches position `at` of `text`:
 * read forwards from `at` when `direction` is 1 (a suffix), or backwards from `at` when it is
 * -1 (a prefix, compared from its last character). The side next to `at` is fixed and the far
 * side is free, so one character inserted, deleted or changed next to a quote costs 1, not the
 * whole context.
 */
export function edgeDistance(expected: string, text: string, at: number, direction: 1 | -1): number {
  const m = expected.length;
  if (m === 0) return 0;
  const reach = m + (m >> 2) + 2;
  const window =
    direction === 1 ? codes(text, at, Math.min(text.length, at + reach), false) : codes(text, Math.max(0, at - reach), at, true);
  const row = lastRow(codes(expected, 0, m, direction === -1), window, true);
  let best = m;
  for (let j = 0; j < row.length; j++) if (row[j]! < best) best = row[j]!;
  return best;
}

/**
 * For each cut `c` of `text[from, to)`, the fewest edits aligning `before` so that it ends at
 * `c` (`ending[c - from]`) and aligning `after` so that it starts at `c` (`starting[c - from]`),
 * their far ends free. Their sum is the cost of placing the boundary between two strings, such
 * as a prefix and the start of a quote, at `c`.
 */
export function cutCosts(before: string, after: string, text: string, from: number, to: number): { ending: Int32Array; starting: Int32Array } {
  const ending = lastRow(codes(before, 0, before.length, false), codes(text, from, to, false), false);
  const reversed = lastRow(codes(after, 0, after.length, true), codes(text, from, to, true), false);
  return { ending, starting: reversed.reverse() };
}
