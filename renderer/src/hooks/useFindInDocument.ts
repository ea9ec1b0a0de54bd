/**
 * Find in document: the find bar's state (open, query, options, matches, current match) and
 * what it can do. Matching runs on the document's canonical text ({@link DocumentFinder}), so
 * the count comes from offsets and only the blocks near the view are ever marked.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DocumentFinder, firstMatchFrom, type FindOptions, type FindResult } from '../../../shared/find';
import type { DocumentRecord } from '../../../shared/model';
import type { FindPaint } from '../lib/paintFindMatches';
import type { TextSpan } from '../lib/selectionOffsets';

interface FindState {
  open: boolean;
  query: string;
  options: FindOptions;
  result: FindResult;
  /** Index of the current match, -1 when there is none. */
  current: number;
}

const NOTHING: FindResult = { matches: [], truncated: false };
const CLOSED: FindState = { open: false, query: '', options: { matchCase: false, wholeWords: false }, result: NOTHING, current: -1 };

/** What the reader hands the find bar and the painted text. */
export interface FindInDocument {
  open: boolean;
  query: string;
  options: FindOptions;
  result: FindResult;
  current: number;
  /** What the text should mark, or null when find is closed or found nothing. */
  paint: FindPaint | null;
  inputRef: React.RefObject<HTMLInputElement | null>;
  barRef: React.RefObject<HTMLDivElement | null>;
  /** Opens the bar (or focuses it when open), optionally starting with `query`. */
  show: (query?: string) => void;
  /** Closes the bar, clears the marks and gives focus back to where it was (the text). */
  close: () => void;
  setQuery: (query: string) => void;
  setOptions: (options: FindOptions) => void;
  /** Moves to the next (1) or previous (-1) match, wrapping around. */
  step: (direction: 1 | -1) => void;
  /** The current match as a span of the text, or null. */
  currentSpan: () => TextSpan | null;
  /** True while keyboard focus is in the find bar. */
  hasFocus: () => boolean;
}

/**
 * Find state for one document. `topOffset` says where the view starts, where a new search
 * looks first; `fallbackFocus` is the text, focused on close when focus came from nowhere.
 */
export function useFindInDocument(doc: DocumentRecord | null, topOffset: () => number, fallbackFocus: () => HTMLElement | null): FindInDocument {
  const text = doc?.text ?? null;
  const finder = useMemo(() => (text === null ? null : new DocumentFinder(text)), [text]);
  const [state, setState] = useState<FindState>(CLOSED);
  const latest = useRef(state);
  latest.current = state;
  const inputRef = useRef<HTMLInputElement | null>(null);
  const barRef = useRef<HTMLDivElement | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  /** Searches again; the current match becomes the first at or after `from` (by default where the last one was). */
  const search = useCallback(
    (query: string, options: FindOptions, from?: number) => {
      const before = latest.current;
      const result = finder ? finder.find(query, options) : NOTHING;
      const anchor = from ?? before.result.matches[before.current]?.start ?? topOffset();
      setState({ ...before, open: true, query, options, result, current: firstMatchFrom(result.matches, anchor) });
    },
    [finder, topOffset],
  );

  // A new version of the text: the same query on the new text.
  useEffect(() => {
    const now = latest.current;
    if (now.open) search(now.query, now.options, 0);
  }, [finder, search]);

  const show = useCallback(
    (query?: string) => {
      const now = latest.current;
      if (!now.open) {
        const active = document.activeElement;
        returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : null;
      }
      if (query !== undefined && query !== now.query) search(query, now.options, topOffset());
      else if (!now.open) search(now.query, now.options, topOffset());
      // Already open: the bar's input takes focus again, its text selected for typing over.
      requestAnimationFrame(() => {
        inputRef.current?.focus();
        inputRef.current?.select();
      });
    },
    [search, topOffset],
  );

  const close = useCallback(() => {
    if (!latest.current.open) return;
    setState((now) => ({ ...now, open: false, result: NOTHING, current: -1 }));
    const back = returnFocus.current;
    returnFocus.current = null;
    const target = back && back.isConnected && !barRef.current?.contains(back) ? back : fallbackFocus();
    target?.focus({ preventScroll: true });
  }, [fallbackFocus]);

  const step = useCallback((direction: 1 | -1) => {
    setState((now) => {
      const count = now.result.matches.length;
      if (count === 0) return now;
      return { ...now, current: now.current === -1 ? 0 : (now.current + direction + count) % count };
    });
  }, []);

  const setQuery = useCallback((query: string) => search(query, latest.current.options), [search]);
  const setOptions = useCallback((options: FindOptions) => search(latest.current.query, options), [search]);
  const currentSpan = useCallback(() => {
    const match = latest.current.open ? latest.current.result.matches[latest.current.current] : undefined;
    return match ? { start: match.start, end: match.end } : null;
  }, []);
  const hasFocus = useCallback(() => barRef.current?.contains(document.activeElement) ?? false, []);

  const paint = useMemo(
    () => (state.open && state.result.matches.length > 0 ? { matches: state.result.matches, current: state.current } : null),
    [state.open, state.result, state.current],
  );

  return { ...state, paint, inputRef, barRef, show, close, setQuery, setOptions, step, currentSpan, hasFocus };
}
