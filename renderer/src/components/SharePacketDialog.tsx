import { useId, useState } from 'react';
import type { ShareOutcome } from '../../../shared/api';
import { plural } from '../../../shared/text/plural';
import { call } from '../lib/api';
import { shortcutText } from '../lib/platform';
import { DialogButtons } from './DialogButtons';
import { DialogForm } from './DialogForm';
import { DialogProblem } from './DialogField';
import { ModalDialog } from './ModalDialog';
import { WrittenFileDone } from './WrittenFile';

interface SharePacketDialogProps {
  documentId: string;
  documentTitle: string;
  /** Tags on the user's own highlights of this document, for "Only highlights tagged…". */
  tags: readonly string[];
  onClose: () => void;
  /** The services say a name is needed first (NAME_NEEDED): ask for it, then come back. */
  onNameNeeded: () => void;
}

/** "Share as Packet…": a title, instructions for students, optionally one tag; then where to save. */
export function SharePacketDialog({ documentId, documentTitle, tags, onClose, onNameNeeded }: SharePacketDialogProps) {
  const [title, setTitle] = useState(documentTitle);
  const [instructions, setInstructions] = useState('');
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [written, setWritten] = useState<Extract<ShareOutcome, { status: 'written' }> | null>(null);
  const titleId = useId();
  const instructionsId = useId();
  const tagId = useId();

  const share = async () => {
    if (title.trim() === '') return setProblem('Give the packet a title; students see it when they open it.');
    setBusy(true);
    setProblem('');
    const result = await call('sharePacket', { documentId, title, instructions, ...(tag ? { tag } : {}) });
    setBusy(false);
    if (!result.ok) return result.error.code === 'NAME_NEEDED' ? onNameNeeded() : setProblem(result.error.message);
    if (result.value.status === 'written') setWritten(result.value);
  };

  return (
    <ModalDialog title="Share as packet" onClose={onClose}>
      {written ? (
        <WrittenFileDone summary={`Shared revision ${written.revision} of “${title.trim()}” with ${plural(written.annotations, 'annotation')}. Send this file to your students; they open it with File → Open….`} path={written.path} onDone={onClose} />
      ) : (
        <DialogForm onSubmit={() => void share()}>
          <p className="muted">
            Students get this reading with your highlights, notes and questions as a layer they cannot change. Sharing again later sends
            the next revision.
          </p>
          <label htmlFor={titleId}>Title</label>
          <input id={titleId} value={title} maxLength={500} onChange={(event) => setTitle(event.target.value)} />
          <label htmlFor={instructionsId}>Instructions for students</label>
          <textarea
            id={instructionsId}
            rows={4}
            value={instructions}
            maxLength={20000}
            placeholder="For example: Read the article and answer the two questions by Friday."
            onChange={(event) => setInstructions(event.target.value)}
          />
          <label htmlFor={tagId}>Which highlights</label>
          <select id={tagId} value={tag} onChange={(event) => setTag(event.target.value)}>
            <option value="">All my highlights and notes</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                Only highlights tagged #{t}
              </option>
            ))}
          </select>
          <DialogProblem>{problem}</DialogProblem>
          <DialogButtons
            onCancel={onClose}
            primary={{
              label: 'Share…',
              busyLabel: 'Sharing…',
              busy,
              submit: true,
              title: `Choose where to save the packet (${shortcutText('share-packet')} opens this dialog)`,
            }}
          />
        </DialogForm>
      )}
    </ModalDialog>
  );
}
