import { useEffect, useId, useRef, useState } from 'react';
import type { NewVersionReport } from '../../../shared/api';
import { shorten } from '../../../shared/text/shorten';
import { newVersionSummary, newVersionUndoneText } from '../lib/newVersionReport';
import { DialogButtons } from './DialogButtons';
import { ModalDialog } from './ModalDialog';

interface NewVersionDialogProps {
  /** The document's title. */
  title: string;
  report: NewVersionReport;
  /** The number the earlier text is kept under. */
  version: number;
  /** Brings back the earlier text and highlights; resolves true once done (a failure is shown as a message). */
  onUndo: () => Promise<boolean>;
  onClose: () => void;
  /** Where focus goes when the dialog closes, if what had it before is gone (the document's text). */
  fallbackFocus: () => HTMLElement | null;
}

/** A quote as the report lists it: on one line, and not too long. */
function quoted(text: string): string {
  return `“${shorten(text.replace(/\s+/g, ' '), 200)}”`;
}

/**
 * The report after Replace with New Version…: how many highlights were found again, the
 * changed ones (before → after) and the orphans, with Undo and Close. Focus starts on Close and
 * goes back where it was (or to the text) when the dialog closes.
 */
export function NewVersionDialog({ title, report, version, onUndo, onClose, fallbackFocus }: NewVersionDialogProps) {
  const [state, setState] = useState<'shown' | 'undoing' | 'undone'>('shown');
  const changedId = useId();
  const orphanedId = useId();
  const closeButton = useRef<HTMLButtonElement>(null);

  // What had focus before the dialog opened (read while rendering, before showModal moves focus).
  const [before] = useState(() => document.activeElement);

  useEffect(() => {
    // After showModal (the dialog's own effect runs first), which focuses the first button.
    closeButton.current?.focus();
    return () => {
      const target = before instanceof HTMLElement && before !== document.body && before.isConnected ? before : fallbackFocus();
      target?.focus({ preventScroll: true });
    };
  }, [before, fallbackFocus]);

  const undo = async () => {
    setState('undoing');
    const done = await onUndo();
    setState(done ? 'undone' : 'shown');
    if (done) closeButton.current?.focus();
  };

  return (
    <ModalDialog title="New version" onClose={onClose} className="modal-wide new-version-report">
      {state === 'undone' ? (
        <p role="status">{newVersionUndoneText(title)}</p>
      ) : (
        <>
          <p>{newVersionSummary(title, report)}</p>
          {report.changed.length > 0 ? (
            <section aria-labelledby={changedId}>
              <h3 id={changedId}>Changed ({report.changed.length})</h3>
              <p className="muted">Their passage was edited; each highlight now covers the new wording.</p>
              <ul className="version-list">
                {report.changed.map((item) => (
                  <li key={item.id}>
                    <span className="version-before">{quoted(item.before)}</span> <span aria-hidden="true">→</span>
                    <span className="sr-only"> became </span> <span className="version-after">{quoted(item.after)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {report.orphaned.length > 0 ? (
            <section aria-labelledby={orphanedId}>
              <h3 id={orphanedId}>Could not be found ({report.orphaned.length})</h3>
              <p className="muted">
                Kept under Orphans in the sidebar with their notes. To put one back, select its passage in the new text and choose Attach to
                selection on it.
              </p>
              <ul className="version-list">
                {report.orphaned.map((item) => (
                  <li key={item.id}>{quoted(item.quote)}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <p className="muted">The earlier text and its highlights are kept as version {version}; Undo brings them back.</p>
        </>
      )}
      <DialogButtons primary={{ label: 'Close', onClick: onClose, buttonRef: closeButton }}>
        {state !== 'undone' ? (
          <button type="button" disabled={state === 'undoing'} onClick={() => void undo()}>
            {state === 'undoing' ? 'Undoing…' : 'Undo'}
          </button>
        ) : null}
      </DialogButtons>
    </ModalDialog>
  );
}
