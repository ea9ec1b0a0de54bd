import { useState } from 'react';
import { HIGHLIGHT_COLOR_NAMES, quoteOf } from '../../../shared/model';
import { shorten } from '../../../shared/text/shorten';
import { cardDrafts } from '../lib/draftStore';
import { authorLabel } from '../lib/layerLabels';
import type { SidebarItem } from '../lib/sidebarItems';
import { ReplyEditor } from './ReplyEditor';
import { useSidebarCard } from '../hooks/useSidebarCard';
import type { ListItemProps } from './VirtualCardList';

interface OtherAnnotationCardProps {
  item: SidebarItem;
  active: boolean;
  orphan: boolean;
  /** Replies under this card, already rendered. */
  replies: React.ReactNode;
  /** The user has replied to this annotation already (an answer can still be added). */
  answered: boolean;
  onActivate: () => void;
  onReply: (note: string) => Promise<boolean>;
  onCopy: () => void;
  /** Its place in a virtual list (measuring, position, aria-setsize/posinset), when it is in one. */
  listItem?: ListItemProps;
}

/**
 * Someone else's annotation (a teacher's or a student's): read-only, labelled with its author,
 * with Reply (Answer, for a question) and Copy to my notes instead of an editor.
 */
export function OtherAnnotationCard({ item, active, orphan, replies, answered, onActivate, onReply, onCopy, listItem }: OtherAnnotationCardProps) {
  const { annotation, layer } = item;
  const replyKey = `reply:${annotation.id}`;
  // A reply being written when the card left the page is open again, with its text (but does
  // not take the focus as one just opened does).
  const [replying, setReplying] = useState<'closed' | 'opened' | 'restored'>(() => (cardDrafts.get(replyKey) !== undefined ? 'restored' : 'closed'));
  const { ref, position } = useSidebarCard(listItem, active);
  const question = annotation.motivation === 'questioning';
  const author = authorLabel(layer);
  const kind = question ? 'question' : 'highlight';

  return (
    <li
      ref={ref}
      {...position}
      className={`annotation-card card-other card-${annotation.color}${question ? ' card-question' : ''}${active ? ' card-active' : ''}`}
      data-annotation-id={annotation.id}
    >
      <button type="button" className="card-summary" aria-expanded={active} onClick={onActivate}>
        <span className="card-author">
          {author}
          {question ? <span className="badge badge-question">Question</span> : null}
        </span>
        <span className="sr-only">
          {' '}
          {HIGHLIGHT_COLOR_NAMES[annotation.color]} {kind}
          {orphan ? ', passage not found' : ''}:{' '}
        </span>
        <span className="card-quote">{shorten(quoteOf(annotation), active ? 600 : 160)}</span>
        {annotation.note ? <span className={question ? 'card-question-text' : 'card-note-preview'}>{active || question ? annotation.note : shorten(annotation.note, 120)}</span> : null}
        {annotation.tags.length > 0 ? <span className="card-tags">{annotation.tags.map((t) => `#${t}`).join(' ')}</span> : null}
      </button>
      {replies}
      {replying !== 'closed' ? (
        <ReplyEditor
          label={question ? 'Your answer' : 'Your reply'}
          saveLabel={question ? 'Save answer' : 'Save reply'}
          draftKey={replyKey}
          autoFocus={replying === 'opened'}
          onSave={onReply}
          onCancel={() => setReplying('closed')}
        />
      ) : (
        <div className="card-other-actions">
          <button type="button" id={`reply-button-${annotation.id}`} onClick={() => setReplying('opened')}>
            {question ? (answered ? 'Answer again' : 'Answer') : 'Reply'}
          </button>
          <button type="button" onClick={onCopy} title="Make an editable copy of this highlight and its note in your own notes">
            Copy to my notes
          </button>
        </div>
      )}
    </li>
  );
}
