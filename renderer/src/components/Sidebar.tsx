import type { Annotation } from '../../../shared/model';
import { AnnotationCard } from './AnnotationCard';

interface SidebarProps {
  /** Annotations whose passage was found, in reading order. */
  placed: readonly Annotation[];
  /** Annotations whose passage could not be found; kept and listed, never dropped. */
  orphans: readonly Annotation[];
  activeId: string | null;
  tagSuggestions: readonly string[];
  onActivate: (id: string) => void;
  onChange: (id: string, changes: Partial<Pick<Annotation, 'color' | 'note' | 'tags'>>) => Promise<boolean>;
  onDelete: (id: string) => void;
}

/** The document's highlights in reading order, then any orphans. */
export function Sidebar({ placed, orphans, activeId, tagSuggestions, onActivate, onChange, onDelete }: SidebarProps) {
  const card = (annotation: Annotation, orphan: boolean) => (
    <AnnotationCard
      key={annotation.id}
      annotation={annotation}
      active={annotation.id === activeId}
      orphan={orphan}
      tagSuggestions={tagSuggestions}
      onActivate={() => onActivate(annotation.id)}
      onChange={(changes) => onChange(annotation.id, changes)}
      onDelete={() => onDelete(annotation.id)}
    />
  );
  const total = placed.length + orphans.length;
  return (
    <aside className="sidebar" aria-labelledby="sidebar-heading">
      <h2 id="sidebar-heading">
        Highlights <span className="count">{total}</span>
      </h2>
      {total === 0 ? (
        <p className="muted sidebar-empty">Select a passage and pick a colour to highlight it.</p>
      ) : (
        <ol className="annotation-list" aria-label="Highlights in reading order">
          {placed.map((a) => card(a, false))}
        </ol>
      )}
      {orphans.length > 0 ? (
        <section aria-labelledby="orphans-heading">
          <h3 id="orphans-heading">Orphans</h3>
          <p className="muted">These passages can no longer be found in the text. They are kept here.</p>
          <ol className="annotation-list">{orphans.map((a) => card(a, true))}</ol>
        </section>
      ) : null}
    </aside>
  );
}
