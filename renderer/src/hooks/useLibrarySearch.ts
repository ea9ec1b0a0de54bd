import { useEffect, useRef, useState } from 'react';
import type { SearchDocumentHits } from '../../../shared/search';
import { call } from '../lib/api';
import { searchCall, type SearchFilters } from '../lib/searchResults';

/** How long typing must pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 150;
/** A search taking longer than this says "Searching…"; a quicker one shows nothing in between. */
export const SLOW_SEARCH_MS = 400;

/** What the page shows: nothing asked yet, the results of the last search, or why it failed. */
export type SearchOutcome = { kind: 'empty' } | { kind: 'results'; query: string; groups: SearchDocumentHits[] } | { kind: 'error'; message: string };

/** What a search asked, so an answer can be matched to its question. */
function keyOf(input: object | null): string {
  return JSON.stringify(input);
}

/**
 * Runs the library search for `query` and `filters`, debounced, dropping any answer that
 * arrives after a newer question; `pending` is true from a change until its answer. The search runs again whenever `refresh` changes and when the
 * window regains focus, so results follow highlights and notes changed meanwhile.
 */
export function useLibrarySearch(query: string, filters: SearchFilters, refresh: number): { outcome: SearchOutcome; slow: boolean; pending: boolean } {
  const [answered, setAnswered] = useState<{ key: string; outcome: SearchOutcome }>({ key: keyOf(null), outcome: { kind: 'empty' } });
  const [slow, setSlow] = useState(false);
  const [focusCount, setFocusCount] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const onFocus = () => setFocusCount((n) => n + 1);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  useEffect(() => {
    const input = searchCall(query, filters);
    const asked = (latest.current += 1);
    if (!input) {
      setAnswered({ key: keyOf(null), outcome: { kind: 'empty' } });
      setSlow(false);
      return;
    }
    let slowTimer: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(() => {
      slowTimer = setTimeout(() => setSlow(latest.current === asked), SLOW_SEARCH_MS);
      void call('searchLibrary', input).then((result) => {
        clearTimeout(slowTimer);
        if (latest.current !== asked) return;
        setSlow(false);
        setAnswered({ key: keyOf(input), outcome: result.ok ? { kind: 'results', query: input.query, groups: result.value } : { kind: 'error', message: result.error.message } });
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      clearTimeout(slowTimer);
    };
  }, [query, filters, refresh, focusCount]);

  // Worked out while rendering, so the page never shows an old answer as the answer to a new question.
  const pending = answered.key !== keyOf(searchCall(query, filters));
  return { outcome: answered.outcome, slow, pending };
}
