import { useId, useState } from 'react';

interface ReplyEditorProps {
  /** "Your answer" or "Your reply". */
  label: string;
  initial?: string;
  saveLabel: string;
  /** Resolves true once saved; the editor then closes. */
  onSave: (note: string) => Promise<boolean>;
  onCancel: () => void;
}

/** A small editor for writing a reply or an answer: Save (Ctrl+Enter) or Cancel (Escape). */
export function ReplyEditor({ label, initial = '', saveLabel, onSave, onCancel }: ReplyEditorProps) {
  const [note, setNote] = useState(initial);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const empty = note.trim() === '';

  const save = async () => {
    if (empty || busy) return;
    setBusy(true);
    const ok = await onSave(note);
    setBusy(false);
    if (ok) onCancel();
  };

  return (
    <div
      className="reply-editor"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={3} value={note} autoFocus placeholder="Write here. Ctrl+Enter saves; Escape cancels." onChange={(event) => setNote(event.target.value)} />
      <div className="reply-editor-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button-primary" disabled={empty || busy} onClick={() => void save()}>
          {busy ? 'Saving…' : saveLabel}
        </button>
      </div>
    </div>
  );
}
