import { memo, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react';
import type { Segment } from '../../../shared/highlights/segments';
import type { Block, BlockKind } from '../../../shared/model';
import { DOCUMENT_LINK_CLASS, fillBlock } from '../lib/blockContent';
import { DOUBLE_CLICK_WAIT_MS, linkClick } from '../lib/linkClicks';
import { extendSelectionWithKey } from '../lib/keyboardSelection';
import type { FindPaint } from '../lib/paintFindMatches';
import type { PaintStyle } from '../lib/paintHighlights';
import { ViewportPainter } from '../lib/viewportPainter';
import { IS_MAC, shortcutText } from '../lib/platform';

const TAG_FOR_KIND: Record<BlockKind, 'h2' | 'p' | 'blockquote' | 'pre'> = {
  heading: 'h2',
  paragraph: 'p',
  quote: 'blockquote',
  'list-item': 'p',
  code: 'pre',
  caption: 'p',
};

/**
 * One block. React renders the empty element once; its text and inline marks are set directly
 * and then owned by mark.js, so React never re-renders over painted highlights.
 */
const BlockElement = memo(function BlockElement({ block, index, text }: { block: Block; index: number; text: string }) {
  const ref = useRef<HTMLElement | null>(null);
  // Refilled only when what it shows changes: a document fetched again has new block objects
  // but the same content, and refilling would wipe highlights the painter believes are there.
  const marks = block.marks && block.marks.length > 0 ? JSON.stringify(block.marks) : '';
  const latest = useRef(block);
  latest.current = block;
  useLayoutEffect(() => {
    if (ref.current) fillBlock(ref.current, text, latest.current);
  }, [text, block.start, block.end, marks]);
  const Tag = TAG_FOR_KIND[block.kind];
  return <Tag ref={ref as never} data-block={index} className={`block block-${block.kind}`} />;
});

/**
 * The highlight a focused mark stands for: the active one when the mark carries it (several
 * highlights can share a mark), otherwise the one whose tab stop the mark is.
 */
function highlightOf(target: EventTarget, activeId: string | null): string | null {
  if (!(target instanceof HTMLElement) || target.tagName !== 'MARK') return null;
  const ids = target.dataset['ids']?.split(' ') ?? [];
  if (activeId && ids.includes(activeId)) return activeId;
  return target.dataset['focusId'] ?? null;
}

/** The document link an event happened in, if any. */
function linkOf(target: EventTarget): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(`a.${DOCUMENT_LINK_CLASS}`) : null;
}

/** What the reader can ask of the painted text. */
export interface DocumentTextHandle {
  /** Makes sure the block holding `offset` is painted, so its marks can be found. */
  revealOffset: (offset: number) => void;
  /** Offset of the first block at the top of the view, where a new find starts looking. */
  topOffset: () => number;
}

/** Scrolls `element` to the middle of `scroller` unless it is already fully in view. */
function scrollIntoViewIfNeeded(element: HTMLElement, scroller: Element | null): void {
  const box = element.getBoundingClientRect();
  const view = scroller?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
  if (box.top >= view.top && box.bottom <= view.bottom) return;
  element.scrollIntoView({ block: 'center' });
}

interface DocumentTextProps {
  ref: React.Ref<DocumentTextHandle>;
  text: string;
  blocks: readonly Block[];
  segmentsByBlock: ReadonlyMap<number, Segment[]>;
  style: PaintStyle;
  activeId: string | null;
  /** Find-in-document matches to mark over the highlights; the current one is scrolled into view. */
  find: FindPaint | null;
  articleRef: React.RefObject<HTMLElement | null>;
  onHighlightClick: (annotationId: string) => void;
  /** Keyboard focus reached a highlight. */
  onHighlightFocus: (annotationId: string) => void;
  /** Enter or Delete on a focused highlight. */
  onHighlightKey: (annotationId: string, key: 'Enter' | 'Delete') => void;
  onSelectionEnd: () => void;
  /** A link in the text was clicked or activated with Enter (it is never followed by the page itself). */
  onLinkActivate: (href: string) => void;
}

/** The document's blocks with highlights painted on them. */
export function DocumentText(props: DocumentTextProps) {
  const { text, blocks, segmentsByBlock, style, activeId, find, articleRef, onHighlightClick, onHighlightFocus, onHighlightKey, onSelectionEnd, onLinkActivate } = props;
  const painter = useRef<ViewportPainter | null>(null);
  /** A single click's link, waiting out the double-click time before it asks. */
  const pendingLink = useRef<number | null>(null);
  useEffect(() => () => {
    if (pendingLink.current !== null) window.clearTimeout(pendingLink.current);
  }, []);
  const starts = useMemo(() => blocks.map((b) => b.start), [blocks]);
  const elements = useRef<{ blocks: readonly Block[]; list: HTMLElement[] } | null>(null);

  useLayoutEffect(() => {
    const root = articleRef.current;
    if (!root) return;
    painter.current = new ViewportPainter(root, root.closest('.reader-scroll'));
    return () => painter.current?.dispose();
  }, [articleRef]);

  useLayoutEffect(() => {
    const root = articleRef.current;
    if (!root || !painter.current) return;
    // The block elements change only with the blocks; keeping the same list lets the painter
    // keep observing them instead of starting over.
    if (elements.current?.blocks !== blocks) {
      elements.current = { blocks, list: [...root.querySelectorAll<HTMLElement>('[data-block]')] };
    }
    painter.current.update({ elements: elements.current.list, starts, byBlock: segmentsByBlock, style, activeId });
  }, [segmentsByBlock, style, activeId, articleRef, starts, blocks]);

  useLayoutEffect(() => {
    const current = painter.current?.setFind(find);
    if (current) scrollIntoViewIfNeeded(current, articleRef.current?.closest('.reader-scroll') ?? null);
  }, [find, articleRef]);

  useImperativeHandle(
    props.ref,
    () => ({
      revealOffset: (offset) => {
        const index = blocks.findIndex((b) => offset >= b.start && offset < b.end);
        if (index !== -1) painter.current?.reveal(index);
      },
      topOffset: () => {
        const scroller = articleRef.current?.closest('.reader-scroll');
        const top = scroller?.getBoundingClientRect().top ?? 0;
        const list = elements.current?.list ?? [];
        // The first block whose bottom is below the top of the view (blocks are in order).
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid]!.getBoundingClientRect().bottom <= top) lo = mid + 1;
          else hi = mid;
        }
        return blocks[lo]?.start ?? 0;
      },
    }),
    [blocks, articleRef],
  );

  return (
    <article
      ref={articleRef}
      className="document-text"
      aria-label="Document text"
      aria-describedby="document-text-help"
      tabIndex={0}
      onMouseUp={onSelectionEnd}
      onKeyDown={(event) => {
        const target = highlightOf(event.target, activeId);
        if (target && (event.key === 'Enter' || event.key === 'Delete' || event.key === 'Backspace')) {
          event.preventDefault();
          onHighlightKey(target, event.key === 'Enter' ? 'Enter' : 'Delete');
          return;
        }
        if (articleRef.current && extendSelectionWithKey(event.nativeEvent, articleRef.current, IS_MAC)) {
          event.preventDefault();
        }
      }}
      onFocus={(event) => {
        const target = highlightOf(event.target, activeId);
        if (target) onHighlightFocus(target);
      }}
      onAuxClick={(event) => {
        if (linkOf(event.target)) event.preventDefault();
      }}
      onKeyUp={(event) => {
        if (event.shiftKey || event.key === 'Shift') onSelectionEnd();
      }}
      onClick={(event) => {
        const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-ids]');
        const link = linkOf(event.target);
        if (pendingLink.current !== null) window.clearTimeout(pendingLink.current);
        pendingLink.current = null;
        if (link) {
          // The page never follows a link itself; the app asks first, then the browser opens it.
          event.preventDefault();
          const href = link.getAttribute('href') ?? '';
          const action = linkClick(event, mark !== null, window.getSelection()?.isCollapsed === false);
          if (action === 'open-now') return onLinkActivate(href);
          if (action === 'open-unless-clicked-again') {
            pendingLink.current = window.setTimeout(() => {
              pendingLink.current = null;
              if (window.getSelection()?.isCollapsed !== false) onLinkActivate(href);
            }, DOUBLE_CLICK_WAIT_MS);
            return;
          }
        }
        if (!window.getSelection()?.isCollapsed) return;
        const ids = mark?.dataset['ids']?.split(' ');
        if (ids && ids.length > 0) onHighlightClick(ids[ids.length - 1]!);
      }}
    >
      <p id="document-text-help" className="sr-only">
        Select text with the mouse, or with Shift and the arrow keys; then press {shortcutText('highlight')} to highlight it.
      </p>
      {blocks.map((block, index) => (
        <BlockElement key={index} block={block} index={index} text={text} />
      ))}
    </article>
  );
}
