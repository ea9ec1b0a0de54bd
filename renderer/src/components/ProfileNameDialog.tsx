import { useState } from 'react';
import type { Profile } from '../../../shared/api';
import { call } from '../lib/api';
import { DialogButtons } from './DialogButtons';
import { DialogForm } from './DialogForm';
import { DialogField } from './DialogField';
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
      <DialogForm onSubmit={() => void save()}>
        <p className="muted">Your notes carry your name {reason}. You are asked once; it is kept with your library.</p>
        <DialogField label="Your name, as your students or teacher will see it" problem={problem}>
          {(control) => (
            <input
              {...control}
              value={name}
              maxLength={200}
              autoComplete="name"
              autoFocus
              onChange={(event) => {
                setName(event.target.value);
                setProblem('');
              }}
            />
          )}
        </DialogField>
        <DialogButtons onCancel={onClose} primary={{ label: 'Save name', busyLabel: 'Saving…', busy, submit: true }} />
      </DialogForm>
    </ModalDialog>
  );
}
