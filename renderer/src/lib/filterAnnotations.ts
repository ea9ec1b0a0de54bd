/**
 * The sidebar's filter: by colour, by tag and by free text in the quote, note and tags.
 */
import { quoteOf, type Annotation, type HighlightColor } from '../../../shared/model';

export interface AnnotationFilter {
  text: string;
  /** Colours to show; empty means all. */
  colors: HighlightColor[];
  /** Tag to show; empty means all. */
  tag: string;
}

export const NO_FILTER: AnnotationFilter = { text: '', colors: [], tag: '' };

/** Lower-cased, with curly quotes and dashes folded, so "al-Sharaa" finds "al‑Sharaa". */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}

/** True when any filter is set. */
export function isFiltering(filter: AnnotationFilter): boolean {
  return filter.text.trim() !== '' || filter.colors.length > 0 || filter.tag !== '';
}

/** True when `annotation` passes `filter`. */
export function matchesFilter(annotation: Annotation, filter: AnnotationFilter): boolean {
  if (filter.colors.length > 0 && !filter.colors.includes(annotation.color)) return false;
  if (filter.tag !== '' && !annotation.tags.includes(filter.tag)) return false;
  const words = fold(filter.text).trim().split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([quoteOf(annotation), annotation.note, ...annotation.tags].join(' '));
  return words.every((w) => haystack.includes(w));
}
