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

/**
 * Tidies a block's marks: each is cut to `[0, length)` and trimmed of spaces at its ends (a
 * space is never styled alone); empty ones go; marks of the same style that overlap or touch
 * become one, as do two split only by a space (nested `<em><em>` is one emphasis). Sorted by start, then by kind. Linear after
 * the sort, so deeply nested markup cannot make it slow.
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
  trimmed.sort((a, b) => a.start - b.start || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || (a.href ?? '').localeCompare(b.href ?? ''));
  const merged: DraftMark[] = [];
  // The last mark kept of each style, which a later one of the same style may extend.
  const lastOfStyle = new Map<string, DraftMark>();
  for (const mark of trimmed) {
    const key = `${mark.kind} ${mark.href ?? ''}`;
    const last = lastOfStyle.get(key);
    if (last && (mark.start <= last.end || (mark.start === last.end + 1 && text[last.end] === ' '))) {
      last.end = Math.max(last.end, mark.end);
      continue;
    }
    const kept = { ...mark };
    merged.push(kept);
    lastOfStyle.set(key, kept);
  }
  return merged;
}
