/**
 * Who made an imported annotation, as one of our Persons (`{ id: 'urn:uuid:…', type, name }`):
 * read from a W3C `creator` (a string, an object or an array of them), a Hypothesis account
 * (`acct:name@hypothes.is`) or a Readium item's creator. A creator without a name is no
 * Person: the annotation is then the user's own.
 */
import type { Person } from '../../model';
import { sha256Hex } from '../../text/sha256';
import { cutText } from './limits';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An IRI's scheme ("https:", "urn:", "acct:", "mailto:"), which a plain name does not start with. */
const IRI_SCHEME = /^[a-z][a-z0-9+.-]{1,31}:\S/i;
/** A Hypothesis (or any WebFinger) account: `acct:name@host`. */
const ACCOUNT = /^acct:([^@\s]{1,200})@[^@\s]{1,253}$/i;

/** As our profile names: at most this many characters. */
const MAX_NAME = 200;
/** Ids longer than this are not kept as a seed whole: their hash is the same whatever their length. */
const MAX_ID = 2_000;
/** How many entries of a creator array are looked at. */
const MAX_CREATORS = 16;
/** How many derived ids are remembered (a bounded memo: the same seed always gives the same id). */
const MAX_REMEMBERED = 1_000;
const recentUuids = new Map<string, string>();

/**
 * A stable UUID (version-8 layout, as `packetIdFor` makes them) derived from `seed` with SHA-256:
 * the same person in two files, or in the same file imported twice, gets the same id.
 */
export function stableUuidFor(seed: string): string {
  const known = recentUuids.get(seed);
  if (known !== undefined) return known;
  const hex = sha256Hex(`marginalia:person:${seed}`);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  // A file names the same few people thousands of times: hash each once.
  if (recentUuids.size >= MAX_REMEMBERED) recentUuids.clear();
  recentUuids.set(seed, uuid);
  return uuid;
}

/** A name as we keep names: one line, no control or format characters, at most 200 characters; null when nothing is left. */
export function cleanPersonName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value
    .slice(0, MAX_NAME * 4)
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return name === '' ? null : cutText(name, MAX_NAME).trimEnd();
}

/** The user name in an `acct:name@host` account IRI; null for anything else. */
export function accountName(value: string): string | null {
  return ACCOUNT.exec(value.trim())?.[1] ?? null;
}

/**
 * A Person named `name`, whose id is `id` when that is a `urn:uuid:` IRI (lower-cased), and
 * otherwise a `urn:uuid:` derived from `id` (or, with no id, from the name). Null without a name.
 */
export function personFor(id: unknown, name: unknown): Person | null {
  const cleanName = cleanPersonName(name);
  if (cleanName === null) return null;
  const rawId = typeof id === 'string' ? id.trim() : '';
  if (rawId.toLowerCase().startsWith('urn:uuid:') && UUID.test(rawId.slice(9))) {
    return { id: rawId.toLowerCase(), type: 'Person', name: cleanName };
  }
  const seed = rawId !== '' ? `id:${rawId.slice(0, MAX_ID)}` : `name:${cleanName}`;
  return { id: `urn:uuid:${stableUuidFor(seed)}`, type: 'Person', name: cleanName };
}

/** One creator entry: an IRI (only an `acct:` one carries a name), a plain name, or an object with `name` or `nickname`. */
function personFromEntry(entry: unknown): Person | null {
  if (typeof entry === 'string') {
    const text = entry.trim();
    if (!IRI_SCHEME.test(text)) return personFor(null, text);
    const account = accountName(text);
    return account === null ? null : personFor(text, account);
  }
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return null;
  const o = entry as Record<string, unknown>;
  const id = typeof o['id'] === 'string' ? o['id'] : typeof o['@id'] === 'string' ? o['@id'] : null;
  const name = cleanPersonName(o['name']) ?? cleanPersonName(o['nickname']) ?? (id !== null ? accountName(id) : null);
  return personFor(id, name);
}

/**
 * The Person a W3C or Readium `creator` names: a string (a name, or an `acct:` account), an
 * object with `name` (or `nickname`) and `id`, or an array of those (the first with a name).
 * Null when none has a name. Never throws.
 */
export function creatorFrom(value: unknown): Person | null {
  const entries = Array.isArray(value) ? value.slice(0, MAX_CREATORS) : [value];
  for (const entry of entries) {
    const person = personFromEntry(entry);
    if (person !== null) return person;
  }
  return null;
}
