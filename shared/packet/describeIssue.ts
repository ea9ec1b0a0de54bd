/**
 * Turns the first problem zod found in a packet into one plain sentence that names the field
 * and what is wrong with it: "The “id” of annotation 4 is not a lowercase urn:uuid:
 * identifier; nothing was imported."
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** At most this many characters of a key or value from the file are shown. */
const SHOWN_CHARS = 60;

function shown(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text;
}

/** `target.selector[0].exact` from `['target', 'selector', 0, 'exact']`. */
function fieldPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${shown(String(key))}`;
  return out;
}

/** The subject of the sentence: which field of which annotation, or of the file (`noun`: "packet" or "hand-in"). */
function subject(path: readonly PathKey[], noun: string): string {
  if (path[0] === 'annotations' && typeof path[1] === 'number') {
    const which = `annotation ${path[1] + 1}`;
    return path.length === 2 ? which[0]!.toUpperCase() + which.slice(1) : `The “${fieldPath(path.slice(2))}” of ${which}`;
  }
  return path.length === 0 ? `The ${noun}` : `The ${noun}'s “${fieldPath(path)}”`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  tuple: 'a list',
};

/** For a union, the alternative that got furthest: its first issue has the longest path. */
function deepestAlternative(errors: readonly (readonly Issue[])[]): Issue | null {
  let best: Issue | null = null;
  for (const issues of errors) {
    const first = issues[0];
    if (first && (!best || first.path.length > best.path.length)) best = first;
  }
  return best;
}

/**
 * What is wrong, as the rest of the sentence after its subject. The format's own messages are
 * written as such endings (they start in lowercase: "is not a lowercase urn:uuid: identifier");
 * zod's generic ones ("Invalid input…") are replaced by an ending made from the issue.
 */
function predicate(issue: Issue, input: unknown): string {
  if (/^[a-z]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `has a field Marginalia does not know, “${shown(issue.keys[0] ?? '')}”`;
    case 'invalid_type':
      return input === undefined ? 'is missing' : `should be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `should be ${issue.values.map((v) => `“${String(v)}”`).join(' or ')}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown }).options;
      if (input === undefined) return 'is missing';
      return Array.isArray(options) ? `should be ${options.map((v) => `“${String(v)}”`).join(' or ')}` : 'is not in any of the forms Marginalia reads';
    }
    case 'too_big':
      return issue.origin === 'string' ? `is longer than ${issue.maximum} characters` : `is more than ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string' ? 'is empty' : `is less than ${issue.minimum}`;
    default:
      return 'is not valid';
  }
}

/** Reads the value at `path` in `root`, for telling a missing field from a wrong one. */
function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * One sentence for the first of zod's `issues` on `root` (the parsed JSON of a packet or
 * hand-in). Unions are followed into the alternative that matched best, so the sentence names
 * the real field.
 */
export function describeIssue(issues: readonly Issue[], root: unknown): string {
  const noun = valueAt(root, ['kind']) === 'hand-in' ? 'hand-in' : 'packet';
  let issue = issues[0];
  let prefix: PathKey[] = [];
  while (issue && issue.code === 'invalid_union' && issue.errors.length > 0) {
    const inner = deepestAlternative(issue.errors);
    if (!inner) break;
    prefix = [...prefix, ...issue.path];
    issue = inner;
  }
  if (!issue) return `The ${noun} is not in the form Marginalia reads; nothing was imported.`;
  const path = [...prefix, ...issue.path];
  return `${subject(path, noun)} ${predicate(issue, valueAt(root, path))}; nothing was imported.`;
}
