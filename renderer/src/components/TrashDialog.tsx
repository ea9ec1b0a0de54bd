import { useEffect, useState } from 'react';
import type { TrashEntry } from '../../../shared/api';
import type { DocumentSummary } from '../../../shared/model';
import { plural } from '../../../shared/text/plural';
import { call } from '../lib/api';
import { daysUntil, exactDate, relativeTime } from '../lib/relativeTime';
import { DialogButtons } from './DialogButtons';
import { DialogProblem } from './DialogField';
import { ModalDialog } from './ModalDialog';

interface TrashDialogProps {
  onClose: () => void;
  onRestored: (document: DocumentSummary) => void;
  onError: (message: string) => void;
}

/** What was deleted with a document, for its line in the trash. */
function deletedWith(entry: TrashEntry): string {
  const parts = [plural(entry.annotationCount, 'highlight')];
  if (entry.layerCount > 0) parts.push(plural(entry.layerCount, 'layer') + ' of other people’s notes');
  if (entry.versionCount > 0) parts.push(plural(entry.versionCount, 'earlier version'));
  return parts.join(', ');
}

/** The documents in the trash, newest first, each restorable until it is deleted for good. */
export function TrashDialog({ onClose, onRestored, onError }: TrashDialogProps) {
  const [entries, setEntries] = useState<TrashEntry[] | null>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const now = new Date();

  useEffect(() => {
    let live = true;
    void call('listTrash', {}).then((result) => {
      if (!live) return;
      if (result.ok) setEntries(result.value);
      else onError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [onError]);

  const restore = async (entry: TrashEntry) => {
    setBusy(entry.id);
    setProblem('');
    const result = await call('restoreFromTrash', { entryId: entry.id });
    setBusy(null);
    if (!result.ok) return setProblem(result.error.message);
    setEntries((list) => (list ?? []).filter((e) => e.id !== entry.id));
    onRestored(result.value.document);
  };

  return (
    <ModalDialog title="Trash" onClose={onClose} className="trash-dialog">
      <p className="muted">Deleted documents are kept here with their highlights for 30 days, then deleted for good.</p>
      {entries === null ? (
        <p className="muted">Loading the trash…</p>
      ) : entries.length === 0 ? (
        <p>The trash is empty.</p>
      ) : (
        <ul className="trash-list" aria-label="Deleted documents">
          {entries.map((entry) => {
            const left = daysUntil(entry.purgeAt, now);
            return (
              <li key={entry.id} className="trash-entry">
                <div className="trash-entry-text">
                  <span className="trash-title">{entry.title}</span>
                  <span className="backup-meta">
                    <span title={exactDate(entry.deletedAt)}>Deleted {relativeTime(entry.deletedAt, now)}</span> · {deletedWith(entry)} ·{' '}
                    <span title={exactDate(entry.purgeAt)}>{left > 0 ? `${plural(left, 'day')} left` : 'deleted for good at the next start'}</span>
                  </span>
                </div>
                <button type="button" onClick={() => void restore(entry)} disabled={busy !== null} aria-label={`Restore “${entry.title}”`}>
                  {busy === entry.id ? 'Restoring…' : 'Restore'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <DialogProblem>{problem}</DialogProblem>
      <DialogButtons onCancel={onClose} cancelLabel="Close" />
    </ModalDialog>
  );
}
