/**
 * Hypothesis annotations: the API's rows (an array of annotation objects), a search result
 * `{ total, rows }`, or the client's export file `{ export_date, annotations }`. Each row keeps
 * its id, dates, author (`user_info.display_name`, else the name in `acct:name@host`), page
 * (`uri`, `document.title`), note (`text`, Markdown), tags and passage: the selectors of its
 * first target, in any order (a TextQuoteSelector and a TextPositionSelector, which Hypothesis
 * counts in UTF-16 code units as we do; RangeSelectors are ignored). A row without selectors is
 * a page note; a reply answers the last of its `references`.
 */
import { accountName, cleanPersonName, personFor } from './creators';
import { readForeignDate } from './dates';
import type { ForeignAnnotation, ForeignRead } from './foreignAnnotation';
import { finishItem } from './foreignItem';
import { readReplyTarget, readSourceId } from './ids';
import { forbiddenFileProblem, forbiddenKeyOutside, isRecord, readJsonFile, type FileRefusal, annotationRecord } from './jsonInput';
import { cutText, formatCount, FOREIGN_LIMITS, readNote, tooManyAnnotations } from './limits';
import { ProblemList } from './problems';
import { readPassage, type PassageRead } from './selectors';
import { cleanTags } from './tags';
import type { Person } from '../../model';

/** How many targets of one row are looked at (Hypothesis writes one). */
const MAX_TARGETS = 16;
/** Longer titles and sources are cut to this. */
const MAX_TITLE = 1_000;
const MAX_SOURCE = 2_000;

interface Rows {
  rows: readonly unknown[];
  /** The number of rows the search found, when the file says and it is more than the rows it holds. */
  total: number | null;
  /** The account that made the client's export (`export_userid`): its rows are the user's own. */
  exporter: string | null;
}

/** The rows inside `json`, or why the file is refused. */
function rowsOf(json: unknown): Rows | FileRefusal {
  if (Array.isArray(json)) return { rows: json, total: null, exporter: null };
  if (!isRecord(json)) return { problem: 'This is not a Hypothesis file: it holds neither a list of annotations nor a search result or export.' };
  const field = Array.isArray(json['rows']) ? 'rows' : Array.isArray(json['annotations']) ? 'annotations' : null;
  // One row on its own: read as a list of one.
  if (field === null && typeof json['uri'] === 'string') return { rows: [json], total: null, exporter: null };
  if (field === null) return { problem: 'This Hypothesis file has no list of annotations (“rows” or “annotations”), so nothing could be read.' };
  const forbidden = forbiddenKeyOutside(json, [field]);
  if (forbidden !== null) return { problem: forbiddenFileProblem(forbidden) };
  const total = json['total'];
  const exporter = typeof json['export_userid'] === 'string' && json['export_userid'].trim() !== '' ? json['export_userid'].trim() : null;
  return { rows: json[field] as unknown[], total: typeof total === 'number' && Number.isSafeInteger(total) ? total : null, exporter };
}

/** The first title: Hypothesis writes `document.title` as a list of strings, others as one string. */
function titleOf(document: unknown): string | undefined {
  if (!isRecord(document)) return undefined;
  const raw = document['title'];
  const list = Array.isArray(raw) ? raw.slice(0, 16) : [raw];
  for (const entry of list) {
    if (typeof entry !== 'string') continue;
    const title = cutText(entry.replace(/\s+/g, ' ').trim(), MAX_TITLE);
    if (title !== '') return title;
  }
  return undefined;
}

function sourceOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const source = value.trim();
  return source !== '' && source.length <= MAX_SOURCE ? source : null;
}

/** The passage and source of the first target with selectors (or of the first target). */
function readTarget(raw: unknown): { passage: PassageRead; source: string | null } {
  const list = Array.isArray(raw) ? raw.slice(0, MAX_TARGETS) : [raw];
  let first: { passage: PassageRead; source: string | null } | null = null;
  for (const target of list) {
    if (!isRecord(target)) continue;
    const read = { passage: readPassage(target['selector'], { positions: true }), source: sourceOf(target['source']) };
    if (read.passage.selectors.length > 0) return read;
    if (first === null || (!first.passage.hadSelectors && read.passage.hadSelectors)) first = read;
  }
  return first ?? { passage: { selectors: [], hadSelectors: false, unusable: [], page: null }, source: null };
}

/** The author: `user_info.display_name` when set, else the account's user name. */
function creatorOf(row: Record<string, unknown>): Person | null {
  const user = typeof row['user'] === 'string' ? row['user'].trim() : '';
  const info = row['user_info'];
  const displayName = isRecord(info) ? cleanPersonName(info['display_name']) : null;
  const name = displayName ?? (user !== '' ? (accountName(user) ?? user) : null);
  return personFor(user !== '' ? user : null, name);
}

/** The id a reply answers: the last of its `references` (the thread's ancestors, root first). */
function replyOf(references: unknown): string | null {
  if (!Array.isArray(references) || references.length === 0) return null;
  return readReplyTarget(references[references.length - 1]);
}

function readRow(value: unknown, index: number, problems: ProblemList): ForeignAnnotation | null {
  const item = annotationRecord(value, index, problems);
  if (!item) return null;
  const { label, record: raw } = item;
  const issues: string[] = [];
  const target = readTarget(raw['target']);
  const title = titleOf(raw['document']);
  const source = sourceOf(raw['uri']) ?? target.source;
  const text = raw['text'];
  if (text !== undefined && text !== null && typeof text !== 'string') issues.push('its note is not text, so it was left out');
  return finishItem(
    {
      label,
      sourceId: readSourceId(raw['id'], issues),
      document: { ...(source !== null ? { source } : {}), ...(title !== undefined ? { title } : {}) },
      creator: creatorOf(raw),
      passage: target.passage,
      note: readNote(typeof text === 'string' ? [text] : [], issues),
      tags: cleanTags(raw['tags'], issues),
      color: 'yellow',
      created: readForeignDate(raw['created'], 'creation date', issues),
      modified: readForeignDate(raw['updated'], 'update date', issues),
      replyTo: replyOf(raw['references']),
      questioning: false,
      location: null,
      issues,
    },
    problems,
  );
}

/** Reads an already parsed Hypothesis value (rows, a search result or an export). Never throws. */
export function readHypothesisValue(json: unknown): ForeignRead | FileRefusal {
  const found = rowsOf(json);
  if ('problem' in found) return found;
  const problems = new ProblemList();
  const max = FOREIGN_LIMITS.annotations;
  if (found.rows.length > max) problems.addSummary(tooManyAnnotations(found.rows.length));
  else if (found.total !== null && found.total > found.rows.length) {
    problems.addSummary(
      `The search found ${formatCount(found.total)} annotations but the file holds only ${formatCount(found.rows.length)}; fetch the other pages of the search to import the rest.`,
    );
  }
  const annotations: ForeignAnnotation[] = [];
  const count = Math.min(found.rows.length, max);
  for (let i = 0; i < count; i++) {
    const annotation = readRow(found.rows[i], i, problems);
    if (annotation === null) continue;
    // In the client's export, the exporter's own rows are the user's own notes, not another reader's.
    const own = found.exporter !== null && isRecord(found.rows[i]) && (found.rows[i] as Record<string, unknown>)['user'] === found.exporter;
    annotations.push(own ? { ...annotation, creator: null } : annotation);
  }
  return { format: 'hypothesis', annotations, problems: problems.sentences() };
}

/** Reads the text of a Hypothesis JSON file. Never throws: a file refused whole is a read with no annotations and that one problem. */
export function readHypothesisAnnotations(text: string): ForeignRead {
  return readJsonFile(text, 'hypothesis', readHypothesisValue);
}
