import { useId } from 'react';
import { ariaKeyShortcut, SHORTCUTS } from '../../../shared/shortcuts';
import { IS_MAC, shortcutText } from '../lib/platform';
import { LIBRARY_SORTS, isLibrarySort, type LibraryArrangement } from '../lib/libraryArrangement';

interface LibraryToolbarProps {
  arrangement: LibraryArrangement;
  /** The tags the filter offers (those used in the library). */
  tags: readonly string[];
  onChange: (arrangement: LibraryArrangement) => void;
}

/** The library's title search (filters as you type), sort order and tag filter. */
export function LibraryToolbar({ arrangement, tags, onChange }: LibraryToolbarProps) {
  const searchId = useId();
  const sortId = useId();
  const tagId = useId();
  // A remembered tag no longer used anywhere still shows, so the filter never hides documents silently.
  const offered = arrangement.tag !== null && !tags.includes(arrangement.tag) ? [...tags, arrangement.tag] : tags;
  return (
    <div className="library-toolbar" role="group" aria-label="Find and sort documents">
      <div className="library-tool library-search">
        <label htmlFor={searchId}>Search titles and authors</label>
        <input
          id={searchId}
          type="search"
          value={arrangement.query}
          placeholder="Type part of a title or author"
          title={`Search the library's titles and authors (${shortcutText('find-in-document')})`}
          aria-keyshortcuts={ariaKeyShortcut(SHORTCUTS['find-in-document'], IS_MAC)}
          data-find-target
          maxLength={300}
          onChange={(event) => onChange({ ...arrangement, query: event.target.value })}
        />
      </div>
      <div className="library-tool">
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          value={arrangement.sort}
          onChange={(event) => {
            if (isLibrarySort(event.target.value)) onChange({ ...arrangement, sort: event.target.value });
          }}
        >
          {Object.entries(LIBRARY_SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="library-tool">
        <label htmlFor={tagId}>Tag</label>
        <select id={tagId} value={arrangement.tag ?? ''} onChange={(event) => onChange({ ...arrangement, tag: event.target.value === '' ? null : event.target.value })}>
          <option value="">All tags</option>
          {offered.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
