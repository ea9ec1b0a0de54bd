/**
 * How the library view orders and narrows its documents: the sort orders, the title search and
 * the tag filter, as pure functions of the listed documents.
 */
import type { DocumentSummary } from '../../../shared/model';

/** The orders the library can be sorted in, with the label each has in the Sort menu. */
export const LIBRARY_SORTS = {
  opened: 'Recently opened',
  added: 'Recently added',
  title: 'Title',
  annotated: 'Most annotated',
} as const;

export type LibrarySort = keyof typeof LIBRARY_SORTS;

/** What the library view shows: its order, the words a title must contain, and the tag its highlights must carry. */
export interface LibraryArrangement {
  sort: LibrarySort;
  /** Words typed in the title search; every word must appear in the title or the author (case and accents ignored). */
  query: string;
  /** Only documents with a highlight carrying this tag; null for all. */
  tag: string | null;
}

export const DEFAULT_ARRANGEMENT: LibraryArrangement = { sort: 'opened', query: '', tag: null };

/** True when `value` names one of {@link LIBRARY_SORTS}. */
export function isLibrarySort(value: unknown): value is LibrarySort {
  return typeof value === 'string' && Object.hasOwn(LIBRARY_SORTS, value);
}

/** Text folded for matching: lower case, without accents. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Newest first; a missing or unreadable date after every real one. */
function newestFirst(a: string | undefined, b: string | undefined): number {
  const ta = a === undefined ? NaN : Date.parse(a);
  const tb = b === undefined ? NaN : Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return Number.isNaN(ta) ? (Number.isNaN(tb) ? 0 : 1) : -1;
  return tb - ta;
}

const byTitle = (a: DocumentSummary, b: DocumentSummary) => collator.compare(a.title, b.title) || a.id.localeCompare(b.id);
const byAdded = (a: DocumentSummary, b: DocumentSummary) => newestFirst(a.source.importedAt, b.source.importedAt);

const COMPARE: Record<LibrarySort, (a: DocumentSummary, b: DocumentSummary) => number> = {
  // Documents never opened come after the opened ones, newest added first.
  opened: (a, b) => newestFirst(a.openedAt, b.openedAt) || byAdded(a, b) || byTitle(a, b),
  added: (a, b) => byAdded(a, b) || byTitle(a, b),
  title: byTitle,
  annotated: (a, b) => b.annotationCount - a.annotationCount || byTitle(a, b),
};

/** The documents to show, in order: those whose title or author has every word of the query and (with a tag) carry it. */
export function arrangeDocuments(documents: readonly DocumentSummary[], arrangement: LibraryArrangement): DocumentSummary[] {
  const words = foldForSearch(arrangement.query).split(/\s+/).filter(Boolean);
  const shown = documents.filter((d) => {
    if (arrangement.tag !== null && !d.tags.includes(arrangement.tag)) return false;
    if (words.length === 0) return true;
    const searched = foldForSearch(d.author ? `${d.title}\n${d.author}` : d.title);
    return words.every((w) => searched.includes(w));
  });
  return shown.sort(COMPARE[arrangement.sort]);
}

/** The tags used anywhere in the library, sorted, each once. */
export function tagsInLibrary(documents: readonly DocumentSummary[]): string[] {
  return [...new Set(documents.flatMap((d) => d.tags))].sort((a, b) => collator.compare(a, b));
}
