/** Marks when the opening document's first highlight is on screen (see lib/openTiming.ts). */
import { useLayoutEffect } from 'react';
import { isOpening, markFirstHighlightPainted } from '../lib/openTiming';

/**
 * After each paint of the text (`painted` changes with the painted segments), marks the first
 * highlight as painted once the article holds one. Runs after the text's own layout effects.
 */
export function useFirstHighlightMark(articleRef: React.RefObject<HTMLElement | null>, painted: unknown): void {
  useLayoutEffect(() => {
    if (isOpening() && articleRef.current?.querySelector('mark[data-ids]')) markFirstHighlightPainted();
  }, [articleRef, painted]);
}
