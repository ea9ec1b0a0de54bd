/**
 * Inline marks while a block's text is read: emphasis, links and code spans found in the
 * source's markup, as runs of the block's own text. Marks are tidied so that the same text
 * always gets the same marks, however the markup nested them.
 */
import { INLINE_MARK_KINDS, type InlineMarkKind } from '../model';

/** A mark on a block's text before the block has its place in the document: offsets into the block. */
export interface DraftMark {
  kind: InlineMarkKind;
  start: number;
  end: number;
  href?: string;
}

const KIND_ORDER = new Map<InlineMarkKind, number>(INLINE_MARK_KINDS.map((kind, i) => [kind, i]));

/** How two marks covering the same text nest, by kind: the smaller comes outside (links outermost). */
export function markNesting(a: Pick<DraftMark, 'kind'>, b: Pick<DraftMark, 'kind'>): number {
  return KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!;
}

/** Most marks one block keeps; the reader shows no more, so an import keeps no more. */
export const MAX_MARKS_PER_BLOCK = 5000;

/**
 * Tidies a block's marks as read from markup: each is cut to `[0, length)` and trimmed of
 * spaces at its ends (a space is never styled alone); empty ones go; then {@link mergeMarks},
 * also joining two of one style split only by a space. At most {@link MAX_MARKS_PER_BLOCK}.
 */
export function tidyMarks(marks: readonly DraftMark[], text: string): DraftMark[] {
  const trimmed: DraftMark[] = [];
  for (const mark of marks) {
    let start = Math.max(0, mark.start);
    let end = Math.min(text.length, mark.end);
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    if (end > start) trimmed.push(mark.href === undefined ? { kind: mark.kind, start, end } : { kind: mark.kind, start, end, href: mark.href });
  }
  return mergeMarks(trimmed, text).slice(0, MAX_MARKS_PER_BLOCK);
}

/**
 * Merges marks of the same style that overlap or touch into one (nested `<em><em>` is one
 * emphasis; with `text`, two split only by a space too), and drops a link that overlaps an
 * earlier one (links cannot nest). The result is sorted by start, then by kind, and no two
 * marks of one kind overlap, so showing it costs at most one element per kind for any run of
 * text. Linear after the sort, whatever the
 * marks: deeply nested markup or a stranger's packet cannot make it slow.
 */
export function mergeMarks(marks: readonly DraftMark[], text?: string): DraftMark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || markNesting(a, b) || (a.href ?? '').localeCompare(b.href ?? ''));
  const merged: DraftMark[] = [];
  // The last mark kept of each kind but links, which a later one of the same kind may extend.
  const lastOfKind = new Map<InlineMarkKind, DraftMark>();
  // The last link kept: a later link extends it (same address) or must start after it.
  let lastLink: DraftMark | null = null;
  const touches = (last: DraftMark, mark: DraftMark) => mark.start <= last.end || (text !== undefined && mark.start === last.end + 1 && text[last.end] === ' ');
  for (const mark of sorted) {
    if (mark.kind === 'link') {
      if (lastLink && lastLink.href === mark.href && touches(lastLink, mark)) {
        lastLink.end = Math.max(lastLink.end, mark.end);
        continue;
      }
      if (lastLink && mark.start < lastLink.end) continue;
      lastLink = { ...mark };
      merged.push(lastLink);
      continue;
    }
    const last = lastOfKind.get(mark.kind);
    if (last && touches(last, mark)) {
      last.end = Math.max(last.end, mark.end);
      continue;
    }
    const kept = { ...mark };
    merged.push(kept);
    lastOfKind.set(mark.kind, kept);
  }
  return merged;
}
