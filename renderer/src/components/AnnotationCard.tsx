import { shorten } from '../../../shared/text/shorten';
import { useEffect, useId, useRef, useState } from 'react';
import { HIGHLIGHT_COLORS, HIGHLIGHT_COLOR_NAMES, quoteOf, type Annotation, type HighlightColor } from '../../../shared/model';
import type { AnnotationChanges } from '../lib/annotationChanges';
import { TagEditor } from './TagEditor';
import { useSidebarCard } from '../hooks/useSidebarCard';
import type { ListItemProps } from './VirtualCardList';

interface AnnotationCardProps {
  annotation: Annotation;
  active: boolean;
  orphan: boolean;
  readOnly: boolean;
  /** Offer "Ask students this as a question" (on a teacher's own notes, never on replies). */
  canAsk: boolean;
  /** A reply whose answered annotation was removed: kept, and said so. */
  detached: boolean;
  /** Replies under this card (e.g. students' answers to a teacher's question), already rendered. */
  replies?: React.ReactNode;
  tagSuggestions: readonly string[];
  onActivate: () => void;
  onChange: (changes: AnnotationChanges) => Promise<boolean>;
  onDelete: () => void;
  /** Escape in the editor: go back to the highlight in the text. */
  onLeave: () => void;
  /**
   * For an orphan: attach it to the passage selected in the text; null while nothing is
   * selected (a hint says how), undefined when it cannot be attached (not an orphan, read-only).
   */
  onAttach?: (() => void) | null;
  /** Its place in a virtual list (measuring, position, aria-setsize/posinset), when it is in one. */
  listItem?: ListItemProps;
}


/** One of the user's own highlights in the sidebar: a summary, and when active, its note, tags and colour editor. */
export function AnnotationCard(props: AnnotationCardProps) {
  const { annotation, active, orphan, readOnly, canAsk, detached, replies, tagSuggestions, onActivate, onChange, onDelete, onLeave, onAttach, listItem } = props;
  const questionId = useId();
  const question = annotation.motivation === 'questioning';
  const reply = annotation.motivation === 'replying';
  const [note, setNote] = useState(annotation.note);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const noteId = `note-${annotation.id}`;
  const { ref, position } = useSidebarCard(listItem, active);
  const quote = quoteOf(annotation);

  // The saved note flows back into the field, except the echo of our own save: the user may
  // have typed on while it was being written.
  const sentNote = useRef<string | null>(null);
  useEffect(() => {
    if (annotation.note !== sentNote.current) setNote(annotation.note);
    sentNote.current = null;
  }, [annotation.note]);

  const save = async (changes: Parameters<typeof onChange>[0]) => {
    if (changes.note !== undefined) sentNote.current = changes.note;
    setSaveState('saving');
    setSaveState((await onChange(changes)) ? 'saved' : 'failed');
  };

  // Tags being saved: the next tag change builds on these, not on the saved list the page has
  // not heard back about yet (else a quick second tag would save without the first).
  const [savingTags, setSavingTags] = useState<readonly string[] | null>(null);
  const latestTags = useRef<readonly string[] | null>(null);
  const saveTags = async (tags: string[]) => {
    latestTags.current = tags;
    setSavingTags(tags);
    await save({ tags });
    // Saved or not, the card now shows what is on disk, unless a later change is still on its way.
    if (latestTags.current !== tags) return;
    latestTags.current = null;
    setSavingTags(null);
  };

  const saveNote = () => {
    if (note !== annotation.note) void save({ note });
  };

  // Save the note as it is typed, once typing pauses, so closing the app never loses it.
  const pending = useRef(save);
  pending.current = save;
  useEffect(() => {
    if (!active || readOnly || note === annotation.note) return;
    const timer = setTimeout(() => void pending.current({ note }), 800);
    return () => clearTimeout(timer);
  }, [note, active, readOnly, annotation.note]);

  // A note still in its pause when the card closes (another highlight made active, the reader
  // left) is saved then: a field removed from the page never gets its blur.
  const unsavedNote = useRef<string | null>(null);
  unsavedNote.current = !readOnly && note !== annotation.note && note !== sentNote.current ? note : null;
  useEffect(() => {
    if (!active) return;
    return () => {
      if (unsavedNote.current !== null) void pending.current({ note: unsavedNote.current });
    };
  }, [active]);

  return (
    <li
      ref={ref}
      {...position}
      className={`annotation-card card-${annotation.color}${question ? ' card-question' : ''}${detached ? ' card-detached' : ''}${active ? ' card-active' : ''}`}
      data-annotation-id={annotation.id}
    >
      <button type="button" className="card-summary" aria-expanded={active} onClick={onActivate}>
        <span className={`color-dot dot-${annotation.color}`} aria-hidden="true" />
        {question ? <span className="badge badge-question">Question for students</span> : null}
        {detached ? <span className="badge badge-detached">Detached reply</span> : null}
        <span className="sr-only">
          {HIGHLIGHT_COLOR_NAMES[annotation.color]} {question ? 'question' : reply ? 'reply' : 'highlight'}
          {orphan ? ', passage not found' : ''}:{' '}
        </span>
        <span className="card-quote">{shorten(quote, active ? 600 : 160)}</span>
        {!active && annotation.note ? <span className="card-note-preview">{shorten(annotation.note, 120)}</span> : null}
        {!active && annotation.tags.length > 0 ? <span className="card-tags">{annotation.tags.map((t) => `#${t}`).join(' ')}</span> : null}
      </button>
      {onAttach ? (
        <button type="button" className="card-attach" onClick={onAttach}>
          Attach to selection<span className="sr-only"> (the highlight “{shorten(quote, 60)}”)</span>
        </button>
      ) : onAttach === null ? (
        <p className="card-attach muted">Select its passage in the text to attach it again.</p>
      ) : null}
      {detached ? <p className="card-detached-note">The note this answered was removed from its layer. Your reply is kept here.</p> : null}
      {active && readOnly ? (
        <div className="card-editor">
          {annotation.note ? <p className="card-note-preview">{annotation.note}</p> : null}
          {annotation.tags.length > 0 ? <p className="card-tags">{annotation.tags.map((t) => `#${t}`).join(' ')}</p> : null}
        </div>
      ) : active ? (
        <div
          className="card-editor"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            saveNote();
            onLeave();
          }}
        >
          <div role="group" aria-label="Colour" className="color-choices">
            {HIGHLIGHT_COLORS.map((color: HighlightColor) => (
              <button
                key={color}
                type="button"
                className={`swatch swatch-${color}`}
                aria-label={HIGHLIGHT_COLOR_NAMES[color]}
                aria-pressed={annotation.color === color}
                title={HIGHLIGHT_COLOR_NAMES[color]}
                onClick={() => void save({ color })}
              />
            ))}
          </div>
          <label htmlFor={noteId}>Note</label>
          <textarea
            id={noteId}
            value={note}
            rows={4}
            placeholder="Write a note (Markdown is fine). Saved as you type; Escape returns to the text."
            onChange={(event) => setNote(event.target.value)}
            onBlur={saveNote}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                saveNote();
              }
            }}
          />
          <TagEditor tags={savingTags ?? annotation.tags} suggestions={tagSuggestions} onChange={(tags) => void saveTags(tags)} />
          {canAsk && !reply ? (
            <div className="ask-question">
              <input id={questionId} type="checkbox" checked={question} onChange={(event) => void save({ question: event.target.checked })} />
              <label htmlFor={questionId}>Ask students this as a question</label>
            </div>
          ) : null}
          <div className="card-actions">
            <span className="save-state" role="status">
              {saveState === 'saving' ? 'Saving…' : saveState === 'saved' ? 'Saved' : saveState === 'failed' ? 'Not saved' : ''}
            </span>
            <button type="button" className="button-danger" onClick={onDelete} title="Delete this highlight (Delete key on a focused highlight)">
              Delete highlight
            </button>
          </div>
        </div>
      ) : null}
      {replies}
    </li>
  );
}
