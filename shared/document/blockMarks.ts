/**
 * A block's inline marks as the views show them: offsets into the block's own text, cut to the
 * block, links only with safe addresses, merged so that no two of one kind overlap, and no
 * more than a block may keep (styling is never worth a slow page).
 */
import type { Block, InlineMark } from '../model';
import { markNesting, mergeMarks, MAX_MARKS_PER_BLOCK } from '../import/inlineMarks';
import { isSafeLinkUrl } from '../text/linkUrl';

/** The block's marks relative to its start, cut to it; unusable ones left off. */
export function blockMarks(block: Block): InlineMark[] {
  const length = block.end - block.start;
  const marks: InlineMark[] = [];
  for (const mark of block.marks ?? []) {
    const start = Math.max(0, mark.start - block.start);
    const end = Math.min(length, mark.end - block.start);
    if (end <= start || (mark.kind === 'link') !== (mark.href !== undefined) || (mark.href !== undefined && !isSafeLinkUrl(mark.href))) continue;
    marks.push({ ...mark, start, end });
  }
  // Marks from a stranger's packet may overlap in any way: merged, one element per kind is
  // enough for any run of text, so showing them stays linear.
  return mergeMarks(marks).slice(0, MAX_MARKS_PER_BLOCK);
}

/** One run of a block's text and the marks over all of it, outermost first (indices into the marks). */
export interface MarkedRun {
  start: number;
  end: number;
  marks: number[];
}

/**
 * Cuts `[0, length)` at every mark edge and at `extraCuts`, giving each run the marks that
 * cover it, in nesting order. A sweep over the sorted edges: linear in the runs times the
 * marks open at once.
 */
export function markedRuns(marks: readonly InlineMark[], length: number, extraCuts: Iterable<number> = []): MarkedRun[] {
  const cuts = new Set<number>([0, length]);
  for (const mark of marks) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  for (const cut of extraCuts) if (cut > 0 && cut < length) cuts.add(cut);
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = marks.map((_, i) => i).sort((a, b) => marks[a]!.start - marks[b]!.start);
  const runs: MarkedRun[] = [];
  let active: number[] = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const start = points[p]!;
    const end = points[p + 1]!;
    active = active.filter((i) => marks[i]!.end > start);
    while (next < byStart.length && marks[byStart[next]!]!.start <= start) active.push(byStart[next++]!);
    const covering = active.filter((i) => marks[i]!.end >= end).sort((a, b) => markNesting(marks[a]!, marks[b]!) || a - b);
    runs.push({ start, end, marks: covering });
  }
  return runs;
}
