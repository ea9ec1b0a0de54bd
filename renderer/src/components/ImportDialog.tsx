import { useEffect, useId, useRef, useState } from 'react';
import type { ImportPreview, ImportReport, ProgressEvent } from '../../../shared/api';
import { plural } from '../../../shared/text/plural';
import { call, onProgress } from '../lib/api';
import { FORMAT_NAMES, importCount, nothingToImportText } from '../lib/importReport';
import { DialogButtons } from './DialogButtons';
import { DialogProblem } from './DialogField';
import { ImportPreviewReport } from './ImportPreviewReport';

interface ImportDialogProps {
  /** The document being read, if any: then "Onto this document" is offered. */
  documentId: string | null;
  /** A preview made already (a dropped or double-clicked file): the dialog opens on it. */
  preview: ImportPreview | null;
  /** Closed without importing (Cancel, Close or Escape). */
  onCancel: () => void;
  /** The import was written. */
  onImported: (fileName: string, report: ImportReport) => void;
}

type Scope = 'routed' | 'document';

/**
 * File → Import Annotications…: where the annotations go (wherever each belongs, or onto the
 * open document), then the file, then a preview of what would be found, skipped, orphaned and
 * left out, per document and layer. Nothing is written until "Import N annotations".
 */
export function ImportDialog({ documentId, preview: given, onCancel, onImported }: ImportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const firstControl = useRef<HTMLInputElement & HTMLButtonElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const [scope, setScope] = useState<Scope>('routed');
  const [preview, setPreview] = useState<ImportPreview | null>(given);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const titleId = useId();
  const routedHint = useId();
  const documentHint = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return onProgress((event) => {
      if (event.task === 'import') setProgress(event);
    });
  }, []);

  // Focus: the first control while choosing, the preview's heading once there is one.
  useEffect(() => {
    (preview ? previewHeading.current : firstControl.current)?.focus();
  }, [preview]);

  // The dialog ends once: imported, or cancelled (a button, or Escape closing the dialog).
  const ended = useRef(false);
  const cancel = () => {
    if (ended.current) return;
    ended.current = true;
    onCancel();
  };

  const choose = async () => {
    setBusy(true);
    setProblem('');
    setProgress(null);
    const result = await call('previewImport', scope === 'document' && documentId ? { documentId } : {});
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    if (result.value.status === 'preview') setPreview(result.value);
  };

  const confirm = async (token: string, fileName: string) => {
    setBusy(true);
    setProblem('');
    const result = await call('confirmImport', { token });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    if (ended.current) return;
    ended.current = true;
    onImported(fileName, result.value.report);
  };

  const count = preview ? importCount(preview.report) : 0;
  const nothing = preview ? nothingToImportText(preview.report) : null;

  return (
    <dialog
      ref={dialog}
      className="modal modal-wide import-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape cancels at once, but not while the file is being read or written. (When the
        // browser does not let the dialog stay open, it closes and `onClose` cancels instead.)
        event.preventDefault();
        if (!busy) cancel();
      }}
      onClose={cancel}
    >
      <h2 id={titleId}>Import annotations</h2>
      {preview ? (
        <div className="import-preview">
          <h3 ref={previewHeading} tabIndex={-1} className="import-file">
            From “{preview.fileName}” <span className="import-format">({FORMAT_NAMES[preview.report.format]})</span>
          </h3>
          <p className="muted">Nothing has been saved yet. Check what would be imported, then import it or cancel.</p>
          {nothing ? <p className="import-nothing">{nothing}</p> : null}
          <ImportPreviewReport report={preview.report} />
        </div>
      ) : (
        <div className="import-choose">
          {documentId ? (
            <fieldset className="option-group import-scope">
              <legend>Where the annotations go</legend>
              <label>
                <input
                  ref={firstControl}
                  type="radio"
                  name="import-scope"
                  checked={scope === 'routed'}
                  onChange={() => setScope('routed')}
                  aria-describedby={routedHint}
                />{' '}
                Wherever each belongs
              </label>
              <span id={routedHint} className="option-hint">
                Each annotation goes to the document it belongs to in your library, found by its source, title or passage.
              </span>
              <label>
                <input type="radio" name="import-scope" checked={scope === 'document'} onChange={() => setScope('document')} aria-describedby={documentHint} />{' '}
                Onto this document
              </label>
              <span id={documentHint} className="option-hint">
                All of them go onto the document you are reading; passages that are not in it are kept as orphans.
              </span>
            </fieldset>
          ) : (
            <p>Each annotation goes to the document it belongs to in your library, found by its source, title or passage.</p>
          )}
          <p className="muted">
            Marginalia reads W3C Web Annotations, Hypothesis exports, Readium and Thorium annotations, Kindle’s “My Clippings.txt” and Readwise CSV
            exports. You will see what would be imported before anything is saved.
          </p>
        </div>
      )}
      {busy && progress && progress.total > 0 ? (
        <p className="export-progress">
          <label>
            Matching annotations to documents: {progress.done} of {progress.total}
            <progress max={progress.total} value={progress.done} />
          </label>
        </p>
      ) : null}
      <DialogProblem>{problem}</DialogProblem>
      {preview ? (
        <DialogButtons
          onCancel={cancel}
          cancelLabel={count > 0 ? 'Cancel' : 'Close'}
          cancelDisabled={busy}
          primary={
            count > 0
              ? { label: `Import ${plural(count, 'annotation')}`, busyLabel: 'Importing…', busy, onClick: () => void confirm(preview.token, preview.fileName) }
              : undefined
          }
        />
      ) : (
        <DialogButtons
          onCancel={cancel}
          cancelDisabled={busy}
          primary={{
            label: 'Choose file…',
            busyLabel: 'Reading the file…',
            busy,
            onClick: () => void choose(),
            buttonRef: documentId ? undefined : firstControl,
          }}
        />
      )}
    </dialog>
  );
}
