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

  /**
   * Brings back one deleted document (and forgets it for later undos). Resolves 'gone' without a
   * word when `quietIfGone` and it is no longer in the trash (restored from the Trash dialog).
   */
  const restore = useCallback(
    async (entry: TrashEntry, quietIfGone = false): Promise<'done' | 'gone'> => {
      deletions.current = deletions.current.filter((e) => e.id !== entry.id);
      const result = await call('restoreFromTrash', { entryId: entry.id });
      if (!result.ok) {
        if (quietIfGone && result.error.code === 'NOT_FOUND') return 'gone';
        onNotice({ tone: 'error', text: result.error.message });
        return 'done';
      }
      onChanged();
      onNotice({ tone: 'info', text: `Brought back “${result.value.document.title}” from the trash.` });
      return 'done';
    },
    [onNotice, onChanged],
  );

  const deleted = useCallback(
    (entry: TrashEntry) => {
      deletions.current.push(entry);
      onChanged();
      onNotice({
        tone: 'info',
        text: `Moved “${entry.title}” to the trash, with ${plural(entry.annotationCount, 'highlight')}; it is kept there for 30 days. Undo (${shortcutText('undo')}) brings it back.`,
        // The button brings back this document, whatever view shows when it is pressed.
        action: { label: 'Undo', run: () => void restore(entry) },
      });
    },
    [onNotice, onChanged, restore],
  );

  /** Brings back the document deleted last; false when there is none to undo. */
  const undo = useCallback(async (): Promise<boolean> => {
    for (let entry = deletions.current.at(-1); entry; entry = deletions.current.at(-1)) {
      if ((await restore(entry, true)) === 'done') return true;
    }
    return false;
  }, [restore]);

  return useMemo(() => ({ deleted, undo }), [deleted, undo]);
}
