import { useId } from 'react';
import type { PreviewState } from '../hooks/useExportPreview';

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
        <p id={problemId} className="dialog-problem" role="alert">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
