/**
 * Settles where an approximate match of a quote starts and ends, using the recorded context:
 * approx-string-match reports the ends with fewest errors, which can leave a changed word at
 * the quote's edge outside the match.
 */
import { cutCosts } from './align';
import type { ApproxMatch, ApproxPlace } from './fuzzy';

/** Characters of the quote's edge compared when settling a match's ends. */
const EDGE = 32;
/** Farthest an end may move when settled (a changed word's worth). */
const SETTLE_SLACK = 16;

/**
 * The cut in `[span[0] - slack, span[1] + slack]` (and in `[low, high]`) where `before` ending
 * there and `after` starting there align with the fewest edits. On a tie, the one where the
 * recorded context (`before` when `contextBefore`, else `after`) fits best, since the edits are
 * presumed to be in the quote, then the one nearest the span.
 */
function cheapestCut(
  text: string,
  span: [number, number],
  slack: number,
  [before, after]: [string, string],
  contextBefore: boolean,
  [low, high]: [number, number],
): number {
  const from = Math.max(0, span[0] - slack - before.length - (before.length >> 2) - 2);
  const to = Math.min(text.length, span[1] + slack + after.length + (after.length >> 2) + 2);
  const { ending, starting } = cutCosts(before, after, text, from, to);
  const rank = (cut: number) => {
    const k = cut - from;
    return [ending[k]! + starting[k]!, contextBefore ? ending[k]! : starting[k]!, Math.max(0, span[0] - cut, cut - span[1])];
  };
  let best = -1;
  let bestRank: number[] = [];
  for (let cut = Math.max(low, from, span[0] - slack); cut <= Math.min(high, to, span[1] + slack); cut++) {
    const r = rank(cut);
    if (best === -1 || r[0]! < bestRank[0]! || (r[0] === bestRank[0] && (r[1]! < bestRank[1]! || (r[1] === bestRank[1] && r[2]! < bestRank[2]!)))) {
      [best, bestRank] = [cut, r];
    }
  }
  return best === -1 ? Math.min(Math.max(span[0], low), high) : best;
}

/**
 * Settles where an approximate match starts and ends. approx-string-match reports the ends with
 * the fewest errors and a start to suit, which can cut a changed word at the quote's edge out
 * of the match. Each end goes, within SETTLE_SLACK characters of what was reported, to where
 * the recorded context on that side and the quote's edge, aligned across it, cost the fewest
 * edits together.
 */
export function settleEdges(text: string, place: ApproxPlace, needle: string, prefix: string, suffix: string): ApproxMatch {
  const slack = place.errors === 0 ? 0 : Math.min(SETTLE_SLACK, needle.length >> 1);
  const start = cheapestCut(text, place.starts, slack, [prefix, needle.slice(0, EDGE)], true, [0, place.ends[1] - 1]);
  const end = cheapestCut(text, place.ends, slack, [needle.slice(-EDGE), suffix], false, [start + 1, text.length]);
  return { start, end, errors: place.errors };
}
