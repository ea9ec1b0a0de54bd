/**
 * The sidebar's filter: by colour, by tag and by free text in the quote, note and tags.
 */
import { normalise } from '../../../shared/anchoring/normalise';
import { quoteOf, type Annotation, type HighlightColor } from '../../../shared/model';

export interface AnnotationFilter {
  text: string;
  /** Colours to show; empty means all. */
  colors: HighlightColor[];
  /** Tag to show; empty means all. */
  tag: string;
}

export const NO_FILTER: AnnotationFilter = { text: '', colors: [], tag: '' };

/** Lower-cased, with whitespace, quote styles and dashes folded as anchoring does, so "al-Sharaa" finds "al‑Sharaa". */
function fold(text: string): string {
  return normalise(text).text.toLowerCase();
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
