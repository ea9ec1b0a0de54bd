import { shorten } from '../../../shared/text/shorten';
import { useId, useRef, useState } from 'react';
import { HIGHLIGHT_COLORS, HIGHLIGHT_COLOR_NAMES, quoteOf, type Annotation, type HighlightColor } from '../../../shared/model';
import { changeLabel, type AnnotationChanges } from '../lib/annotationChanges';
import { IS_MAC } from '../lib/platform';
import { IDLE_SAVE_STATUS, SaveTracker, saveStatusText, type SaveStatus } from '../lib/saveTracker';
import { useCardDraft } from '../hooks/useCardDraft';
import { useNoteDraft } from '../hooks/useNoteDraft';
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

/** The keys that save a note at once, for the Not saved message. */
const SAVE_NOTE_KEYS = IS_MAC ? '⌘Return' : 'Ctrl+Enter';

/** One of the user's own highlights in the sidebar: a summary, and when active, its note, tags and colour editor. */
export function AnnotationCard(props: AnnotationCardProps) {
  const { annotation, active, orphan, readOnly, canAsk, detached, replies, tagSuggestions, onActivate, onChange, onDelete, onLeave, onAttach, listItem } = props;
  const questionId = useId();
  const question = annotation.motivation === 'questioning';
  const reply = annotation.motivation === 'replying';
  const noteId = `note-${annotation.id}`;
  const { ref, position } = useSidebarCard(listItem, active);
  const quote = quoteOf(annotation);

  // Saves overlap when changes come faster than the disk answers: Saving… until the last answers.
  const tracker = useRef(new SaveTracker());
  const [status, setStatus] = useState<SaveStatus>(IDLE_SAVE_STATUS);
  const save = async (changes: AnnotationChanges): Promise<boolean> => {
    setStatus(tracker.current.start());
    const ok = await onChange(changes);
    setStatus(tracker.current.finish(ok, changeLabel(changes)));
    return ok;
  };
  const { note, setNote, saveNote, unsaved } = useNoteDraft(annotation, active && !readOnly, (text) => save({ note: text }));

  // Tags being saved: the next tag change builds on these, not on the saved list the page has
  // not heard back about yet (else a quick second tag would save without the first).
  const [savingTags, setSavingTags] = useState<readonly string[] | null>(null);
  const latestTags = useRef<readonly string[] | null>(null);
  const [tagDraft, setTagDraft] = useCardDraft(`tag:${annotation.id}`, '');
  const saveTags = async (tags: string[]) => {
    const added = tags.filter((tag) => !(savingTags ?? annotation.tags).includes(tag));
    latestTags.current = tags;
    setSavingTags(tags);
    const ok = await save({ tags });
    // Saved or not, the card now shows what is on disk, unless a later change is still on its way.
    if (latestTags.current !== tags) return;
    latestTags.current = null;
    setSavingTags(null);
    // A tag typed and not saved goes back in the field, for Enter to try again.
    if (!ok && added.length === 1) setTagDraft((draft) => (draft.trim() === '' ? added[0]! : draft));
  };

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
        {!active && unsaved && !readOnly ? <span className="card-unsaved">Your note is not saved yet; open this highlight to save it.</span> : null}
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
          <TagEditor
            tags={savingTags ?? annotation.tags}
            suggestions={tagSuggestions}
            draft={tagDraft}
            onDraftChange={setTagDraft}
            onChange={(tags) => void saveTags(tags)}
          />
          {canAsk && !reply ? (
            <div className="ask-question">
              <input id={questionId} type="checkbox" checked={question} onChange={(event) => void save({ question: event.target.checked })} />
              <label htmlFor={questionId}>Ask students this as a question</label>
            </div>
          ) : null}
          <div className="card-actions">
            <span className={`save-state${status.state === 'failed' ? ' save-state-failed' : ''}`} role="status">
              {saveStatusText(status, SAVE_NOTE_KEYS)}
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
