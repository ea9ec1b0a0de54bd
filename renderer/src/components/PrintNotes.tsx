import { quoteOf } from '../../../shared/model';
import { authorLabel } from '../lib/layerLabels';
import type { SidebarArrangement, SidebarItem } from '../lib/sidebarItems';

/**
 * The notes as printed after the text (hidden on screen): every shown annotation in the
 * sidebar's order, with its full passage, author, note, tags and replies.
 */
export function PrintNotes({ arrangement }: { arrangement: SidebarArrangement }) {
  const items = [...arrangement.questions, ...arrangement.placed, ...arrangement.orphans];
  if (items.length === 0) return null;
  return (
    <section className="print-notes" aria-label="Notes for printing">
      <h2>Notes</h2>
      <ol>
        {items.map((item) => (
          <PrintedNote key={item.annotation.id} item={item} replies={arrangement.replies.get(item.annotation.id) ?? []} />
        ))}
      </ol>
    </section>
  );
}

function PrintedNote({ item, replies }: { item: SidebarItem; replies: readonly SidebarItem[] }) {
  const { annotation, layer } = item;
  const question = annotation.motivation === 'questioning';
  return (
    <li className={`print-note print-${annotation.color}`}>
      <p className="print-meta">
        {authorLabel(layer)}
        {question ? ' · question' : ''}
        {item.detached ? ' · detached reply' : ''}
      </p>
      <blockquote>{quoteOf(annotation)}</blockquote>
      {annotation.note ? <p className="print-text">{annotation.note}</p> : null}
      {annotation.tags.length > 0 ? <p className="print-tags">{annotation.tags.map((t) => `#${t}`).join(' ')}</p> : null}
      {replies.map((reply) => (
        <p key={reply.annotation.id} className="print-reply">
          <strong>{reply.layer.role === 'own' ? (question ? 'Your answer' : 'Your reply') : authorLabel(reply.layer)}:</strong> {reply.annotation.note}
        </p>
      ))}
    </li>
  );
}
