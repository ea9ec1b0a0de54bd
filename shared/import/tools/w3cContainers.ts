/**
 * The annotations inside a W3C Web Annotation file, in order, whatever wraps them: one
 * Annotation, an array, an AnnotationCollection whose `first` page is embedded, an
 * AnnotationPage, and pages chained by embedded `next` pages. Walked with an explicit stack
 * and caps, never by recursion; pages given only by IRI are reported, not fetched.
 */
import { forbiddenFileProblem, forbiddenKeyOutside, isRecord } from './jsonInput';
import { FOREIGN_LIMITS } from './limits';

/** How many arrays around annotations are unwrapped (`[[annotation]]`); deeper values are items. */
const MAX_ARRAY_DEPTH = 8;
/** How many collections and pages are unwrapped in one file. */
const MAX_CONTAINERS = 100_000;

/** The items found in a W3C file, and what is said about the file as a whole. */
export interface W3CItems {
  /** The annotation objects (and anything else found where one belongs), at most the limit plus one. */
  items: unknown[];
  /** True when there were more items than {@link FOREIGN_LIMITS.annotations}. */
  more: boolean;
  /** Sentences about the whole file (pages not in it). */
  notes: string[];
  /** Set when the file is refused whole (a forbidden key in a collection or page). */
  refusal: string | null;
}

/** The value's `type`, as a list (JSON-LD allows one type or an array of them). */
export function typesOf(o: Record<string, unknown>): string[] {
  const type = o['type'] ?? o['@type'];
  const list = Array.isArray(type) ? type.slice(0, 8) : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^oa:/, '').replace(/^as:/, ''));
}

/** Unwraps `json` into its annotation items. Never throws. */
export function collectW3CItems(json: unknown): W3CItems {
  const result: W3CItems = { items: [], more: false, notes: [], refusal: null };
  const stack: Array<{ value: unknown; arrays: number }> = [{ value: json, arrays: 0 }];
  let containers = 0;
  let firstMissing = false;
  let nextMissing = false;
  const full = () => result.items.length > FOREIGN_LIMITS.annotations;
  const pushItems = (values: readonly unknown[]) => {
    for (const item of values) {
      if (full()) break;
      result.items.push(item);
    }
  };

  while (stack.length > 0 && !full() && result.refusal === null) {
    const { value, arrays } = stack.pop()!;
    if (Array.isArray(value) && arrays < MAX_ARRAY_DEPTH) {
      // Pushed in reverse so they are read in order; only as many as can still be read.
      const room = FOREIGN_LIMITS.annotations + 1 - result.items.length;
      const slice = value.length > room ? value.slice(0, room) : value;
      for (let i = slice.length - 1; i >= 0; i--) stack.push({ value: slice[i], arrays: arrays + 1 });
      continue;
    }
    if (!isRecord(value)) {
      result.items.push(value);
      continue;
    }
    const types = typesOf(value);
    const isCollection = types.includes('AnnotationCollection');
    const isPage = types.includes('AnnotationPage');
    if (!isCollection && !isPage) {
      result.items.push(value);
      continue;
    }
    if (++containers > MAX_CONTAINERS) break;
    const forbidden = forbiddenKeyOutside(value, ['first', 'next', 'items', 'last', 'prev', 'partOf']);
    if (forbidden !== null) {
      result.refusal = forbiddenFileProblem(forbidden);
      break;
    }
    // A page's `next` comes after its items: pushed first, popped last.
    const next = isPage ? value['next'] : undefined;
    if (isRecord(next)) stack.push({ value: next, arrays });
    else if (typeof next === 'string' && next.trim() !== '') nextMissing = true;
    if (isCollection) {
      const first = value['first'];
      if (isRecord(first)) stack.push({ value: first, arrays });
      else if (typeof first === 'string' && first.trim() !== '') firstMissing = true;
    }
    if (Array.isArray(value['items'])) pushItems(value['items'] as unknown[]);
  }
  result.more = result.items.length > FOREIGN_LIMITS.annotations;
  if (result.more) result.items.length = FOREIGN_LIMITS.annotations;
  if (firstMissing) result.notes.push('This collection’s annotations are on pages not in the file, so they could not be read; export the annotations themselves, not only the collection.');
  if (nextMissing) result.notes.push('Some of this collection’s annotations are on further pages not in the file; only the pages in the file were read.');
  return result;
}
