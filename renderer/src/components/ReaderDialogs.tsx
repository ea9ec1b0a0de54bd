import type { ReplacedVersion } from '../hooks/useDocumentAnnotations';
import type { QuestionView } from '../lib/questionView';
import { ExportHandoutDialog } from './ExportHandoutDialog';
import { HandInDialog } from './HandInDialog';
import { NewVersionDialog } from './NewVersionDialog';
import type { Notice } from './NoticeBar';
import { ProfileNameDialog } from './ProfileNameDialog';
import { QuestionViewDialog } from './QuestionViewDialog';
import { SharePacketDialog } from './SharePacketDialog';

/** Which of the reader's dialogs is open. Sharing and handing in first ask for a name if there is none. */
export type ReaderDialog =
  | { kind: 'share' }
  | { kind: 'hand-in' }
  | { kind: 'handout' }
  | { kind: 'questions' }
  | { kind: 'name'; then: 'share' | 'hand-in' }
  | { kind: 'new-version'; replaced: ReplacedVersion }
  | null;

interface ReaderDialogsProps {
  dialog: ReaderDialog;
  setDialog: (dialog: ReaderDialog) => void;
  documentId: string;
  documentTitle: string;
  ownTags: readonly string[];
  hasOtherLayers: boolean;
  /** For Hand In: the teacher's name, and what the user made on this reading. */
  handIn: { teacherName: string; ownCount: number; answerCount: number; questionCount: number } | null;
  /** Built only while the question view is open. */
  questionView: () => QuestionView;
  onShowAnnotation: (id: string) => void;
  onMessage: (notice: Notice) => void;
  /** Where focus goes when a dialog closes and what had it before is gone. */
  fallbackFocus: () => HTMLElement | null;
}

/** The reader's dialogs: share as packet, hand in, export handout, the question view, the name prompt and the new-version report. */
export function ReaderDialogs(props: ReaderDialogsProps) {
  const { dialog, setDialog, documentId, documentTitle, onMessage } = props;
  const close = () => setDialog(null);
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'name':
      return (
        <ProfileNameDialog
          reason={dialog.then === 'share' ? 'when you share this reading with students' : 'when you hand in your work'}
          onClose={close}
          onSaved={() => setDialog({ kind: dialog.then })}
        />
      );
    case 'share':
      return (
        <SharePacketDialog
          documentId={documentId}
          documentTitle={documentTitle}
          tags={props.ownTags}
          onClose={close}
          onNameNeeded={() => setDialog({ kind: 'name', then: 'share' })}
        />
      );
    case 'hand-in':
      return props.handIn ? (
        <HandInDialog
          documentId={documentId}
          documentTitle={documentTitle}
          {...props.handIn}
          onClose={close}
          onNameNeeded={() => setDialog({ kind: 'name', then: 'hand-in' })}
        />
      ) : null;
    case 'handout':
      return (
        <ExportHandoutDialog
          documentId={documentId}
          hasOtherLayers={props.hasOtherLayers}
          onClose={close}
          onError={(text) => onMessage({ tone: 'error', text })}
          onWritten={(path) => {
            close();
            onMessage({ tone: 'info', text: `Exported the handout to ${path}`, action: { label: 'Show in folder', reveal: path } });
          }}
        />
      );
    case 'new-version': {
      const { outcome, undo } = dialog.replaced;
      return (
        <NewVersionDialog
          title={outcome.document.title}
          report={outcome.report}
          version={outcome.version}
          onUndo={undo}
          onClose={close}
          fallbackFocus={props.fallbackFocus}
        />
      );
    }
    case 'questions':
      return (
        <QuestionViewDialog
          view={props.questionView()}
          onClose={close}
          onShowQuestion={(id) => {
            close();
            props.onShowAnnotation(id);
          }}
        />
      );
  }
}
