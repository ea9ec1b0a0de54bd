/**
 * Splits possibly overlapping highlight ranges into non-overlapping segments, because
 * mark.js cannot paint overlapping ranges. Each segment knows every annotation over it.
 */
import type { Block } from '../model';

/** One highlight's resolved range in document text. */
export interface HighlightRange {
  id: string;
  start: number;
  end: number;
}

/** A maximal run of text covered by the same set of highlights. `ids` keep the input order. */
export interface Segment {
  start: number;
  end: number;
  ids: string[];
}

/**
 * Returns the segments of `ranges`, in text order. Empty ranges are ignored.
 * `ids` on each segment follow the order of `ranges`, so callers that pass ranges
 * oldest-first can treat the last id as the one painted on top.
 */
export function toSegments(ranges: readonly HighlightRange[]): Segment[] {
  // Sweep over the boundaries in order, keeping the set of ranges open at each point.
  const events: { at: number; index: number; open: boolean }[] = [];
  ranges.forEach((r, index) => {
    if (r.end <= r.start) return;
    events.push({ at: r.start, index, open: true }, { at: r.end, index, open: false });
  });
  events.sort((a, b) => a.at - b.at);
  const open = new Set<number>();
  const segments: Segment[] = [];
  for (let e = 0; e < events.length; ) {
    const at = events[e]!.at;
    for (; e < events.length && events[e]!.at === at; e++) {
      if (events[e]!.open) open.add(events[e]!.index);
      else open.delete(events[e]!.index);
    }
    const next = events[e]?.at;
    if (next === undefined || open.size === 0) continue;
    const ids = [...open].sort((a, b) => a - b).map((i) => ranges[i]!.id);
    const previous = segments[segments.length - 1];
    if (previous && previous.end === at && sameIds(previous.ids, ids)) previous.end = next;
    else segments.push({ start: at, end: next, ids });
  }
  return segments;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * Distributes segments over blocks, clipped to each block and made relative to its start.
 * The result has one entry per block index that has at least one segment.
 */
export function segmentsByBlock(blocks: readonly Block[], segments: readonly Segment[]): Map<number, Segment[]> {
  const byBlock = new Map<number, Segment[]>();
  let first = 0;
  for (const segment of segments) {
    while (first < blocks.length && blocks[first]!.end <= segment.start) first++;
    for (let b = first; b < blocks.length && blocks[b]!.start < segment.end; b++) {
      const block = blocks[b]!;
      const start = Math.max(segment.start, block.start);
      const end = Math.min(segment.end, block.end);
      if (end <= start) continue;
      const list = byBlock.get(b) ?? [];
      list.push({ start: start - block.start, end: end - block.start, ids: segment.ids });
      byBlock.set(b, list);
    }
  }
  return byBlock;
}
