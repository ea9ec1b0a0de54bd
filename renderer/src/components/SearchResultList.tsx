import { HIGHLIGHT_COLOR_NAMES } from '../../../shared/model';
import type { SearchDocumentHits } from '../../../shared/search';
import { HIT_KIND_LABELS, hitKey, snippetParts, type SearchRow } from '../lib/searchResults';

/** The id of a result's element, for aria-activedescendant. */
export function resultElementId(index: number): string {
  return `search-result-${index}`;
}

interface SearchResultListProps {
  id: string;
  groups: readonly SearchDocumentHits[];
  activeKey: string | null;
  /** Other people's names by id: their hits say whose they are. */
  names: ReadonlyMap<string, string>;
  onOpen: (row: SearchRow) => void;
}

/**
 * The results as a listbox grouped by document (title and count), each hit with its kind, the
 * colour of its highlight and its snippet with the match marked. Text goes in as text nodes
 * only: a document may hold markup, and it must show as written.
 */
export function SearchResultList({ id, groups, activeKey, names, onOpen }: SearchResultListProps) {
  let index = -1;
  return (
    <div id={id} role="listbox" aria-label="Search results" className="search-results">
      {groups.map((group, g) => (
        <div key={group.documentId} role="group" aria-labelledby={`search-group-${g}`} className="search-group">
          <div id={`search-group-${g}`} className="search-group-heading">
            <span className="search-group-title">{group.title || 'Untitled'}</span>
            <span className="search-group-count">
              {', '}
              {group.hits.length} {group.hits.length === 1 ? 'result' : 'results'}
            </span>
          </div>
          {group.hits.map((hit) => {
            index += 1;
            const key = hitKey(group.documentId, hit);
            const { before, match, after } = snippetParts(hit.snippet);
            const row: SearchRow = { key, documentId: group.documentId, title: group.title, hit };
            return (
              <div
                key={key}
                id={resultElementId(index)}
                role="option"
                aria-selected={key === activeKey}
                className={`search-hit${key === activeKey ? ' search-hit-active' : ''}`}
                onClick={() => onOpen(row)}
              >
                <span className="search-hit-kind">{HIT_KIND_LABELS[hit.kind]}</span>
                {hit.color ? (
                  <span className={`search-swatch search-swatch-${hit.color}`} title={`${HIGHLIGHT_COLOR_NAMES[hit.color]} highlight`}>
                    <span className="sr-only">{`(${HIGHLIGHT_COLOR_NAMES[hit.color]})`}</span>
                  </span>
                ) : (
                  <span className="search-swatch search-swatch-none" aria-hidden="true" />
                )}
                <span className="search-snippet">
                  {before}
                  <mark>{match}</mark>
                  {after}
                </span>
                {hit.creatorId !== undefined && names.has(hit.creatorId) ? <span className="search-hit-person">{names.get(hit.creatorId)}</span> : null}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
