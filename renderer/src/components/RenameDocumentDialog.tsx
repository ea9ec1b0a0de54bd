import { useState } from 'react';
import { MAX_TITLE_CHARS, checkDocumentTitle } from '../../../shared/library/documentTitle';
import type { DocumentSummary } from '../../../shared/model';
import { call } from '../lib/api';
import { DialogButtons } from './DialogButtons';
import { DialogForm } from './DialogForm';
import { DialogField } from './DialogField';
import { ModalDialog } from './ModalDialog';

interface RenameDocumentDialogProps {
  document: Pick<DocumentSummary, 'id' | 'title'>;
  onClose: () => void;
  onRenamed: (document: DocumentSummary) => void;
}

/** Gives a document another title; the title is checked here first, and by the library on saving. */
export function RenameDocumentDialog({ document: doc, onClose, onRenamed }: RenameDocumentDialogProps) {
  const [title, setTitle] = useState(doc.title);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const checked = checkDocumentTitle(title);
    if (!checked.ok) return setProblem(checked.message);
    if (checked.title === doc.title) return onClose();
    setBusy(true);
    const result = await call('renameDocument', { documentId: doc.id, title: checked.title });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    onRenamed(result.value);
  };

  return (
    <ModalDialog title="Rename document" onClose={onClose}>
      <DialogForm onSubmit={() => void save()}>
        <DialogField label="Title" problem={problem}>
          {(control) => (
            <input
              {...control}
              value={title}
              maxLength={MAX_TITLE_CHARS + 50}
              autoFocus
              onFocus={(event) => event.target.select()}
              onChange={(event) => {
                setTitle(event.target.value);
                setProblem('');
              }}
            />
          )}
        </DialogField>
        <DialogButtons onCancel={onClose} primary={{ label: 'Rename', busyLabel: 'Saving…', busy, submit: true }} />
      </DialogForm>
    </ModalDialog>
  );
}
