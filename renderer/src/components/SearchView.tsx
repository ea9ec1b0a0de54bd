import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useLibrarySearch } from '../hooks/useLibrarySearch';
import { useOtherPeople } from '../hooks/useOtherPeople';
import { shortcutText } from '../lib/platform';
import { flattenHits, moveActive, resultSummary, type SearchPageState, type SearchRow } from '../lib/searchResults';
import { SearchFilters } from './SearchFilters';
import { resultElementId, SearchResultList } from './SearchResultList';

const RESULTS_ID = 'search-results';

interface SearchViewProps {
  /** The query, filters, chosen result and scroll position, kept by the app between visits. */
  state: SearchPageState;
  onChange: (update: (state: SearchPageState) => SearchPageState) => void;
  /** Every tag in the library. */
  tags: readonly string[];
  /** Changes whenever the library may have changed, to search again. */
  refresh: number;
  /** Changes when the search shortcut is pressed on this page: the box takes the focus. */
  focusRequest: number;
  /** Where Back (and Escape) leads: "Library" or "Reading". */
  backTo: string;
  onBack: () => void;
  onOpen: (row: SearchRow) => void;
}

/**
 * The library search page: a search box that drives a grouped list of results (↓/↑ choose,
 * Enter opens), filters by tag, colour and person, and the empty, no-results and error states.
 */
export function SearchView({ state, onChange, tags, refresh, focusRequest, backTo, onBack, onOpen }: SearchViewProps) {
  const { outcome, slow, pending } = useLibrarySearch(state.query, state.filters, refresh);
  const groups = useMemo(() => (outcome.kind === 'results' ? outcome.groups : []), [outcome]);
  const rows = useMemo(() => flattenHits(groups), [groups]);
  const people = useOtherPeople();
  const names = useMemo(() => new Map(people.map((p) => [p.id, p.name || 'Someone unnamed'])), [people]);
  const activeIndex = rows.findIndex((r) => r.key === state.activeKey);
  const box = useRef<HTMLInputElement | null>(null);
  const page = useRef<HTMLElement | null>(null);
  const scrollTop = useRef(state.scrollTop);
  const restored = useRef(false);

  useEffect(() => box.current?.focus(), [focusRequest]);

  // The scroll position is kept when leaving (to read a result) and restored with the results.
  useEffect(() => () => onChange((s) => ({ ...s, scrollTop: scrollTop.current })), [onChange]);
  useLayoutEffect(() => {
    if (restored.current || outcome.kind !== 'results' || !page.current) return;
    restored.current = true;
    page.current.scrollTop = state.scrollTop;
  }, [outcome, state.scrollTop]);

  const choose = (index: number) => {
    const row = rows[index];
    if (!row) return;
    onChange((s) => ({ ...s, activeKey: row.key }));
    document.getElementById(resultElementId(index))?.scrollIntoView({ block: 'nearest' });
  };

  const onBoxKey = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const next = moveActive(event.key, activeIndex, rows.length);
    if (next !== null) {
      event.preventDefault();
      return choose(next);
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      const row = rows[activeIndex] ?? rows[0];
      if (row) onOpen(row);
    }
  };

  return (
    <main
      ref={page}
      className="search-page"
      aria-labelledby="search-heading"
      aria-busy={pending}
      onScroll={(event) => (scrollTop.current = event.currentTarget.scrollTop)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !(event.target instanceof HTMLSelectElement)) {
          event.preventDefault();
          onBack();
        }
      }}
    >
      <header className="search-header">
        <button type="button" onClick={onBack} title={`Back to where you were (Escape)`}>
          ← {backTo}
        </button>
        <h1 id="search-heading">Search the library</h1>
      </header>
      <div className="search-controls" role="search">
        {/* The page's heading says the same right above, so the label is for screen readers. */}
        <label className="sr-only" htmlFor="search-box">
          Search the library
        </label>
        <input
          ref={box}
          id="search-box"
          type="search"
          className="search-box"
          value={state.query}
          placeholder={`Words, a phrase, a tag… (${shortcutText('search-library')})`}
          autoComplete="off"
          // Ctrl+F (find) on this page means this box.
          data-find-target=""
          spellCheck={false}
          {...(rows.length > 0 ? { 'aria-controls': RESULTS_ID } : {})}
          aria-describedby="search-help"
          {...(activeIndex >= 0 ? { 'aria-activedescendant': resultElementId(activeIndex) } : {})}
          onChange={(event) => onChange((s) => ({ ...s, query: event.target.value, activeKey: null, scrollTop: 0 }))}
          onKeyDown={onBoxKey}
        />
        <p id="search-help" className="sr-only">
          Results appear as you type. Up and Down arrows choose a result, Enter opens it, Escape goes back.
        </p>
        <SearchFilters filters={state.filters} people={people} tags={tags} onChange={(filters) => onChange((s) => ({ ...s, filters, activeKey: null }))} />
      </div>
      <p role="status" className={outcome.kind === 'results' && rows.length === 0 && !slow ? 'sr-only' : 'search-status'}>
        {slow ? 'Searching…' : outcome.kind === 'results' ? resultSummary(groups) : ''}
      </p>
      {outcome.kind === 'empty' ? (
        <div className="search-empty">
          <p>Type to search the text, highlights, notes and tags of every document.</p>
          <p className="muted">
            Accents and capitals do not matter (<q>resume</q> finds <q>résumé</q>), the start of a word is enough, and a small typo is forgiven.
          </p>
        </div>
      ) : outcome.kind === 'error' ? (
        <p role="alert" className="search-error">
          The search did not work: {outcome.message} Your library is unchanged; try again.
        </p>
      ) : rows.length === 0 ? (
        <div className="search-empty">
          <p>Nothing matches “{outcome.query}”.</p>
          <p className="muted">
            {state.filters.tag || state.filters.color || state.filters.layer
              ? 'Check the spelling, try fewer or shorter words, or set the filters back to Any tag, Any colour and Everyone.'
              : 'Check the spelling, or try fewer or shorter words.'}
          </p>
        </div>
      ) : (
        <SearchResultList id={RESULTS_ID} groups={groups} activeKey={state.activeKey} names={names} onOpen={onOpen} />
      )}
    </main>
  );
}
