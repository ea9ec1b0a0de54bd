import type { Annotation } from '../../../shared/model';
import { isFiltering, type AnnotationFilter } from '../lib/filterAnnotations';
import { shortcutText } from '../lib/platform';
import { AnnotationCard } from './AnnotationCard';
import { SidebarFilter } from './SidebarFilter';

interface SidebarProps {
  /** Annotations whose passage was found, in reading order (already filtered). */
  placed: readonly Annotation[];
  /** Annotations whose passage could not be found (already filtered); kept and listed, never dropped. */
  orphans: readonly Annotation[];
  total: number;
  activeId: string | null;
  readOnly: boolean;
  tagSuggestions: readonly string[];
  filter: AnnotationFilter;
  filterRef: React.RefObject<HTMLInputElement | null>;
  onFilterChange: (filter: AnnotationFilter) => void;
  onManageTags: () => void;
  onActivate: (id: string) => void;
  onChange: (id: string, changes: Partial<Pick<Annotation, 'color' | 'note' | 'tags'>>) => Promise<boolean>;
  onDelete: (id: string) => void;
  onLeave: (id: string) => void;
}

/** The document's highlights in reading order, a filter over them, and any orphans. */
export function Sidebar(props: SidebarProps) {
  const { placed, orphans, total, activeId, readOnly, tagSuggestions, filter } = props;
  const card = (annotation: Annotation, orphan: boolean) => (
    <AnnotationCard
      key={annotation.id}
      annotation={annotation}
      active={annotation.id === activeId}
      orphan={orphan}
      readOnly={readOnly}
      tagSuggestions={tagSuggestions}
      onActivate={() => props.onActivate(annotation.id)}
      onChange={(changes) => props.onChange(annotation.id, changes)}
      onDelete={() => props.onDelete(annotation.id)}
      onLeave={() => props.onLeave(annotation.id)}
    />
  );
  const shown = placed.length + orphans.length;
  return (
    <aside className="sidebar" aria-labelledby="sidebar-heading">
      <div className="sidebar-header">
        <h2 id="sidebar-heading">
          Highlights <span className="count">{total}</span>
        </h2>
        <button type="button" className="link-button" onClick={props.onManageTags} title={`Rename, merge or delete tags (${shortcutText('manage-tags')})`}>
          Manage tags…
        </button>
      </div>
      {total > 0 ? <SidebarFilter filter={filter} tags={tagSuggestions} onChange={props.onFilterChange} inputRef={props.filterRef} /> : null}
      {isFiltering(filter) ? (
        <p className="filter-count" role="status">
          Showing {shown} of {total}
        </p>
      ) : null}
      {total === 0 ? (
        <p className="muted sidebar-empty">
          Select a passage and pick a colour, or press {shortcutText('highlight')}, to highlight it.
        </p>
      ) : placed.length > 0 ? (
        <ol className="annotation-list" aria-label="Highlights in reading order">
          {placed.map((a) => card(a, false))}
        </ol>
      ) : null}
      {orphans.length > 0 ? (
        <section aria-labelledby="orphans-heading">
          <h3 id="orphans-heading">Orphans</h3>
          <p className="muted">These passages can no longer be found in the text. They are kept here.</p>
          <ol className="annotation-list" aria-label="Orphaned highlights">
            {orphans.map((a) => card(a, true))}
          </ol>
        </section>
      ) : null}
    </aside>
  );
}
