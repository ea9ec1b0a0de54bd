/**
 * The fields of a Readwise CSV row that need reading rather than copying: tags (written
 * "tag1, tag2" or "#tag1 #tag2"), the place ("Location Type" and "Location"), the date
 * ("2023-04-05 12:34:56+00:00") and where the book or article came from.
 */
import { normaliseIsoDateTime } from '../isoDateTime';
import { readForeignDate } from './dates';
import { cleanTags } from './tags';

/** Longer fields are not what Readwise writes there; they are left out rather than shown. */
const MAX_PLACE = 100;
const MAX_SOURCE = 2_000;

/** The tags of one list: split on commas when it has any, else on whitespace; leading "#" marks dropped. */
function splitTags(list: string): string[] {
  const parts = list.includes(',') ? list.split(',') : list.split(/\s+/);
  return parts.map((part) => part.trim().replace(/^#+/, ''));
}

/**
 * The tags of a row's `Tags` and `Document tags` lists together, cleaned as the app keeps tags
 * (trimmed, whitespace collapsed, duplicates and empty ones dropped, at most 100 of 100
 * characters each); what was cut is said by clauses added to `issues`.
 */
export function readwiseTags(lists: readonly string[], issues: string[]): string[] {
  return cleanTags(lists.flatMap(splitTags), issues);
}

// Fixed shape, no nested quantifiers.
const SECONDS = /^\d{1,9}$/;

/** Seconds as h:mm:ss ("01:02:03"); longer than a day still counts hours. */
function clockOf(seconds: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/**
 * Where a highlight is, for messages: "page 12", "location 1234", "order 5", "time 01:02:03"
 * (Readwise's `time_offset`, in seconds, as a clock); another type is named as Readwise writes
 * it ("offset 78999"). Null when there is no location.
 */
export function readwisePlace(type: string, value: string): string | null {
  const where = value.trim();
  if (where === '' || where.length > MAX_PLACE) return null;
  const kind = type.trim().toLowerCase().replace(/[\s_]+/g, ' ').slice(0, MAX_PLACE);
  if (kind === '') return where;
  if (kind === 'time offset' || kind === 'time') return `time ${SECONDS.test(where) ? clockOf(Number(where)) : where}`;
  return `${kind} ${where}`;
}

// "2023-04-05 12:34:56", optional fraction, optional zone: the space may be a "T".
const READWISE_DATE = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The `Highlighted at` of a row as an ISO date-time, or null: silently when empty, with a
 * clause in `issues` when it is not a date. Readwise writes "2023-04-05 12:34:56+00:00"; a
 * time without a zone is read as UTC, which is how Readwise keeps its times.
 */
export function readwiseDate(value: string, issues: string[]): string | null {
  const text = value.trim();
  const m = READWISE_DATE.exec(text);
  const zone = (m?.[3] ?? 'Z').toUpperCase();
  const offset = zone === 'Z' || zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const date = m ? normaliseIsoDateTime(`${m[1]}T${m[2]}${offset}`) : null;
  // Not a date in Readwise's form: the shared reader says why, in the words every importer uses.
  return date ?? readForeignDate(text, 'date', issues);
}

/**
 * Where the book or article came from, for finding it in the library: the title itself when
 * Readwise used the page's address as its title, else the Amazon book id as `urn:asin:<id>`;
 * undefined with neither.
 */
export function readwiseSource(title: string, amazonBookId: string): string | undefined {
  const address = title.trim();
  if (/^https?:\/\/\S+$/i.test(address) && address.length <= MAX_SOURCE) return address;
  const asin = amazonBookId.trim();
  return /^[A-Za-z0-9-]{1,40}$/.test(asin) ? `urn:asin:${asin}` : undefined;
}
