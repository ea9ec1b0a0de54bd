import { useState } from 'react';
import { call } from '../lib/api';
import { shortcutText } from '../lib/platform';
import { DialogButtons } from './DialogButtons';
import { ModalDialog } from './ModalDialog';

interface ExportHandoutDialogProps {
  documentId: string;
  /** True when the document has other people's layers, so "everyone's notes" means something. */
  hasOtherLayers: boolean;
  onClose: () => void;
  onWritten: (path: string) => void;
  onError: (message: string) => void;
}

/** "Export Handout…": a printable page of the reading with notes in the margin or at the end. */
export function ExportHandoutDialog({ documentId, hasOtherLayers, onClose, onWritten, onError }: ExportHandoutDialogProps) {
  const [layers, setLayers] = useState<'own' | 'all'>(hasOtherLayers ? 'all' : 'own');
  const [notes, setNotes] = useState<'margin' | 'endnotes'>('margin');
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    const result = await call('exportHandout', { documentId, layers, notes });
    setBusy(false);
    if (!result.ok) return onError(result.error.message);
    if (result.value.status === 'written') onWritten(result.value.path);
  };

  return (
    <ModalDialog title="Export handout" onClose={onClose}>
      <p className="muted">A web page of the reading with its highlights and notes, ready to print or hand out.</p>
      <fieldset className="option-group">
        <legend>Whose notes</legend>
        <label>
          <input type="radio" name="handout-layers" checked={layers === 'own'} onChange={() => setLayers('own')} /> Only mine
        </label>
        <label>
          <input type="radio" name="handout-layers" checked={layers === 'all'} onChange={() => setLayers('all')} /> Mine and every other layer
          {hasOtherLayers ? '' : ' (there are no others yet)'}
        </label>
      </fieldset>
      <fieldset className="option-group">
        <legend>Where notes go</legend>
        <label>
          <input type="radio" name="handout-notes" checked={notes === 'margin'} onChange={() => setNotes('margin')} /> In the margin
        </label>
        <label>
          <input type="radio" name="handout-notes" checked={notes === 'endnotes'} onChange={() => setNotes('endnotes')} /> As numbered endnotes
        </label>
      </fieldset>
      <DialogButtons
        onCancel={onClose}
        primary={{
          label: 'Export…',
          busyLabel: 'Exporting…',
          busy,
          onClick: () => void run(),
          title: `Choose where to save (${shortcutText('export-handout')} opens this dialog)`,
        }}
      />
    </ModalDialog>
  );
}
