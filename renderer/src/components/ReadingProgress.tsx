import { useEffect, useState } from 'react';
import { scrollFraction } from '../lib/readingPosition';

interface ReadingProgressProps {
  /** The element the document scrolls in. */
  scroller: React.RefObject<HTMLElement | null>;
  /** The document's text is shown (before that there is nothing to measure). */
  ready: boolean;
}

/**
 * A thin bar under the reader's header showing how far through the document the reader is.
 * It follows the scroller itself, so scrolling re-renders only the bar (and only when the
 * whole percentage changes), never the reader.
 */
export function ReadingProgress({ scroller, ready }: ReadingProgressProps) {
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    const element = scroller.current;
    if (!ready || !element) return;
    const measure = () => setPercent(Math.round(scrollFraction(element.scrollTop, element.scrollHeight, element.clientHeight) * 100));
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    return () => element.removeEventListener('scroll', measure);
  }, [scroller, ready]);
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}% read`}
    >
      <div className="reading-progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
