/**
 * Paints find-in-document matches into block elements with mark.js, as `<mark
 * class="find-match">` (the current one also `find-current`). They are apart from highlight
 * marks: never saved, never focusable, and removed before a block's highlights are repainted,
 * then painted again over them, so the two never split each other's marks.
 */
import Mark from 'mark.js';
import { matchesWithin, type FindMatch } from '../../../shared/find';

/** What to show: the matches in document order and which one is current (-1: none). */
export interface FindPaint {
  matches: readonly FindMatch[];
  current: number;
}

/** The class every find mark has; highlight code and selection code leave these alone. */
export const FIND_MARK_CLASS = 'find-match';
/** The extra class of the current match's marks. */
export const FIND_CURRENT_CLASS = 'find-current';

type FindRange = { start: number; length: number; index: number };

/** Remembers what each block shows so unchanged blocks are left as they are. */
export class FindPainter {
  private readonly painted = new Map<HTMLElement, string>();
  private readonly versions = new WeakMap<readonly FindMatch[], number>();
  private nextVersion = 1;

  /**
   * Brings one block element (its text starts at `blockStart` of the document) in line with
   * `find`: the matches that overlap it, clipped to it.
   */
  paint(element: HTMLElement, blockStart: number, find: FindPaint | null): void {
    const blockEnd = blockStart + (element.textContent?.length ?? 0);
    const { from, to } = find ? matchesWithin(find.matches, blockStart, blockEnd) : { from: 0, to: 0 };
    const current = find && find.current >= from && find.current < to ? find.current : -1;
    const next = find && to > from ? `${this.versionOf(find.matches)}:${from}-${to}:${current}` : '';
    if ((this.painted.get(element) ?? '') === next) return;
    this.clear(element);
    if (!find || next === '') return;
    const ranges: FindRange[] = [];
    for (let i = from; i < to; i++) {
      const match = find.matches[i]!;
      const start = Math.max(match.start, blockStart) - blockStart;
      const end = Math.min(match.end, blockEnd) - blockStart;
      if (end > start) ranges.push({ start, length: end - start, index: i });
    }
    new Mark(element).markRanges(ranges, {
      element: 'mark',
      className: FIND_MARK_CLASS,
      each: (mark: Element, range: FindRange) => {
        (mark as HTMLElement).dataset['findIndex'] = String(range.index);
        if (range.index === current) mark.classList.add(FIND_CURRENT_CLASS);
      },
    } as Mark.MarkRangesOptions);
    this.painted.set(element, next);
  }

  /** Removes the find marks of one block (before its highlights are repainted, or when find closes). */
  clear(element: HTMLElement): void {
    if (!this.painted.has(element)) return;
    new Mark(element).unmark({ element: 'mark', className: FIND_MARK_CLASS });
    this.painted.delete(element);
  }

  /** Removes the find marks of every block not in `keep`. */
  clearAllBut(keep: ReadonlySet<HTMLElement>): void {
    for (const element of [...this.painted.keys()]) if (!keep.has(element)) this.clear(element);
  }

  private versionOf(matches: readonly FindMatch[]): number {
    let version = this.versions.get(matches);
    if (version === undefined) {
      version = this.nextVersion++;
      this.versions.set(matches, version);
    }
    return version;
  }
}
