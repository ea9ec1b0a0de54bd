import { useId, useMemo, useState } from 'react';
import type { TemplateInfo } from '../../../shared/api';
import { validateTemplate } from '../../../shared/export/templates/validateTemplate';
import { call } from '../lib/api';
import { DialogProblem } from './DialogField';

interface TemplateEditorProps {
  /** The template to start from: one of the user's (edited in place) or a built-in one (copied). */
  start: TemplateInfo | null;
  /** Whether `start` is one of the user's own templates. */
  startIsOwn: boolean;
  /** The text being edited, shown in the preview as it changes. */
  onSourceChange: (source: string) => void;
  /** A template was saved under `name` (or deleted, with null). */
  onSaved: (name: string | null) => void;
  onClose: () => void;
}

/**
 * A small editor for the user's export templates: a name, the template text (checked as it is
 * typed, the problem shown under the field with its line and column) and Save / Delete.
 */
export function TemplateEditor({ start, startIsOwn, onSourceChange, onSaved, onClose }: TemplateEditorProps) {
  const [name, setName] = useState(startIsOwn && start ? start.name : '');
  const [source, setSource] = useState(start?.source ?? '{{#annotations}}\n> {{quoteLine}}\n\n{{/annotations}}\n');
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const sourceId = useId();
  const problemId = useId();
  const hintId = useId();
  const check = useMemo(() => validateTemplate(source), [source]);
  const problem = serverProblem ?? (check.ok ? null : check.message);

  const edit = (text: string) => {
    setSource(text);
    setServerProblem(null);
    onSourceChange(text);
  };

  const save = async () => {
    setBusy(true);
    const result = await call('saveTemplate', { name: name.trim(), source });
    setBusy(false);
    if (!result.ok) return setServerProblem(result.error.message);
    onSaved(result.value.name);
  };

  const remove = async () => {
    setBusy(true);
    const result = await call('deleteTemplate', { name });
    setBusy(false);
    if (!result.ok) return setServerProblem(result.error.message);
    onSaved(null);
  };

  return (
    <fieldset className="option-group template-editor">
      <legend>Edit template</legend>
      <label htmlFor={nameId}>Template name</label>
      <input id={nameId} value={name} placeholder="for example weekly-notes" onChange={(event) => setName(event.target.value)} />
      <label htmlFor={sourceId}>Template text</label>
      <textarea
        id={sourceId}
        className="template-source"
        rows={8}
        spellCheck={false}
        value={source}
        aria-invalid={problem !== null}
        aria-describedby={`${problem !== null ? `${problemId} ` : ''}${hintId}`}
        onChange={(event) => edit(event.target.value)}
      />
      <DialogProblem id={problemId}>{problem}</DialogProblem>
      <p id={hintId} className="option-hint template-hint">
        {'{{quote}}'} writes text as it reads; {'{{{quoteBlock}}}'} (three braces) writes fields that are already Markdown. Sections such as{' '}
        {'{{#annotations}}…{{/annotations}}'} repeat for each highlight. The README’s “Templates” section lists every field.
      </p>
      <div className="modal-actions">
        {startIsOwn && start && name === start.name ? (
          <button type="button" className="button-danger" disabled={busy} onClick={() => void remove()}>
            Delete template
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          Close editor
        </button>
        <button type="button" disabled={busy || name.trim().length === 0} onClick={() => void save()}>
          Save template
        </button>
      </div>
    </fieldset>
  );
}
