import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ApiInput, LibraryExportOutcome, ProgressEvent, TemplateList } from '../../../shared/api';
import type { TemplateChoice } from '../../../shared/apiSchemas';
import { useExportPreview } from '../hooks/useExportPreview';
import { call, onProgress } from '../lib/api';
import { DialogButtons } from './DialogButtons';
import { ExportPreview } from './ExportPreview';
import { TemplateEditor } from './TemplateEditor';

export interface ExportResult {
  /** What was written, for the message and "Show in folder". */
  paths: string[];
  folder: string | null;
}

interface ExportDialogProps {
  /** The open document, if any: then "This document" is offered and chosen first. */
  documentId: string | null;
  tags: readonly string[];
  onClose: () => void;
  onDone: (result: ExportResult) => void;
  onError: (message: string) => void;
}

type Scope = 'document' | 'library' | 'tag';
type Format = 'md' | 'json' | 'csv';

/** The template select's value: '' for the standard export, `preset:<name>` or `user:<name>`. */
function choiceOf(value: string): TemplateChoice | undefined {
  if (value.startsWith('preset:')) return { preset: value.slice(7) as Extract<TemplateChoice, { preset: string }>['preset'] };
  if (value.startsWith('user:')) return { user: value.slice(5) };
  return undefined;
}

/**
 * Export settings: what (document, library, a tag), which format, a template or the layout and
 * Markdown options, with a live preview of the open document and an editor for the user's templates.
 */
export function ExportDialog({ documentId, tags, onClose, onDone, onError }: ExportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [scope, setScope] = useState<Scope>(documentId ? 'document' : 'library');
  const [tag, setTag] = useState(tags[0] ?? '');
  const [format, setFormat] = useState<Format>('md');
  const [template, setTemplate] = useState('');
  const [templates, setTemplates] = useState<TemplateList>({ presets: [], user: [] });
  const [editing, setEditing] = useState(false);
  const [editorSource, setEditorSource] = useState<string | null>(null);
  const [layout, setLayout] = useState<'single' | 'per-document'>('single');
  const [order, setOrder] = useState<'reading' | 'tag' | 'colour'>('reading');
  const [includeNotes, setIncludeNotes] = useState(true);
  const [includeColours, setIncludeColours] = useState(true);
  const [includeOrphans, setIncludeOrphans] = useState(true);
  const [hashtags, setHashtags] = useState(false);
  const [layer, setLayer] = useState<string>('own');
  const [people, setPeople] = useState<readonly { id: string; label: string }[]>([]);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const orderId = useId();
  const tagId = useId();
  const layerId = useId();
  const templateId = useId();

  const loadTemplates = useCallback(async () => {
    const result = await call('listTemplates', {});
    if (result.ok) setTemplates(result.value);
  }, []);
  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates]);

  // One person's layer is a choice on a document only.
  useEffect(() => {
    if (scope !== 'document' && layer !== 'own' && layer !== 'all') setLayer('own');
  }, [scope, layer]);

  // Whose annotations can be exported: the user's, everyone's, or (on a document) one person's layer.
  useEffect(() => {
    if (!documentId) return;
    void call('listLayers', { documentId }).then((result) => {
      if (!result.ok) return;
      setPeople(result.value.filter((l) => l.role !== 'own').map((l) => ({ id: l.creator.id, label: `${l.creator.name || 'Unnamed'} (${l.role})` })));
    });
  }, [documentId]);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    return onProgress((event) => {
      if (event.task === 'export') setProgress(event);
    });
  }, []);

  const markdown = { order, includeNotes, includeColours, includeOrphans, tagStyle: hashtags ? ('hashtag' as const) : ('text' as const) };
  const chosenTemplate = format === 'md' ? choiceOf(template) : undefined;
  const previewTemplate = editing && editorSource !== null && format === 'md' ? { source: editorSource } : chosenTemplate;
  const previewInput: ApiInput<'previewExport'> | null = documentId
    ? { documentId, format, markdown, layer: scope === 'document' || layer === 'all' ? layer : 'own', ...(previewTemplate ? { template: previewTemplate } : {}) }
    : null;
  const preview = useExportPreview(previewInput);
  const templateInfo = [...templates.presets, ...templates.user].find((t) => `${templates.user.includes(t) ? 'user' : 'preset'}:${t.name}` === template) ?? null;

  const saved = (name: string | null) => {
    void loadTemplates();
    setTemplate(name === null ? '' : `user:${name}`);
    setEditing(false);
    setEditorSource(null);
  };

  const run = async () => {
    setBusy(true);
    const withTemplate = chosenTemplate ? { template: chosenTemplate } : {};
    if (scope === 'document' && documentId) {
      const result = await call('exportDocument', { documentId, format, markdown, layer, ...withTemplate });
      setBusy(false);
      if (!result.ok) return onError(result.error.message);
      if (result.value.status === 'written') onDone({ paths: [result.value.path], folder: null });
      return;
    }
    const chosen = layer === 'own' || layer === 'all' ? layer : 'own';
    const result = await call('exportLibrary', { format, layout, markdown, layer: chosen, ...withTemplate, ...(scope === 'tag' ? { tag } : {}) });
    setBusy(false);
    if (!result.ok) return onError(result.error.message);
    const outcome: LibraryExportOutcome = result.value;
    if (outcome.status === 'written') onDone({ paths: outcome.files, folder: outcome.folder });
  };

  return (
    <dialog ref={dialog} className="modal modal-wide export-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <h2 id={titleId}>Export highlights</h2>
      <fieldset className="option-group">
        <legend>What</legend>
        {documentId ? (
          <label>
            <input type="radio" name="scope" checked={scope === 'document'} onChange={() => setScope('document')} /> This document
          </label>
        ) : null}
        <label>
          <input type="radio" name="scope" checked={scope === 'library'} onChange={() => setScope('library')} /> The whole library
        </label>
        <label>
          <input type="radio" name="scope" checked={scope === 'tag'} disabled={tags.length === 0} onChange={() => setScope('tag')} /> Highlights
          tagged
        </label>
        <label htmlFor={tagId} className="sr-only">
          Tag to export
        </label>
        <select id={tagId} value={tag} disabled={scope !== 'tag'} onChange={(event) => setTag(event.target.value)}>
          {tags.map((t) => (
            <option key={t} value={t}>
              #{t}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset className="option-group">
        <legend>Whose notes</legend>
        <label htmlFor={layerId}>Include</label>
        <select id={layerId} value={layer} onChange={(event) => setLayer(event.target.value)}>
          <option value="own">Only mine</option>
          <option value="all">Everyone’s (others are named)</option>
          {scope === 'document'
            ? people.map((p) => (
                <option key={p.id} value={p.id}>
                  Only {p.label}
                </option>
              ))
            : null}
        </select>
      </fieldset>
      <fieldset className="option-group">
        <legend>Format</legend>
        <label>
          <input type="radio" name="format" checked={format === 'md'} onChange={() => setFormat('md')} /> Markdown (.md)
        </label>
        <label>
          <input type="radio" name="format" checked={format === 'json'} onChange={() => setFormat('json')} /> W3C Web Annotation JSON (.json)
        </label>
        <label>
          <input type="radio" name="format" checked={format === 'csv'} onChange={() => setFormat('csv')} /> CSV for spreadsheets (.csv)
        </label>
      </fieldset>
      {scope !== 'document' ? (
        <fieldset className="option-group">
          <legend>Files</legend>
          <label>
            <input type="radio" name="layout" checked={layout === 'single'} onChange={() => setLayout('single')} /> One file
          </label>
          <label>
            <input type="radio" name="layout" checked={layout === 'per-document'} onChange={() => setLayout('per-document')} /> One file per
            document{format === 'md' && template === '' ? ', with an index' : ''}
          </label>
        </fieldset>
      ) : null}
      {format === 'md' ? (
        <fieldset className="option-group">
          <legend>Template</legend>
          <label htmlFor={templateId}>Template</label>
          <select
            id={templateId}
            value={template}
            onChange={(event) => {
              setTemplate(event.target.value);
              setEditorSource(null);
            }}
          >
            <option value="">Standard (with the options below)</option>
            <optgroup label="Built-in">
              {templates.presets.map((t) => (
                <option key={t.name} value={`preset:${t.name}`}>
                  {t.label}
                </option>
              ))}
            </optgroup>
            {templates.user.length > 0 ? (
              <optgroup label="Yours">
                {templates.user.map((t) => (
                  <option key={t.name} value={`user:${t.name}`} disabled={t.problem !== null}>
                    {t.problem === null ? t.name : `${t.name} (needs fixing)`}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
          <button type="button" aria-expanded={editing} onClick={() => setEditing((open) => !open)}>
            Edit templates…
          </button>
        </fieldset>
      ) : null}
      {format === 'md' && editing ? (
        <TemplateEditor
          key={template}
          start={templateInfo}
          startIsOwn={template.startsWith('user:')}
          onSourceChange={setEditorSource}
          onSaved={saved}
          onClose={() => {
            setEditing(false);
            setEditorSource(null);
          }}
        />
      ) : null}
      {format === 'md' && template === '' && !editing ? (
        <fieldset className="option-group">
          <legend>Markdown</legend>
          <label htmlFor={orderId}>Arrange highlights</label>
          <select id={orderId} value={order} onChange={(event) => setOrder(event.target.value as typeof order)}>
            <option value="reading">In reading order</option>
            <option value="tag">Grouped by tag</option>
            <option value="colour">Grouped by colour</option>
          </select>
          <label>
            <input type="checkbox" checked={includeNotes} onChange={(event) => setIncludeNotes(event.target.checked)} /> Include notes
          </label>
          <label>
            <input type="checkbox" checked={includeColours} onChange={(event) => setIncludeColours(event.target.checked)} /> Include colours
          </label>
          <label>
            <input type="checkbox" checked={includeOrphans} onChange={(event) => setIncludeOrphans(event.target.checked)} /> Include orphaned
            highlights
          </label>
          <label title="Tags that cannot be Obsidian tags, such as C# or two words, keep their exact text">
            <input type="checkbox" checked={hashtags} onChange={(event) => setHashtags(event.target.checked)} /> Write tags as #hashtags (Obsidian)
          </label>
        </fieldset>
      ) : null}
      {documentId ? <ExportPreview state={preview} /> : null}
      {progress && busy ? (
        <p className="export-progress">
          <label>
            Writing file {progress.done} of {progress.total}
            <progress max={progress.total} value={progress.done} />
          </label>
        </p>
      ) : null}
      <DialogButtons
        onCancel={onClose}
        primary={{ label: 'Export…', busyLabel: 'Exporting…', busy, disabled: scope === 'tag' && !tag, onClick: () => void run() }}
      />
    </dialog>
  );
}
