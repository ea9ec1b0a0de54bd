import { useState } from 'react';
import { cardDrafts } from '../lib/draftStore';
import { authorLabel } from '../lib/layerLabels';
import type { SidebarItem } from '../lib/sidebarItems';
import { ReplyEditor } from './ReplyEditor';

/** What a reply list can do with the user's own replies. */
export interface ReplyActions {
  edit: (id: string, note: string) => Promise<boolean>;
  remove: (id: string) => void;
}

interface ReplyListProps {
  replies: readonly SidebarItem[];
  /** "answer" under a question, "reply" under anything else. */
  noun: 'answer' | 'reply';
  actions: ReplyActions;
}

/** Replies under the annotation they answer: the user's own (editable) and other people's. */
export function ReplyList({ replies, noun, actions }: ReplyListProps) {
  if (replies.length === 0) return null;
  return (
    <ol className="reply-list" aria-label={noun === 'answer' ? 'Answers' : 'Replies'}>
      {replies.map((item) => (
        <Reply key={item.annotation.id} item={item} noun={noun} actions={actions} />
      ))}
    </ol>
  );
}

function Reply({ item, noun, actions }: { item: SidebarItem; noun: 'answer' | 'reply'; actions: ReplyActions }) {
  const { annotation, layer } = item;
  const editKey = `edit:${annotation.id}`;
  // An edit not yet saved when the card left the page is open again, with its text (but does
  // not take the focus as one just opened does).
  const [editing, setEditing] = useState<'closed' | 'opened' | 'restored'>(() => (cardDrafts.get(editKey) !== undefined ? 'restored' : 'closed'));
  const own = layer.role === 'own';
  const who = own ? `Your ${noun}` : authorLabel(layer);
  return (
    <li className={`reply${own ? ' reply-own' : ''}`} data-annotation-id={annotation.id}>
      {editing !== 'closed' ? (
        <ReplyEditor
          label={`Edit your ${noun}`}
          initial={annotation.note}
          saveLabel={`Save ${noun}`}
          draftKey={editKey}
          autoFocus={editing === 'opened'}
          onSave={(note) => actions.edit(annotation.id, note)}
          onCancel={() => setEditing('closed')}
        />
      ) : (
        <>
          <p className="reply-author">{who}</p>
          <p className="reply-note">{annotation.note || <span className="muted">(empty)</span>}</p>
          {own ? (
            <div className="reply-actions">
              <button type="button" className="link-button" onClick={() => setEditing('opened')}>
                Edit<span className="sr-only"> your {noun}</span>
              </button>
              <button type="button" className="link-button link-danger" onClick={() => actions.remove(annotation.id)}>
                Delete<span className="sr-only"> your {noun}</span>
              </button>
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}
