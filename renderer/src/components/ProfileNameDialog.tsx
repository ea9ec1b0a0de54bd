import { useId, useState } from 'react';
import type { Profile } from '../../../shared/api';
import { call } from '../lib/api';
import { ModalDialog } from './ModalDialog';

interface ProfileNameDialogProps {
  /** Why the name is asked now, e.g. "before you share this reading". */
  reason: string;
  onClose: () => void;
  onSaved: (profile: Profile) => void;
}

/** Asks for the user's name the first time someone else will see it (sharing, handing in). */
export function ProfileNameDialog({ reason, onClose, onSaved }: ProfileNameDialogProps) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const problemId = useId();

  const save = async () => {
    if (name.trim() === '') {
      setProblem('Type your name first.');
      return;
    }
    setBusy(true);
    const result = await call('setProfileName', { name });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    onSaved(result.value);
  };

  return (
    <ModalDialog title="Your name" onClose={onClose}>
      <form
        className="modal-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p className="muted">Your notes carry your name {reason}. You are asked once; it is kept with your library.</p>
        <label htmlFor={inputId}>Your name, as your students or teacher will see it</label>
        <input
          id={inputId}
          value={name}
          maxLength={200}
          autoComplete="name"
          autoFocus
          aria-invalid={problem !== ''}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setProblem('');
          }}
        />
        <p id={problemId} role="alert" className="dialog-problem">
          {problem}
        </p>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save name'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
