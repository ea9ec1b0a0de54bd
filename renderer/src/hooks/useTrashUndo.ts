import { useCallback, useMemo, useRef } from 'react';
import type { TrashEntry } from '../../../shared/api';
import { plural } from '../../../shared/text/plural';
import type { Notice } from '../components/NoticeBar';
import { call } from '../lib/api';
import { shortcutText } from '../lib/platform';

interface TrashUndoOptions {
  onNotice: (notice: Notice) => void;
  /** The library changed (a document was deleted or brought back). */
  onChanged: () => void;
}

/**
 * Undo for deleting documents in the library: each deletion is announced with an Undo button,
 * and Undo (the button, or the Undo command while the library shows) brings back the most
 * recently deleted document still in the trash.
 */
export function useTrashUndo({ onNotice, onChanged }: TrashUndoOptions) {
  const deletions = useRef<TrashEntry[]>([]);

  const deleted = useCallback(
    (entry: TrashEntry) => {
      deletions.current.push(entry);
      onChanged();
      onNotice({
        tone: 'info',
        text: `Moved “${entry.title}” to the trash, with ${plural(entry.annotationCount, 'highlight')}; it is kept there for 30 days. Undo (${shortcutText('undo')}) brings it back.`,
        action: { label: 'Undo', command: 'undo' },
      });
    },
    [onNotice, onChanged],
  );

  /** Restores the last deletion; false when there is none to undo. */
  const undo = useCallback(async (): Promise<boolean> => {
    const entry = deletions.current.pop();
    if (!entry) return false;
    const result = await call('restoreFromTrash', { entryId: entry.id });
    if (!result.ok) {
      onNotice({ tone: 'error', text: result.error.message });
      return true;
    }
    onChanged();
    onNotice({ tone: 'info', text: `Brought back “${result.value.document.title}” from the trash.` });
    return true;
  }, [onNotice, onChanged]);

  return useMemo(() => ({ deleted, undo }), [deleted, undo]);
}
