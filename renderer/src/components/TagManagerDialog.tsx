import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { TagCount } from '../../../shared/api';
import { plural } from '../../../shared/text/plural';
import { call } from '../lib/api';
import { DialogButtons } from './DialogButtons';

interface TagManagerDialogProps {
  onClose: () => void;
  /** Called after tags changed on disk, so views can reload. */
  onChanged: () => void;
}

/** "Manage Tags…": rename, merge and delete tags across the whole library. */
export function TagManagerDialog({ onClose, onChanged }: TagManagerDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [tags, setTags] = useState<TagCount[] | null>(null);
  const [message, setMessage] = useState('');
  const titleId = useId();

  const load = useCallback(async () => {
    const result = await call('listTags', {});
    if (result.ok) setTags(result.value);
    else setMessage(result.error.message);
  }, []);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    void load();
  }, [load]);

  const rename = async (from: string, to: string) => {
    const target = to.trim().replace(/\s+/g, ' ');
    if (target === '' || target === from) return;
    const merging = tags?.some((t) => t.tag === target);
    const result = await call('renameTag', { from, to: target });
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    setMessage(`${merging ? `Merged “${from}” into` : `Renamed “${from}” to`} “${target}” on ${plural(result.value.changed, 'highlight')}.`);
    onChanged();
    await load();
  };

  const remove = async (tag: string) => {
    const result = await call('deleteTag', { tag });
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    setMessage(`Removed “${tag}” from ${plural(result.value.changed, 'highlight')}.`);
    onChanged();
    await load();
  };

  return (
    <dialog ref={dialog} className="modal" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <h2 id={titleId}>Manage tags</h2>
      <p className="muted">Changes apply to every highlight in your library. Renaming to an existing tag merges the two.</p>
      {tags === null ? (
        <p>Loading tags…</p>
      ) : tags.length === 0 ? (
        <p>No tags yet. Add tags to a highlight in the sidebar.</p>
      ) : (
        <ul className="tag-manager" aria-label="Tags">
          {tags.map((t) => (
            <TagRow key={t.tag} tag={t} existing={tags} onRename={rename} onDelete={remove} />
          ))}
        </ul>
      )}
      <p role="status" className="dialog-status">
        {message}
      </p>
      <DialogButtons onCancel={onClose} cancelLabel="Done" />
    </dialog>
  );
}

function TagRow({
  tag,
  existing,
  onRename,
  onDelete,
}: {
  tag: TagCount;
  existing: readonly TagCount[];
  onRename: (from: string, to: string) => Promise<void>;
  onDelete: (tag: string) => Promise<void>;
}) {
  const [name, setName] = useState(tag.tag);
  const [confirming, setConfirming] = useState(false);
  const inputId = useId();
  const target = name.trim().replace(/\s+/g, ' ');
  const merges = target !== tag.tag && existing.some((t) => t.tag === target);
  return (
    <li className="tag-manager-row">
      <label htmlFor={inputId} className="sr-only">
        New name for {tag.tag}
      </label>
      <input
        id={inputId}
        value={name}
        maxLength={100}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void onRename(tag.tag, name);
          }
        }}
      />
      <span className="muted tag-count">{plural(tag.count, 'highlight')}</span>
      <button type="button" disabled={target === '' || target === tag.tag} onClick={() => void onRename(tag.tag, name)}>
        {merges ? 'Merge' : 'Rename'}
        <span className="sr-only"> {tag.tag}</span>
      </button>
      {confirming ? (
        <button type="button" className="button-danger" onClick={() => void onDelete(tag.tag)}>
          Confirm delete<span className="sr-only"> {tag.tag}</span>
        </button>
      ) : (
        <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
          Delete<span className="sr-only"> {tag.tag}</span>
        </button>
      )}
    </li>
  );
}
