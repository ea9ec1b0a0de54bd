/**
 * The search page's pure logic: what the page keeps between visits, the call it makes, the
 * flat list of results the keyboard moves through, and each hit's label, snippet parts and
 * where in the document it leads.
 */
import type { ApiInput } from '../../../shared/api';
import type { HighlightColor } from '../../../shared/model';
import type { SearchDocumentHits, SearchEntryKind, SearchHit } from '../../../shared/search';

/** The filters: an empty string means "any". `layer` is `own`, a person's id, or empty for everyone. */
export interface SearchFilters {
  tag: string;
  color: HighlightColor | '';
  layer: string;
}

/** What the search page keeps while the user reads a result, so Back brings it back as it was. */
export interface SearchPageState {
  query: string;
  filters: SearchFilters;
  /** The key of the chosen result ({@link SearchRow.key}). */
  activeKey: string | null;
  scrollTop: number;
}

/** A fresh search page. */
export const EMPTY_SEARCH: SearchPageState = { query: '', filters: { tag: '', color: '', layer: '' }, activeKey: null, scrollTop: 0 };

/** Where a result leads in its document: the passage, and its highlight when it is one. */
export interface PassageTarget {
  start: number;
  end: number;
  annotationId?: string;
}

/** One result in reading order of the page: its document, the hit, and a stable key. */
export interface SearchRow {
  key: string;
  documentId: string;
  title: string;
  hit: SearchHit;
}

/** How each kind of hit is named on the page. */
export const HIT_KIND_LABELS: Readonly<Record<SearchEntryKind, string>> = { text: 'Text', quote: 'Highlight', note: 'Note', tag: 'Tag' };

/** The searchLibrary call for a query and filters, or null when there is nothing to search for. */
export function searchCall(query: string, filters: SearchFilters): ApiInput<'searchLibrary'> | null {
  const trimmed = query.trim();
  if (trimmed === '') return null;
  return {
    query: trimmed.slice(0, 1000),
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.color ? { color: filters.color } : {}),
    ...(filters.layer ? { layer: filters.layer } : {}),
    limit: 200,
  };
}

/** A stable key for a hit: the same passage keeps its key between searches. */
export function hitKey(documentId: string, hit: SearchHit): string {
  return `${documentId}:${hit.kind}:${hit.annotationId ?? ''}:${hit.offset}`;
}

/** The groups' hits as one list, in the order the page shows them. */
export function flattenHits(groups: readonly SearchDocumentHits[]): SearchRow[] {
  return groups.flatMap((group) => group.hits.map((hit) => ({ key: hitKey(group.documentId, hit), documentId: group.documentId, title: group.title, hit })));
}

/** The snippet cut around its match: the text before, the match (shown marked) and after. */
export function snippetParts(snippet: SearchHit['snippet']): { before: string; match: string; after: string } {
  const { text } = snippet;
  const start = Math.max(0, Math.min(snippet.matchStart, text.length));
  const end = Math.max(start, Math.min(snippet.matchEnd, text.length));
  return { before: text.slice(0, start), match: text.slice(start, end), after: text.slice(end) };
}

/** Where opening a hit leads: the matched words of a text hit, or the highlight of any other. */
export function targetOf(hit: SearchHit): PassageTarget {
  return hit.annotationId !== undefined ? { start: hit.offset, end: hit.end, annotationId: hit.annotationId } : { start: hit.offset, end: hit.end };
}

/** The index `key` moves the active result to among `count` (from `index`, -1 for none), or null when it does not. */
export function moveActive(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return index < 0 ? 0 : Math.min(count - 1, index + 1);
    case 'ArrowUp':
      return index <= 0 ? 0 : index - 1;
    case 'PageDown':
      return Math.min(count - 1, Math.max(0, index) + 10);
    case 'PageUp':
      return Math.max(0, index - 10);
    default:
      return null;
  }
}

/** "3 results in 2 documents", or the no-results sentence. */
export function resultSummary(groups: readonly SearchDocumentHits[]): string {
  const hits = groups.reduce((n, g) => n + g.hits.length, 0);
  if (hits === 0) return 'No results.';
  return `${hits} ${hits === 1 ? 'result' : 'results'} in ${groups.length} ${groups.length === 1 ? 'document' : 'documents'}.`;
}
