import { useEffect, useRef } from 'react';
import type { Block } from '../../../shared/model';
import { flashRange, passageRange, scrollRangeIntoView } from '../lib/passageFlash';
import type { PassageTarget } from '../lib/searchResults';

/** How long to wait for a highlight's layer to load before showing its passage as plain text. */
const LAYER_WAIT_MS = 1500;

interface PassageTargetOptions {
  target: PassageTarget | null;
  /** The document's blocks once its text is shown, and its own highlights are loaded. */
  blocks: readonly Block[] | null;
  articleRef: React.RefObject<HTMLElement | null>;
  scrollRef: React.RefObject<HTMLElement | null>;
  /** Makes the block holding an offset painted, so its text nodes are final. */
  revealOffset: (offset: number) => void;
  /** Whether the highlight is in the reader (in any layer, shown or not). */
  hasHighlight: (annotationId: string) => boolean;
  /** Activates a highlight, scrolls to it and flashes it, focusing it; returns its mark, or null when it has none. */
  jumpTo: (annotationId: string) => HTMLElement | null;
}

/**
 * Once the document is shown, brings the passage a search result points at into view, once:
 * a highlight by its mark (activated and flashed, as clicking its card does), any other passage
 * by a temporary Custom Highlight, with the caret placed at its start.
 */
export function usePassageTarget({ target, blocks, articleRef, scrollRef, revealOffset, hasHighlight, jumpTo }: PassageTargetOptions): void {
  const done = useRef(false);
  const stopFlash = useRef<() => void>(() => {});

  useEffect(() => () => stopFlash.current(), []);

  useEffect(() => {
    if (!target || done.current || !blocks) return;
    const showText = () => {
      done.current = true;
      const root = articleRef.current;
      const scroller = scrollRef.current;
      if (!root || !scroller) return;
      revealOffset(target.start);
      const range = passageRange(root, blocks, target.start, target.end);
      if (!range) return;
      scrollRangeIntoView(range, scroller);
      root.focus({ preventScroll: true });
      window.getSelection()?.collapse(range.startContainer, range.startOffset);
      stopFlash.current();
      stopFlash.current = flashRange(range);
    };
    const id = target.annotationId;
    if (id === undefined) return showText();
    if (hasHighlight(id)) {
      done.current = true;
      const mark = jumpTo(id);
      // At once, not smoothly: the reading position restored with the text must not win.
      if (mark) mark.scrollIntoView({ block: 'center' });
      else showText();
      return;
    }
    // Other people's layers load after the text: give them a moment before falling back.
    const timer = setTimeout(showText, LAYER_WAIT_MS);
    return () => clearTimeout(timer);
  }, [target, blocks, articleRef, scrollRef, revealOffset, hasHighlight, jumpTo]);
}
