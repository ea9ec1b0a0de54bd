import { useId, useState } from 'react';
import { MAX_TITLE_CHARS, checkDocumentTitle } from '../../../shared/library/documentTitle';
import type { DocumentSummary } from '../../../shared/model';
import { call } from '../lib/api';
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
  const inputId = useId();
  const problemId = useId();

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
      <form
        className="modal-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label htmlFor={inputId}>Title</label>
        <input
          id={inputId}
          value={title}
          maxLength={MAX_TITLE_CHARS + 50}
          autoFocus
          onFocus={(event) => event.target.select()}
          aria-invalid={problem !== ''}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
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
            {busy ? 'Saving…' : 'Rename'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
