import { useEffect } from 'react';
import { loadPosition, savePosition, scrollFraction, throttle } from '../lib/readingPosition';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Restores where the reader left `documentId` once its text is shown (`ready`), and remembers
 * the position as they scroll: at most every 250 ms, and when they leave the document or close
 * the window. It keeps no React state, so scrolling never re-renders the reader.
 */
export function useReadingPosition(documentId: string, scroller: React.RefObject<HTMLElement | null>, ready: boolean): void {
  useEffect(() => {
    const element = scroller.current;
    if (!ready || !element) return;
    const saved = loadPosition(storage(), documentId);
    if (saved > 0) element.scrollTop = saved * (element.scrollHeight - element.clientHeight);
    const save = throttle((fraction: number) => savePosition(storage(), documentId, fraction), 250);
    const onScroll = () => save(scrollFraction(element.scrollTop, element.scrollHeight, element.clientHeight));
    // Closing the window does not unmount the reader; keep the last position then too.
    const flush = () => save.flush();
    element.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    return () => {
      element.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', flush);
      save.flush();
    };
  }, [documentId, scroller, ready]);
}
