import { useId } from 'react';

interface TagEditorProps {
  tags: readonly string[];
  suggestions: readonly string[];
  /** The tag being typed (kept by the card, so it outlives the card; see useCardDraft). */
  draft: string;
  onDraftChange: (draft: string) => void;
  onChange: (tags: string[]) => void;
}

/** Tags as removable chips plus an input that adds a tag on Enter or comma. */
export function TagEditor({ tags, suggestions, draft, onDraftChange: setDraft, onChange }: TagEditorProps) {
  const inputId = useId();
  const listId = useId();

  const commit = () => {
    const tag = draft.trim().replace(/\s+/g, ' ');
    setDraft('');
    if (tag.length === 0 || tags.includes(tag)) return;
    onChange([...tags, tag]);
  };

  return (
    <div className="tag-editor">
      <label htmlFor={inputId}>Tags</label>
      {tags.length > 0 ? (
        <ul className="tag-list" aria-label="Tags of this highlight">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <span>{tag}</span>
              <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={inputId}
        list={listId}
        value={draft}
        placeholder="Add a tag, then Enter"
        maxLength={100}
        onChange={(event) => setDraft(event.target.value.replace(/,/g, ''))}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
            onChange(tags.slice(0, -1));
          }
        }}
        onBlur={commit}
      />
      <datalist id={listId}>
        {suggestions
          .filter((s) => !tags.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </div>
  );
}
