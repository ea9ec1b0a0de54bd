import { useEffect, useState } from 'react';
import { loadPosition, savePosition, scrollFraction, throttle } from '../lib/readingPosition';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Restores where the reader left `documentId` once its text is shown (`ready`), remembers the
 * position as they scroll (at most every 250 ms, and on leaving), and returns how far through
 * the document they are, from 0 to 1, for the progress indicator.
 */
export function useReadingPosition(documentId: string, scroller: React.RefObject<HTMLElement | null>, ready: boolean): number {
  const [progress, setProgress] = useState(0);
  useEffect(() => {
    const element = scroller.current;
    if (!ready || !element) return;
    const measure = () => scrollFraction(element.scrollTop, element.scrollHeight, element.clientHeight);
    const saved = loadPosition(storage(), documentId);
    if (saved > 0) element.scrollTop = saved * (element.scrollHeight - element.clientHeight);
    setProgress(measure());
    const save = throttle((fraction: number) => savePosition(storage(), documentId, fraction), 250);
    const onScroll = () => {
      const fraction = measure();
      setProgress(fraction);
      save(fraction);
    };
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
  return progress;
}
