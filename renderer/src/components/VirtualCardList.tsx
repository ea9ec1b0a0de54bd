/**
 * A list of sidebar cards that renders only the cards near the visible part of the sidebar
 * (a document may have thousands), plus the active card and the card holding keyboard focus,
 * so Alt+↓, "edit note" and an open reply editor always find their card. Heights are measured
 * as cards render; each item says its place in the whole list (aria-setsize, aria-posinset).
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { SidebarItem } from '../lib/sidebarItems';

/** What a card needs to take part in the list: spread onto its `<li>`. */
export interface ListItemProps {
  ref: (element: HTMLLIElement | null) => void;
  style: React.CSSProperties;
  'data-index': number;
  'aria-setsize': number;
  'aria-posinset': number;
}

interface VirtualCardListProps {
  items: readonly SidebarItem[];
  label: string;
  activeId: string | null;
  /** The element the sidebar scrolls in. */
  scroller: React.RefObject<HTMLElement | null>;
  renderCard: (item: SidebarItem, listItem: ListItemProps) => React.ReactNode;
}

/** A first guess of a closed card's height in pixels, before it is measured. */
const ESTIMATED_CARD = 96;
/** The space between cards, in pixels (0.6rem). */
const CARD_GAP = 10;

/** Where `list` starts within the scroller's content, in pixels. */
function offsetIn(list: HTMLElement, scroller: HTMLElement): number {
  return Math.round(list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
}

/** One `<ol>` of cards in the sidebar, rendering only what is near the view. */
export function VirtualCardList({ items, label, activeId, scroller, renderCard }: VirtualCardListProps) {
  const listRef = useRef<HTMLOListElement | null>(null);
  const [margin, setMargin] = useState(0);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const activeIndex = activeId === null ? -1 : items.findIndex((item) => item.annotation.id === activeId);
  const focusedIndex = focusedId === null ? -1 : items.findIndex((item) => item.annotation.id === focusedId);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indices = new Set(defaultRangeExtractor(range));
      if (activeIndex !== -1) indices.add(activeIndex);
      if (focusedIndex !== -1) indices.add(focusedIndex);
      return [...indices].sort((a, b) => a - b);
    },
    [activeIndex, focusedIndex],
  );

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_CARD,
    getItemKey: (index) => items[index]!.annotation.id,
    gap: CARD_GAP,
    overscan: 4,
    scrollMargin: margin,
    rangeExtractor,
  });

  // The list moves when anything above it in the sidebar changes size (layers, filter, the questions).
  useLayoutEffect(() => {
    const list = listRef.current;
    const element = scroller.current;
    if (!list || !element) return;
    const update = () => setMargin(offsetIn(list, element));
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  });

  // Alt+↓ or a click in the text makes a card active: bring it into the sidebar's view (not
  // again when only the filter moved it).
  const shownActive = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (activeId === shownActive.current) return;
    shownActive.current = activeId;
    if (activeIndex !== -1) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeId, activeIndex, virtualizer]);

  const rendered = virtualizer.getVirtualItems();
  return (
    <ol
      ref={listRef}
      className="annotation-list virtual-card-list"
      aria-label={label}
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={(event) => {
        const index = (event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset['index'];
        const id = index === undefined ? undefined : items[Number(index)]?.annotation.id;
        if (id) setFocusedId(id);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedId(null);
      }}
    >
      {rendered.map((row) =>
        renderCard(items[row.index]!, {
          ref: virtualizer.measureElement,
          style: { transform: `translateY(${row.start - margin}px)` },
          'data-index': row.index,
          'aria-setsize': items.length,
          'aria-posinset': row.index + 1,
        }),
      )}
    </ol>
  );
}
