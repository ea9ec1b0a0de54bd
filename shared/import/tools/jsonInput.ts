/**
 * Untrusted JSON from another tool's file, before any reader looks at it: the nesting is
 * checked on the text (one linear pass) before `JSON.parse`, a byte-order mark is dropped, and
 * keys that could reach an object's prototype are found without recursion.
 */
import { findForbiddenKey, FORBIDDEN_KEYS, jsonNestsDeeperThan } from '../../packet/jsonSafety';
import type { ForeignFormat, ForeignRead } from './foreignAnnotation';
import { formatCount } from './limits';
import type { ProblemList } from './problems';

/**
 * How deep a file may nest. Real annotation files nest about 10 levels; W3C pages chained
 * with embedded `next` pages nest one level more per page. Everything that walks the value
 * is iterative, so this bounds only what is worth reading.
 */
export const MAX_JSON_NESTING = 100_000;

/** A file refused whole, with the one sentence saying why. */
export interface FileRefusal {
  problem: string;
}

/** Parsed JSON, or the sentence refusing the text. */
export type JsonParse = { ok: true; value: unknown } | { ok: false; problem: string };

/** The parsed value of `text`, or the sentence saying why it is refused. Never throws. */
export function parseForeignJson(text: string): JsonParse {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (jsonNestsDeeperThan(body, MAX_JSON_NESTING)) {
    return { ok: false, problem: `The file nests more than ${MAX_JSON_NESTING.toLocaleString('en')} levels deep, which no annotation file does, so it was not read.` };
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, problem: 'The file is not valid JSON, so its annotations could not be read.' };
  }
}

/** True for a JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The first forbidden key (`__proto__`, `constructor`, `prototype`) in `container` itself or
 * in any of its fields except `itemFields` (the fields holding the annotations, which are
 * checked one by one); null when there is none.
 */
export function forbiddenKeyOutside(container: Record<string, unknown>, itemFields: readonly string[]): string | null {
  for (const key of Object.keys(container)) {
    if (FORBIDDEN_KEYS.includes(key)) return key;
    if (itemFields.includes(key)) continue;
    const found = findForbiddenKey(container[key]);
    if (found !== null) return found;
  }
  return null;
}

/** The sentence refusing a file whose own fields hold a forbidden key. */
export function forbiddenFileProblem(key: string): string {
  return `The file contains a field named “${key}”, which no annotation file has, so it was not read.`;
}

/** The reason (for `ProblemList.addSkip`) an item holding a forbidden key is skipped. */
export function forbiddenItemReason(key: string): string {
  return `contains a field named “${key}”, which no annotation has`;
}

/**
 * Reads the text of a JSON file of `format` with `readValue`. Never throws: a file refused whole
 * (not JSON, too deep, a forbidden key) is a read with no annotations and that one problem.
 */
export function readJsonFile(text: string, format: ForeignFormat, readValue: (value: unknown) => ForeignRead | FileRefusal): ForeignRead {
  try {
    const parsed = parseForeignJson(text);
    const read = parsed.ok ? readValue(parsed.value) : { problem: parsed.problem };
    return 'format' in read ? read : { format, annotations: [], problems: [read.problem] };
  } catch (error) {
    // Not expected for any input; kept so that a bug can never crash the import.
    return { format, annotations: [], problems: [`The file could not be read (${error instanceof Error ? error.message : String(error)}).`] };
  }
}

export { findForbiddenKey };

/**
 * The object of the annotation at `index` of a list, labelled for messages ("Annotation 7"), or
 * null (with the reason added to `problems`) when it is not an object or holds a forbidden key.
 */
export function annotationRecord(raw: unknown, index: number, problems: ProblemList): { label: string; record: Record<string, unknown> } | null {
  const label = `Annotation ${formatCount(index + 1)}`;
  if (!isRecord(raw)) {
    problems.addSkip(label, 'is not an annotation object');
    return null;
  }
  const forbidden = findForbiddenKey(raw);
  if (forbidden !== null) {
    problems.addSkip(label, forbiddenItemReason(forbidden));
    return null;
  }
  return { label, record: raw };
}
