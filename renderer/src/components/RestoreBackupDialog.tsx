import { useEffect, useId, useRef, useState } from 'react';
import type { BackupInfo, BackupReason } from '../../../shared/api';
import { plural } from '../../../shared/text/plural';
import { call } from '../lib/api';
import { DialogButtons } from './DialogButtons';

const REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily backup',
  'before-migration': 'Before a data upgrade',
  'before-restore': 'Before a restore',
};

/** A backup's date in the user's locale. */
function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

interface RestoreBackupDialogProps {
  onClose: () => void;
  onRestored: (backup: BackupInfo) => void;
  onError: (message: string) => void;
}

/** "Restore from Backup…": lists backups with dates and counts, and restores the chosen one. */
export function RestoreBackupDialog({ onClose, onRestored, onError }: RestoreBackupDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    void call('listBackups', {}).then((result) => {
      if (result.ok) {
        setBackups(result.value);
        setChosen(result.value[0]?.id ?? null);
      } else onError(result.error.message);
    });
  }, [onError]);

  const restore = async () => {
    if (!chosen) return;
    setBusy(true);
    const result = await call('restoreBackup', { backupId: chosen });
    setBusy(false);
    if (result.ok) onRestored(result.value.restored);
    else onError(result.error.message);
  };

  return (
    <dialog ref={dialog} className="modal" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <h2 id={titleId}>Restore from backup</h2>
      <p className="muted">
        Your library and highlights are replaced by the backup you choose. The current data is backed up first, so you can
        undo this by restoring that backup.
      </p>
      {backups === null ? (
        <p>Loading backups…</p>
      ) : backups.length === 0 ? (
        <p>There are no backups yet. Marginalia takes one each day you use it.</p>
      ) : (
        <fieldset className="backup-list">
          <legend className="sr-only">Backups, newest first</legend>
          {backups.map((b) => (
            <label key={b.id} className="backup-option">
              <input type="radio" name="backup" value={b.id} checked={chosen === b.id} onChange={() => setChosen(b.id)} />
              <span className="backup-when">{when(b.createdAt)}</span>
              <span className="backup-meta">
                {REASON_LABELS[b.reason]} · {plural(b.documentCount, 'document')} · {plural(b.annotationCount, 'highlight')}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <DialogButtons onCancel={onClose} primary={{ label: 'Restore', busyLabel: 'Restoring…', busy, disabled: !chosen, onClick: () => void restore() }} />
    </dialog>
  );
}
