/**
 * Paints highlights only where the reader can see them: blocks within a screen of the visible
 * area are painted at once, the rest when scrolling brings them near. A long document with
 * thousands of highlights therefore opens, and repaints, at the cost of one screenful.
 */
import type { Segment } from '../../../shared/highlights/segments';
import { HighlightPainter, markActive, type PaintStyle } from './paintHighlights';

/** What to paint: the block elements and where they start, the segments and the style. */
export interface PaintState {
  elements: readonly HTMLElement[];
  starts: readonly number[];
  byBlock: ReadonlyMap<number, Segment[]>;
  style: PaintStyle;
  activeId: string | null;
}

/** How far outside the visible area blocks are painted ahead of time, as CSS margins. */
const AHEAD = '100% 0px 100% 0px';

/** Indices of the blocks whose boxes meet the scroller's visible area, widened by one screen each way. */
function blocksInView(elements: readonly HTMLElement[], scroller: Element | null): number[] {
  if (elements.length === 0) return [];
  const view = scroller?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight, height: window.innerHeight };
  const top = view.top - view.height;
  const bottom = view.bottom + view.height;
  let lo = 0;
  let hi = elements.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (elements[mid]!.getBoundingClientRect().bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < elements.length && elements[i]!.getBoundingClientRect().top <= bottom; i++) found.push(i);
  return found;
}

export class ViewportPainter {
  private readonly painter = new HighlightPainter();
  private readonly near = new Set<number>();
  private readonly observer: IntersectionObserver | null;
  private state: PaintState | null = null;
  private observed: readonly HTMLElement[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly scroller: Element | null,
  ) {
    this.observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => this.onIntersect(entries), { root: scroller, rootMargin: AHEAD });
  }

  /** Applies a new paint state: the blocks near the view are brought up to date now. */
  update(state: PaintState): void {
    if (state.elements !== this.observed) this.observe(state.elements);
    this.state = state;
    if (this.near.size === 0) for (const i of blocksInView(state.elements, this.scroller)) this.near.add(i);
    this.paint(this.observer ? this.near : state.elements.keys());
    markActive(this.root, state.activeId);
  }

  /** Paints one block now, e.g. before scrolling to a highlight in it. */
  reveal(index: number): void {
    this.near.add(index);
    this.paint([index]);
    if (this.state) markActive(this.root, this.state.activeId);
  }

  dispose(): void {
    this.observer?.disconnect();
  }

  private observe(elements: readonly HTMLElement[]): void {
    this.observer?.disconnect();
    this.near.clear();
    for (const element of elements) this.observer?.observe(element);
    this.observed = elements;
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    const arrived: number[] = [];
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset['block']);
      if (entry.isIntersecting && !this.near.has(index)) {
        this.near.add(index);
        arrived.push(index);
      }
    }
    if (arrived.length > 0) {
      this.paint(arrived);
      if (this.state) markActive(this.root, this.state.activeId);
    }
  }

  private paint(indices: Iterable<number>): void {
    const s = this.state;
    if (s) this.painter.paint(s.elements, s.starts, s.byBlock, s.style, indices);
  }
}
