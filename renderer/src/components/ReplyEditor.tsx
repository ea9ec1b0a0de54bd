import { useId, useState } from 'react';
import { useCardDraft } from '../hooks/useCardDraft';

interface ReplyEditorProps {
  /** "Your answer" or "Your reply". */
  label: string;
  initial?: string;
  saveLabel: string;
  /** Where the unsent text is kept while the card is away (see useCardDraft): "reply:<id>", "edit:<id>". */
  draftKey: string;
  /** Take the focus when shown (not when brought back with the card after scrolling). */
  autoFocus?: boolean;
  /** Resolves true once saved; the editor then closes. */
  onSave: (note: string) => Promise<boolean>;
  onCancel: () => void;
}

/**
 * A small editor for writing a reply or an answer: Save (Ctrl+Enter) or Cancel (Escape). Unsent
 * text is kept outside the card, so it is back when the card is rendered again.
 */
export function ReplyEditor({ label, initial = '', saveLabel, draftKey, autoFocus = true, onSave, onCancel }: ReplyEditorProps) {
  const [note, setNote, forgetDraft] = useCardDraft(draftKey, initial);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const empty = note.trim() === '';

  const save = async () => {
    if (empty || busy) return;
    setBusy(true);
    const ok = await onSave(note);
    setBusy(false);
    if (!ok) return;
    forgetDraft();
    onCancel();
  };

  const cancel = () => {
    forgetDraft();
    onCancel();
  };

  return (
    <div
      className="reply-editor"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          cancel();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={3} value={note} autoFocus={autoFocus} placeholder="Write here. Ctrl+Enter saves; Escape cancels." onChange={(event) => setNote(event.target.value)} />
      <div className="reply-editor-actions">
        <button type="button" onClick={cancel}>
          Cancel
        </button>
        <button type="button" className="button-primary" disabled={empty || busy} onClick={() => void save()}>
          {busy ? 'Saving…' : saveLabel}
        </button>
      </div>
    </div>
  );
}
