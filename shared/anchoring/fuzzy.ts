/**
 * Bounded approximate search for a quote. approx-string-match is only ever run on small windows:
 * one around the position hint, and a few around places where a piece of the quote occurs
 * exactly (found through the GramIndex). Never over the whole text, so a quote that is gone
 * costs a few look-ups, not a scan of the document per error budget.
 */
import search from 'approx-string-match';
import { GRAM, type GramIndex } from './gramIndex';

/** An approximate occurrence `[start, end)` of a quote with its edit count. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * One place where approximate matches overlap (approx-string-match reports each end with the
 * fewest errors separately): the span of their starts and of their ends, and those errors.
 */
export interface ApproxPlace {
  starts: [number, number];
  ends: [number, number];
  errors: number;
}

/** Most pieces of a long quote looked up. */
const MAX_PIECES = 24;
/** A piece found more often than this is too common to say where the quote is. */
const MAX_PIECE_HITS = 64;
/** Most places around which the whole quote is then searched approximately. */
const MAX_SEEDS = 12;

/** `text[from, to)` with `[s, s + length)` masked for each of the ascending `starts`, so a search looks past those copies. */
function masked(text: string, from: number, to: number, starts: readonly number[], length: number): string {
  let out = '';
  let at = from;
  for (const s of starts) {
    if (s >= to) break;
    if (s + length <= at) continue;
    const a = Math.max(at, s);
    const b = Math.min(to, s + length);
    out += text.slice(at, a) + '\u0000'.repeat(b - a);
    at = b;
  }
  return out + text.slice(at, to);
}

/**
 * The places where `needle` matches `text[from, to)` with the fewest edits (at most
 * `maxErrors`), looking past the exact copies at `exactStarts` (approx-string-match returns
 * only the lowest-error matches, and those copies are ranked on their own).
 */
export function approxIn(text: string, needle: string, from: number, to: number, maxErrors: number, exactStarts: readonly number[]): ApproxPlace[] {
  const a = Math.max(0, from);
  const b = Math.min(text.length, to);
  if (b - a < needle.length - maxErrors) return [];
  const window = masked(text, a, b, exactStarts, needle.length);
  const places: ApproxPlace[] = [];
  for (const m of search(window, needle, maxErrors)) {
    const [start, end] = [m.start + a, m.end + a];
    const last = places[places.length - 1];
    if (last && start < last.ends[1]) {
      last.starts = [Math.min(last.starts[0], start), Math.max(last.starts[1], start)];
      last.ends[1] = end;
    } else places.push({ starts: [start, start], ends: [end, end], errors: m.errors });
  }
  return places;
}

/** True when the ascending `sorted` has a value in `[low, high]`. */
function anyWithin(sorted: readonly number[], low: number, high: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < low) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! <= high;
}

/** Offsets of the GRAM-long pieces of `needle` that are looked up: end to end, evenly thinned. */
function pieceOffsets(length: number): number[] {
  const count = Math.floor(length / GRAM);
  const take = Math.min(count, MAX_PIECES);
  return Array.from({ length: take }, (_, k) => Math.floor((k * count) / take) * GRAM);
}

/**
 * Windows `[from, to)` where `needle` may occur with up to `maxErrors` edits, far from any
 * hint: places where one of its pieces occurs exactly, grouped by the start they imply and
 * ordered by how many (and how rare) pieces agree, then by nearness to `hint`. Places of the
 * exact copies at `exactStarts` are left out.
 */
export function seedWindows(
  index: GramIndex,
  needle: string,
  maxErrors: number,
  exactStarts: readonly number[],
  hint: number | null,
): Array<[number, number]> {
  // Each place a piece occurs votes for the start it implies; a rarer piece's vote weighs more.
  const votes: Array<{ start: number; weight: number }> = [];
  for (const offset of pieceOffsets(needle.length)) {
    const hits = index.positionsOf(needle, offset, MAX_PIECE_HITS) ?? [];
    for (const p of hits) votes.push({ start: p - offset, weight: 1 / hits.length });
  }
  votes.sort((x, y) => x.start - y.start);
  const groups: Array<{ from: number; to: number; votes: number }> = [];
  for (const { start, weight } of votes) {
    const last = groups[groups.length - 1];
    if (last && start - last.to <= maxErrors + 1) {
      last.to = start;
      last.votes += weight;
    } else groups.push({ from: start, to: start, votes: weight });
  }
  const distance = (g: { from: number }) => (hint === null ? 0 : Math.abs(g.from - hint));
  return groups
    .filter((g) => !anyWithin(exactStarts, g.from - maxErrors - 1, g.to + maxErrors + 1))
    .sort((x, y) => y.votes - x.votes || distance(x) - distance(y))
    .slice(0, MAX_SEEDS)
    .map((g) => [g.from - maxErrors, g.to + needle.length + maxErrors]);
}
