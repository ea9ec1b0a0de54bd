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

/**
 * The folded text an annotation is searched in (quote, note and tags), kept per annotation
 * object: a change makes a new object, so typing in the filter folds each annotation only once.
 */
const haystacks = new WeakMap<Annotation, string>();

function haystackOf(annotation: Annotation): string {
  let haystack = haystacks.get(annotation);
  if (haystack === undefined) {
    haystack = fold([quoteOf(annotation), annotation.note, ...annotation.tags].join(' '));
    haystacks.set(annotation, haystack);
  }
  return haystack;
}

/** A test for `filter`, with its words folded once, to run over many annotations. */
export function filterMatcher(filter: AnnotationFilter): (annotation: Annotation) => boolean {
  const words = fold(filter.text).trim().split(' ').filter(Boolean);
  return (annotation) => {
    if (filter.colors.length > 0 && !filter.colors.includes(annotation.color)) return false;
    if (filter.tag !== '' && !annotation.tags.includes(filter.tag)) return false;
    if (words.length === 0) return true;
    const haystack = haystackOf(annotation);
    return words.every((w) => haystack.includes(w));
  };
}

/** True when `annotation` passes `filter`. */
export function matchesFilter(annotation: Annotation, filter: AnnotationFilter): boolean {
  return filterMatcher(filter)(annotation);
}
