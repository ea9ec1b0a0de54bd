import { useId } from 'react';
import type { PreviewState } from '../hooks/useExportPreview';
import { DialogProblem } from './DialogField';

/** The read-only preview of an export of the open document, with why it cannot be made when it cannot. */
export function ExportPreview({ state }: { state: PreviewState }) {
  const id = useId();
  const problemId = useId();
  const text = state.status === 'ready' ? state.text + (state.truncated ? '\n…' : '') : '';
  return (
    <div className="export-preview">
      <label htmlFor={id}>Preview of the open document</label>
      <textarea
        id={id}
        readOnly
        rows={8}
        spellCheck={false}
        value={state.status === 'idle' ? 'Preparing the preview…' : text}
        aria-describedby={state.status === 'problem' ? problemId : undefined}
      />
      {state.status === 'problem' ? (
        <DialogProblem id={problemId}>{state.message}</DialogProblem>
      ) : null}
    </div>
  );
}
