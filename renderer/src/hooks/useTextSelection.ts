/**
 * The passage selected in the document's text, kept while focus moves elsewhere (to a sidebar
 * button, by Tab or a click) so that it can still be used there, as Attach to selection does.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DocumentRecord } from '../../../shared/model';
import { selectionToSpan, type TextSpan } from '../lib/selectionOffsets';

/**
 * The last non-empty selection in `articleRef`'s text, or null. It is forgotten when the user
 * selects or places the caret in the text, or selects something outside it; a caret that lands
 * outside the text (a click on a button) keeps it.
 */
export function useTextSelection(articleRef: React.RefObject<HTMLElement | null>, doc: DocumentRecord | null): [TextSpan | null, () => void] {
  const [span, setSpan] = useState<TextSpan | null>(null);

  useEffect(() => {
    setSpan(null);
    if (!doc) return;
    const onChange = () => {
      const root = articleRef.current;
      const selection = window.getSelection();
      if (!root || !selection || selection.rangeCount === 0) return;
      const inText = selection.getRangeAt(0).intersectsNode(root);
      if (!inText && selection.isCollapsed) return;
      const next = inText ? selectionToSpan(root, doc.blocks, doc.text, selection) : null;
      setSpan((previous) => (previous?.start === next?.start && previous?.end === next?.end ? previous : next));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [articleRef, doc]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSpan(null);
  }, []);

  return [span, clear];
}
