/**
 * Readium and Thorium annotation sets (`.annotation`/`.ann` files): `{ type: "AnnotationSet",
 * about, items }`. The book is named by `about` (its identifiers, `dc:title`, `dc:creator`);
 * each item keeps its id, dates, creator, note (`body.value`), colour (a name or hex), tags
 * (`tags`, `tag`, `keyword`) and the quote of its TextQuoteSelector. Readium's
 * TextPositionSelector counts Unicode code points from an element of an EPUB resource, which
 * cannot be turned into our UTF-16 offsets without that text, so positions are dropped and
 * the quote alone places the highlight. Bookmarks are counted and skipped.
 */
import { nearestHighlightColor } from './colours';
import { creatorFrom } from './creators';
import { readForeignDate } from './dates';
import type { DocumentHint, ForeignAnnotation, ForeignRead } from './foreignAnnotation';
import { finishItem } from './foreignItem';
import { readSourceId } from './ids';
import { forbiddenFileProblem, forbiddenKeyOutside, isRecord, readJsonFile, type FileRefusal, annotationRecord } from './jsonInput';
import { cutText, FOREIGN_LIMITS, readNote, tooManyAnnotations } from './limits';
import { bookmarksSkipped, ProblemList } from './problems';
import { readPassage } from './selectors';
import { cleanTags } from './tags';
import { typesOf } from './w3cContainers';

/** How many entries of `about` lists and of an item's bodies are looked at. */
const MAX_LIST = 64;
/** Longer titles, names and identifiers are cut to this. */
const MAX_TEXT = 1_000;

/** A metadata value as one line of text: a string, a number, or a language map's first string (`{ "en": "…" }`). */
function textOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (isRecord(value)) value = Object.values(value).find((v) => typeof v === 'string');
  if (typeof value !== 'string') return null;
  const text = cutText(value.replace(/\s+/g, ' ').trim(), MAX_TEXT);
  return text === '' ? null : text;
}

/** The texts of a value that may be one or a list of them (`dc:identifier`, `dc:creator`). */
function textsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value.slice(0, MAX_LIST) : [value];
  return list.map((v) => textOf(isRecord(v) && 'name' in v ? v['name'] : v)).filter((v): v is string => v !== null);
}

/** The book the set is about: an ISBN first among its identifiers, its title and its authors. */
function bookOf(about: unknown): DocumentHint {
  if (!isRecord(about)) return {};
  const identifiers = textsOf(about['dc:identifier'] ?? about['identifier']);
  const source = identifiers.find((id) => /isbn/i.test(id)) ?? identifiers[0];
  const title = textOf(about['dc:title'] ?? about['title']);
  const authors = textsOf(about['dc:creator'] ?? about['creator']);
  return {
    ...(source !== undefined ? { source } : {}),
    ...(title !== null ? { title } : {}),
    ...(authors.length > 0 ? { author: cutText(authors.join('; '), MAX_TEXT) } : {}),
  };
}

/** "page XI, “Chapter 2”": the page and the nearest heading from the target's `meta`. */
function locationOf(meta: unknown): string | null {
  if (!isRecord(meta)) return null;
  const page = textOf(meta['page']);
  const headings = Array.isArray(meta['headings']) ? meta['headings'].slice(0, MAX_LIST) : [];
  let heading: string | null = null;
  for (const h of headings) heading = (isRecord(h) ? textOf(h['txt']) : null) ?? heading;
  const parts = [...(page !== null ? [`page ${page}`] : []), ...(heading !== null ? [`“${cutText(heading, 120)}”`] : [])];
  return parts.length > 0 ? parts.join(', ') : null;
}

interface BodyRead {
  notes: string[];
  tags: unknown[];
  color: unknown;
}

/** The item's body (one object, or leniently a list): its text, colour and tags. */
function readBody(raw: unknown): BodyRead {
  const read: BodyRead = { notes: [], tags: [], color: undefined };
  const list = Array.isArray(raw) ? raw.slice(0, MAX_LIST) : [raw];
  for (const body of list) {
    if (!isRecord(body)) continue;
    if (typeof body['value'] === 'string') read.notes.push(body['value']);
    read.color ??= body['color'];
    for (const field of ['tags', 'tag', 'keyword']) {
      const value = body[field];
      if (Array.isArray(value)) read.tags.push(...value.slice(0, FOREIGN_LIMITS.tagsPerAnnotation * 2));
      else if (value !== undefined) read.tags.push(value);
    }
  }
  return read;
}

function motivationsOf(o: Record<string, unknown>): string[] {
  const m = o['motivation'];
  return (Array.isArray(m) ? m.slice(0, 8) : [m]).filter((v): v is string => typeof v === 'string');
}

function readItem(value: unknown, index: number, book: DocumentHint, problems: ProblemList, tally: { bookmarks: number }): ForeignAnnotation | null {
  const item = annotationRecord(value, index, problems);
  if (!item) return null;
  const { label, record: raw } = item;
  if (motivationsOf(raw).includes('bookmarking')) {
    tally.bookmarks++;
    return null;
  }
  const issues: string[] = [];
  const body = readBody(raw['body']);
  const target = Array.isArray(raw['target']) ? raw['target'].find(isRecord) : raw['target'];
  const targetRecord = isRecord(target) ? target : {};
  const resource = textOf(targetRecord['source']);
  const color = nearestHighlightColor(body.color);
  if (color === null && body.color !== undefined && body.color !== null && body.color !== '') {
    issues.push(typeof body.color === 'string' ? `its colour “${body.color.slice(0, 40)}” is not one Marginalia can match, so it is yellow` : 'its colour is not written as text, so it is yellow');
  }
  return finishItem(
    {
      label,
      sourceId: readSourceId(raw['id'], issues),
      document: book.source === undefined && resource !== null ? { ...book, source: resource } : book,
      creator: creatorFrom(raw['creator']),
      passage: readPassage(targetRecord['selector'], { positions: false }),
      note: readNote(body.notes, issues),
      tags: cleanTags(body.tags, issues),
      color: color ?? 'yellow',
      created: readForeignDate(raw['created'], 'creation date', issues),
      modified: readForeignDate(raw['modified'], 'modification date', issues),
      replyTo: null,
      questioning: false,
      location: locationOf(targetRecord['meta']),
      issues,
    },
    problems,
  );
}

/** Reads an already parsed Readium annotation set. A forbidden key outside its items refuses the file. Never throws. */
export function readReadiumValue(json: unknown): ForeignRead | FileRefusal {
  if (!isRecord(json) || !Array.isArray(json['items'])) {
    return { problem: 'This is not a Readium annotation set: it has no list of annotations (“items”), so nothing could be read.' };
  }
  const forbidden = forbiddenKeyOutside(json, ['items']);
  if (forbidden !== null) return { problem: forbiddenFileProblem(forbidden) };
  if (!typesOf(json).includes('AnnotationSet') && !isRecord(json['about'])) {
    return { problem: 'This is not a Readium annotation set: it says neither "type": "AnnotationSet" nor which book it is about.' };
  }
  const items = json['items'] as unknown[];
  const book = bookOf(json['about']);
  const problems = new ProblemList();
  const max = FOREIGN_LIMITS.annotations;
  if (items.length > max) problems.addSummary(tooManyAnnotations(items.length));
  const tally = { bookmarks: 0 };
  const annotations: ForeignAnnotation[] = [];
  const count = Math.min(items.length, max);
  for (let i = 0; i < count; i++) {
    const annotation = readItem(items[i], i, book, problems, tally);
    if (annotation !== null) annotations.push(annotation);
  }
  if (tally.bookmarks > 0) {
    problems.addSummary(bookmarksSkipped(tally.bookmarks));
  }
  return { format: 'readium', annotations, problems: problems.sentences() };
}

/** Reads the text of a Readium/Thorium annotation file. Never throws: a file refused whole is a read with no annotations and that one problem. */
export function readReadiumAnnotations(text: string): ForeignRead {
  return readJsonFile(text, 'readium', readReadiumValue);
}
