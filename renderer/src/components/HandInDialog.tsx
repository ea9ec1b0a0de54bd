import { useState } from 'react';
import type { ShareOutcome } from '../../../shared/api';
import { plural } from '../../../shared/text/plural';
import { call } from '../lib/api';
import { DialogButtons } from './DialogButtons';
import { DialogProblem } from './DialogField';
import { ModalDialog } from './ModalDialog';
import { WrittenFileDone } from './WrittenFile';

interface HandInDialogProps {
  documentId: string;
  documentTitle: string;
  /** The teacher's name as the Layers list shows it. */
  teacherName: string;
  /** The user's own highlights and replies on this document. */
  ownCount: number;
  answerCount: number;
  questionCount: number;
  onClose: () => void;
  /** The services say a name is needed first (NAME_NEEDED): ask for it, then come back. */
  onNameNeeded: () => void;
}

/** "Hand In…": confirms what goes to the teacher, then writes the hand-in file where the user says. */
export function HandInDialog(props: HandInDialogProps) {
  const { documentId, documentTitle, teacherName, ownCount, answerCount, questionCount, onClose, onNameNeeded } = props;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [written, setWritten] = useState<Extract<ShareOutcome, { status: 'written' }> | null>(null);

  const handIn = async () => {
    setBusy(true);
    setProblem('');
    const result = await call('handIn', { documentId });
    setBusy(false);
    if (!result.ok) return result.error.code === 'NAME_NEEDED' ? onNameNeeded() : setProblem(result.error.message);
    if (result.value.status === 'written') setWritten(result.value);
  };

  const unanswered = questionCount - answerCount;
  return (
    <ModalDialog title="Hand in" onClose={onClose}>
      {written ? (
        <WrittenFileDone summary={`Handed in ${plural(written.annotations, 'annotation')} on “${documentTitle}”. Send this file to ${teacherName}. Your notes stay here as they are.`} path={written.path} onDone={onClose} />
      ) : (
        <>
          <p>
            Hand in your work on “{documentTitle}” to {teacherName}: {plural(ownCount, 'highlight or note', 'highlights and notes')} of your own
            and {plural(answerCount, 'answer')}. Your teacher’s notes are not included.
          </p>
          {unanswered > 0 ? <p className="muted">{plural(unanswered, 'question')} still {unanswered === 1 ? 'has' : 'have'} no answer. You can hand in again later.</p> : null}
          <p className="muted">You choose where to save the file, then send it to your teacher.</p>
          <DialogProblem>{problem}</DialogProblem>
          <DialogButtons onCancel={onClose} primary={{ label: 'Hand in…', busyLabel: 'Handing in…', busy, onClick: () => void handIn(), autoFocus: true }} />
        </>
      )}
    </ModalDialog>
  );
}
