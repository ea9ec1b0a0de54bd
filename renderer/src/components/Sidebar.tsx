import { useRef } from 'react';
import type { AnnotationChanges } from '../lib/annotationChanges';
import { isFiltering, type AnnotationFilter } from '../lib/filterAnnotations';
import { shortcutText } from '../lib/platform';
import type { SidebarArrangement, SidebarItem } from '../lib/sidebarItems';
import { AnnotationCard } from './AnnotationCard';
import { OtherAnnotationCard } from './OtherAnnotationCard';
import { ReplyList } from './ReplyList';
import { SidebarFilter } from './SidebarFilter';
import { VirtualCardList, type ListItemProps } from './VirtualCardList';

/** What the sidebar's cards can do; each takes the annotation's id. */
export interface CardActions {
  activate: (id: string) => void;
  change: (id: string, changes: AnnotationChanges) => Promise<boolean>;
  remove: (id: string) => void;
  /** Escape in an editor: back to the highlight in the text. */
  leave: (id: string) => void;
  reply: (id: string, note: string) => Promise<boolean>;
  copy: (id: string) => void;
  /** Puts an orphan on the passage selected in the text. */
  attach: (id: string) => void;
}

interface SidebarProps {
  /** Every shown layer's annotations, arranged and filtered. */
  arrangement: SidebarArrangement;
  activeId: string | null;
  readOnly: boolean;
  /** A passage is selected in the text, so orphans can be attached to it. */
  canAttach: boolean;
  /** Offer "Ask students this as a question" on the user's own notes. */
  canAsk: boolean;
  tagSuggestions: readonly string[];
  filter: AnnotationFilter;
  filterRef: React.RefObject<HTMLInputElement | null>;
  onFilterChange: (filter: AnnotationFilter) => void;
  onManageTags: () => void;
  actions: CardActions;
  /** The Layers section, when the document has other people's layers. */
  layersPanel: React.ReactNode;
}

/**
 * The document's annotations: layers, a filter, other people's questions first, then reading
 * order, then orphans. Each list renders only the cards near the view (see VirtualCardList).
 */
export function Sidebar(props: SidebarProps) {
  const { arrangement, activeId, readOnly, canAttach, canAsk, tagSuggestions, filter, actions } = props;
  const { questions, placed, orphans, replies, total } = arrangement;
  const scroller = useRef<HTMLElement | null>(null);

  const repliesOf = (item: SidebarItem) => {
    const list = replies.get(item.annotation.id) ?? [];
    const noun = item.annotation.motivation === 'questioning' ? 'answer' : 'reply';
    return { list, node: <ReplyList replies={list} noun={noun} actions={{ edit: (id, note) => actions.change(id, { note }), remove: actions.remove }} /> };
  };

  const card = (item: SidebarItem, orphan: boolean, listItem: ListItemProps) => {
    const { annotation } = item;
    const id = annotation.id;
    const below = repliesOf(item);
    if (item.layer.role !== 'own') {
      return (
        <OtherAnnotationCard
          key={id}
          item={item}
          active={id === activeId}
          orphan={orphan}
          replies={below.node}
          answered={below.list.some((r) => r.layer.role === 'own')}
          onActivate={() => actions.activate(id)}
          onReply={(note) => actions.reply(id, note)}
          onCopy={() => actions.copy(id)}
          listItem={listItem}
        />
      );
    }
    return (
      <AnnotationCard
        key={id}
        annotation={annotation}
        active={id === activeId}
        orphan={orphan}
        readOnly={readOnly}
        canAsk={canAsk}
        detached={item.detached}
        replies={below.node}
        tagSuggestions={tagSuggestions}
        onActivate={() => actions.activate(id)}
        onChange={(changes) => actions.change(id, changes)}
        onDelete={() => actions.remove(id)}
        onLeave={() => actions.leave(id)}
        onAttach={orphan && !readOnly ? (canAttach ? () => actions.attach(id) : null) : undefined}
        listItem={listItem}
      />
    );
  };
  const shown = questions.length + placed.length + orphans.length;
  return (
    <aside className="sidebar" aria-labelledby="sidebar-heading" ref={scroller}>
      <div className="sidebar-header">
        <h2 id="sidebar-heading">
          Highlights <span className="count">{total}</span>
        </h2>
        <button type="button" className="link-button" onClick={props.onManageTags} title={`Rename, merge or delete tags (${shortcutText('manage-tags')})`}>
          Manage tags…
        </button>
      </div>
      {props.layersPanel}
      {total > 0 ? <SidebarFilter filter={filter} tags={tagSuggestions} onChange={props.onFilterChange} inputRef={props.filterRef} /> : null}
      {isFiltering(filter) ? (
        <p className="filter-count" role="status">
          Showing {shown} of {total}
        </p>
      ) : null}
      {questions.length > 0 ? (
        <section aria-labelledby="questions-heading" className="questions-section">
          <h3 id="questions-heading">
            Questions <span className="count">{questions.length}</span>
          </h3>
          <p className="muted">Answer each one here. Your answers are saved with your notes and handed in with them.</p>
          <VirtualCardList items={questions} label="Questions" activeId={activeId} scroller={scroller} renderCard={(item, li) => card(item, false, li)} />
        </section>
      ) : null}
      {total === 0 ? (
        <p className="muted sidebar-empty">
          Select a passage and pick a colour, or press {shortcutText('highlight')}, to highlight it.
        </p>
      ) : placed.length > 0 ? (
        <section aria-labelledby={questions.length > 0 ? 'reading-order-heading' : undefined}>
          {questions.length > 0 ? <h3 id="reading-order-heading">Highlights and notes</h3> : null}
          <VirtualCardList
            items={placed}
            label="Highlights in reading order"
            activeId={activeId}
            scroller={scroller}
            renderCard={(item, li) => card(item, false, li)}
          />
        </section>
      ) : null}
      {orphans.length > 0 ? (
        <section aria-labelledby="orphans-heading">
          <h3 id="orphans-heading">Orphans</h3>
          <p className="muted">
            These passages can no longer be found in the text. They are kept here; to put one back, select its passage in the text and choose
            Attach to selection.
          </p>
          <VirtualCardList items={orphans} label="Orphaned highlights" activeId={activeId} scroller={scroller} renderCard={(item, li) => card(item, true, li)} />
        </section>
      ) : null}
    </aside>
  );
}
