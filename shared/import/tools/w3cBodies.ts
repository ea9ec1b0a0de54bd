/**
 * What a W3C annotation's bodies say: its note (TextualBodies commenting, describing or with no
 * purpose, and `bodyValue`), its tags (TextualBodies tagging) and a colour when a body carries
 * one (Readium's `color`). A body that is only an IRI or an external resource is counted, not
 * fetched.
 */
import type { HighlightColor } from '../../model';
import { nearestHighlightColor } from './colours';
import { isRecord } from './jsonInput';
import { typesOf } from './w3cContainers';

/** How many bodies of one annotation are looked at. */
const MAX_BODIES = 1_000;
/** An IRI: a scheme and no whitespace. */
const IRI = /^[a-z][a-z0-9+.-]{1,31}:\S*$/i;

/** What an annotation's bodies say. */
export interface BodiesRead {
  notes: string[];
  /** Raw tag texts, cleaned later with the others. */
  tags: string[];
  color: HighlightColor | null;
  /** How many bodies were links to resources elsewhere. */
  links: number;
}

function purposesOf(o: Record<string, unknown>): string[] {
  const purpose = o['purpose'];
  const list = Array.isArray(purpose) ? purpose.slice(0, 8) : [purpose];
  return list.filter((p): p is string => typeof p === 'string').map((p) => p.replace(/^oa:/, ''));
}

/** Reads `body` (one body or an array) and `bodyValue`. Never throws. */
export function readW3CBodies(body: unknown, bodyValue: unknown): BodiesRead {
  const read: BodiesRead = { notes: [], tags: [], color: null, links: 0 };
  if (typeof bodyValue === 'string') read.notes.push(bodyValue);
  const list: unknown[] = body === undefined || body === null ? [] : Array.isArray(body) ? body.slice(0, MAX_BODIES) : [body];
  for (let entry of list) {
    // A Choice offers alternatives of one body: its first is read (one level, no recursion).
    if (isRecord(entry) && typesOf(entry).includes('Choice') && Array.isArray(entry['items'])) entry = entry['items'][0];
    if (typeof entry === 'string') {
      if (IRI.test(entry.trim())) read.links++;
      else read.notes.push(entry);
      continue;
    }
    if (!isRecord(entry)) continue;
    read.color ??= nearestHighlightColor(entry['marginalia:color'] ?? entry['color']);
    const value = entry['value'] ?? entry['rdf:value'] ?? entry['chars'];
    if (typeof value !== 'string') {
      if (typeof entry['id'] === 'string' || entry['source'] !== undefined) read.links++;
      continue;
    }
    const purposes = purposesOf(entry);
    if (purposes.includes('tagging')) read.tags.push(value);
    else read.notes.push(value);
  }
  return read;
}
