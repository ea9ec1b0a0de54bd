/**
 * Paints highlight segments into block elements with mark.js. Only blocks whose segments
 * changed since the last paint are touched, so one new highlight repaints one or two blocks.
 */
import Mark from 'mark.js';
import type { Segment } from '../../../shared/highlights/segments';
import { markClasses, type MarkLook } from './markClasses';

/** What the painter needs to know about each annotation. */
export interface PaintStyle extends MarkLook {
  /** Where each highlight starts in the document text; its first piece becomes focusable. */
  startOf: (id: string) => number | undefined;
  /** Accessible name of a highlight, e.g. "Yellow highlight: …". */
  labelOf: (id: string) => string;
}

type PaintedRange = { start: number; length: number; ids: string[]; absoluteStart: number };

function signature(segments: readonly Segment[] | undefined, style: PaintStyle): string {
  if (!segments) return '';
  return segments
    .map((s) => `${s.start}-${s.end}:${s.ids.map((id) => `${id}/${style.colorOf(id)}/${style.startOf(id)}/${style.isOwn(id) ? 'own' : 'other'}`).join(',')}`)
    .join('|');
}

/** Remembers what each block element shows so repaints can skip unchanged blocks. */
export class HighlightPainter {
  private readonly painted = new Map<HTMLElement, string>();

  /**
   * Brings block elements in line with `byBlock` (segments relative to block start): all of
   * them, or only the indices in `only`. `beforeRepaint` runs on each block about to be
   * repainted (find marks are taken off first). Returns how many blocks were repainted.
   */
  paint(
    blockElements: readonly HTMLElement[],
    blockStarts: readonly number[],
    byBlock: ReadonlyMap<number, Segment[]>,
    style: PaintStyle,
    only?: Iterable<number>,
    beforeRepaint?: (element: HTMLElement) => void,
  ): number {
    let repainted = 0;
    // Repainting replaces marks; keep keyboard focus on the highlight that had it.
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset['focusId'] : undefined;
    const indices = only ?? blockElements.keys();
    for (const index of indices) {
      const element = blockElements[index];
      if (!element) continue;
      const segments = byBlock.get(index);
      const next = signature(segments, style);
      const before = this.painted.get(element) ?? '';
      if (before === next) continue;
      repainted++;
      beforeRepaint?.(element);
      const marker = new Mark(element);
      if (before !== '') marker.unmark({ element: 'mark', className: 'hl' });
      if (segments && segments.length > 0) {
        const blockStart = blockStarts[index] ?? 0;
        const ranges: PaintedRange[] = segments.map((s) => ({
          start: s.start,
          length: s.end - s.start,
          ids: s.ids,
          absoluteStart: blockStart + s.start,
        }));
        marker.markRanges(ranges, {
          element: 'mark',
          className: 'hl',
          each: (mark: Element, range: PaintedRange) => decorate(mark as HTMLElement, range, style),
        } as Mark.MarkRangesOptions);
      }
      this.painted.set(element, next);
    }
    if (focused && repainted > 0 && !(document.activeElement instanceof HTMLElement && document.activeElement.dataset['focusId'])) {
      const again = blockElements.find((el) => el.querySelector(`mark[data-focus-id="${CSS.escape(focused)}"]`));
      again?.querySelector<HTMLElement>(`mark[data-focus-id="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
    }
    return repainted;
  }
}

function decorate(mark: HTMLElement, range: PaintedRange, style: PaintStyle): void {
  const { ids } = range;
  mark.dataset['ids'] = ids.join(' ');
  mark.classList.add(...markClasses(ids, style));
  // The first piece of each highlight is a stop in the tab order, like a link.
  const startsHere = ids.filter((id) => style.startOf(id) === range.absoluteStart);
  const focusId = startsHere[startsHere.length - 1];
  if (focusId) {
    mark.tabIndex = 0;
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-label', style.labelOf(focusId));
    mark.dataset['focusId'] = focusId;
  }
}

/**
 * Outlines the marks of the active highlight. Done apart from painting, so activating a
 * highlight never rebuilds marks (which would also drop keyboard focus from one).
 */
export function markActive(root: HTMLElement, activeId: string | null): void {
  for (const mark of root.querySelectorAll<HTMLElement>('mark.hl-active')) mark.classList.remove('hl-active');
  if (!activeId) return;
  for (const mark of root.querySelectorAll<HTMLElement>(`mark[data-ids~="${CSS.escape(activeId)}"]`)) mark.classList.add('hl-active');
}
