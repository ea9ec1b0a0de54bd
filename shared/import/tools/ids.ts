/**
 * The id an annotation had in its tool (`sourceId`), and the ids replies point at: kept so
 * that importing the same file twice is recognised, and replies find what they answer. Our own
 * IRIs (`urn:uuid:…`, `urn:marginalia:annotation:…`) are read back to the plain id inside them
 * (a UUID in lower case, as we write them); other tools' ids are kept as they are.
 */
import { idFromIri } from '../../export/w3c';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Longer ids are not ids any tool writes. */
const MAX_ID = 1_000;

/** The plain id inside one of our IRIs, or `iri` itself for others' (a Hypothesis id, an https IRI). */
export function sourceIdFromIri(iri: string): string {
  const id = idFromIri(iri);
  if (id === null || id === '') return iri;
  return UUID.test(id) ? id.toLowerCase() : id;
}

/**
 * The annotation id `value` holds, or null: silently when it has none (absent, null, empty), and
 * with a clause in `issues` when it has one that cannot be an id (not text, too long, control
 * characters); the annotation is then imported without its id.
 */
export function readSourceId(value: unknown, issues: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value !== 'string') {
    issues.push('its id is not text, so it was imported without it');
    return null;
  }
  const id = value.trim();
  if (id === '') return null;
  if (id.length > MAX_ID || /\p{Cc}/u.test(id)) {
    issues.push(id.length > MAX_ID ? `its id is longer than ${MAX_ID} characters, so it was imported without it` : 'its id contains control characters, so it was imported without it');
    return null;
  }
  return sourceIdFromIri(id);
}

/** The id a reply's `replyTo`/`references` entry names, normalised like {@link readSourceId}; null when it is not one. */
export function readReplyTarget(value: unknown): string | null {
  const ignored: string[] = [];
  return readSourceId(value, ignored);
}
