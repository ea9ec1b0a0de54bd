/**
 * Paints highlights only where the reader can see them: blocks within a screen of the visible
 * area are painted at once, the rest when scrolling brings them near. A long document with
 * thousands of highlights therefore opens, and repaints, at the cost of one screenful. Find
 * matches are painted the same way, over the highlights: only in blocks near the view.
 */
import type { Segment } from '../../../shared/highlights/segments';
import { FIND_CURRENT_CLASS, FindPainter, type FindPaint } from './paintFindMatches';
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

/** Index of the block holding `offset`, from the blocks' start offsets (in order). */
function blockAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Keeps the painted highlights and find matches of the blocks near the view up to date. */
export class ViewportPainter {
  private readonly painter = new HighlightPainter();
  private readonly finder = new FindPainter();
  private readonly near = new Set<number>();
  /** Blocks that show find matches: near the view when find last changed, or come near since. */
  private findShown = new Set<number>();
  private find: FindPaint | null = null;
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

  /**
   * Shows find matches (or none): in the blocks near the view and the current match's block,
   * taking them off every other block. Returns the current match's first mark, if any.
   */
  setFind(find: FindPaint | null): HTMLElement | null {
    this.find = find && find.matches.length > 0 ? find : null;
    const s = this.state;
    if (!s) return null;
    const shown = new Set(this.find ? (this.observer ? blocksInView(s.elements, this.scroller) : s.elements.keys()) : []);
    const current = this.find?.matches[this.find.current];
    if (current) {
      const index = blockAt(s.starts, current.start);
      shown.add(index);
      // Its highlights first, so the find marks go over them.
      this.near.add(index);
      this.painter.paint(s.elements, s.starts, s.byBlock, s.style, [index], (element) => this.finder.clear(element));
    }
    this.finder.clearAllBut(new Set([...shown].map((i) => s.elements[i]!).filter(Boolean)));
    this.findShown = shown;
    this.paintFind(shown);
    markActive(this.root, s.activeId);
    return current ? this.root.querySelector<HTMLElement>(`mark.${FIND_CURRENT_CLASS}`) : null;
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
    this.findShown.clear();
    for (const element of elements) this.observer?.observe(element);
    this.observed = elements;
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    const arrived: number[] = [];
    const findArrived: number[] = [];
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset['block']);
      if (!entry.isIntersecting) continue;
      if (!this.near.has(index)) {
        this.near.add(index);
        arrived.push(index);
      }
      if (this.find && !this.findShown.has(index)) {
        this.findShown.add(index);
        findArrived.push(index);
      }
    }
    if (arrived.length > 0) this.paint(arrived);
    if (findArrived.length > 0) this.paintFind(findArrived);
    if ((arrived.length > 0 || findArrived.length > 0) && this.state) markActive(this.root, this.state.activeId);
  }

  /** Repaints the highlights of these blocks where they changed, then their find matches. */
  private paint(indices: Iterable<number>): void {
    const s = this.state;
    if (!s) return;
    const list = [...indices];
    this.painter.paint(s.elements, s.starts, s.byBlock, s.style, list, (element) => this.finder.clear(element));
    this.paintFind(list.filter((i) => this.findShown.has(i)));
  }

  private paintFind(indices: Iterable<number>): void {
    const s = this.state;
    if (!s) return;
    for (const index of indices) {
      const element = s.elements[index];
      if (element) this.finder.paint(element, s.starts[index] ?? 0, this.find);
    }
  }
}
