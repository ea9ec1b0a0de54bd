/**
 * Kindle's `My Clippings.txt`: every highlight, note and bookmark the reader made, one
 * clipping after another, each ended by a line of ten equals signs:
 *
 *     Dune (Deluxe Edition) (Frank Herbert)
 *     - Your Highlight on page 12 | Location 100-102 | Added on Monday, 3 March 2025 10:00:00
 *
 *     I must not fear.
 *     ==========
 *
 * Highlights become highlights with their quote, notes join the highlight they were made on
 * (or stand as page notes), bookmarks are skipped (they mark a place, not text), and of a
 * highlight Kindle kept in several edited versions only the last is read.
 */
import { sha256Hex } from '../../text/sha256';
import { shorten } from '../../text/shorten';
import { DEFAULT_HIGHLIGHT_COLOR } from './colours';
import type { ForeignAnnotation, ForeignRead } from './foreignAnnotation';
import { parseKindleDate } from './kindleDate';
import { splitKindleEntries, type KindleRawEntry } from './kindleEntries';
import { mergeKindleClippings, type KindleClipping } from './kindleMerge';
import { parseKindleMetadataLine, type KindleLocation } from './kindleMetadata';
import { parseKindleTitleLine, type KindleBook } from './kindleTitle';
import type { KindleKind } from './kindleWords';
import { cutText, FOREIGN_LIMITS, formatCount, readNote, tooManyAnnotations } from './limits';
import { bookmarksSkipped, ProblemList } from './problems';

/** A note is usually a few words; a longer text at a single location is more likely a highlight. */
const SHORT_NOTE = 500;
/** Kindle's own text in place of a highlight once a book's clipping limit is reached. */
const CLIPPING_LIMIT = /^<.{0,80}clipping limit.{0,80}>$/i;

/** A clipping read from the file, with what it needs to become an annotation. */
interface ReadClipping extends KindleClipping {
  book: KindleBook;
  created: string | null;
  /** What a message calls it: "Clipping 7 (“Dune”, page 12, location 100-102)". */
  label: string;
  /** What was changed while reading it, as clauses for one problem sentence. */
  issues: string[];
}

/** "page 12, location 100-102", "location 102", "page ix"; null when Kindle gave neither. */
function placeText(page: string | null, location: KindleLocation | null): string | null {
  const parts: string[] = [];
  if (page !== null) parts.push(`page ${page}`);
  if (location) parts.push(`location ${location.from === location.to ? location.from : `${location.from}-${location.to}`}`);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** How a message names a clipping: its number, book and place. */
function nameOf(number: number, title: string, place: string | null): string {
  const book = title === '' ? 'no title' : `“${shorten(title, 60)}”`;
  return `Clipping ${number} (${book}${place ? `, ${place}` : ''})`;
}

/** A line that can only be a metadata line: a dash, a space, and "|"-separated fields. */
function isMetadataShaped(line: string): boolean {
  return /^[-–—] /.test(line) && line.includes('|');
}

/** The text under the metadata line: its lines trimmed and joined with spaces. */
function bodyOf(lines: readonly string[]): string {
  const parts: string[] = [];
  for (const line of lines) {
    const part = line.trim();
    if (part !== '') parts.push(part);
  }
  return parts.join(' ');
}

/** The kind by the line's words when it names one; otherwise by shape: no text is a bookmark, a range a highlight, short text at one location a note. */
function kindOf(hint: KindleKind | null, location: KindleLocation | null, body: string): KindleKind {
  if (hint) return hint;
  if (body === '') return 'bookmark';
  if (location && !location.range && body.length <= SHORT_NOTE) return 'note';
  return 'highlight';
}

/** The text of a clipping, cut to the note limit (a clause in `issues` says so); no real highlight is that long either. */
function cappedBody(body: string, kind: KindleKind, issues: string[]): string {
  if (body.length <= FOREIGN_LIMITS.noteChars) return body;
  const max = formatCount(FOREIGN_LIMITS.noteChars);
  issues.push(`its ${kind === 'note' ? 'note' : 'highlighted text'} is longer than ${max} characters and only the first ${max} were kept`);
  return cutText(body, FOREIGN_LIMITS.noteChars);
}

/** One entry as a clipping; null (with a problem, or a count for a bookmark) when it gives none. */
function readEntry(entry: KindleRawEntry, problems: ProblemList, counts: { bookmarks: number }): ReadClipping | null {
  // A clipping whose title line was blank starts with its metadata line, followed by the blank line before the text.
  const untitled = isMetadataShaped(entry.lines[0]!) && (entry.lines[1] ?? '').trim() === '';
  const [titleLine = '', metaLine, ...rest] = untitled ? ['', ...entry.lines] : entry.lines;
  const book = parseKindleTitleLine(titleLine);
  const meta = metaLine === undefined ? null : parseKindleMetadataLine(metaLine);
  if (!meta) {
    problems.addSkip(nameOf(entry.number, book.title, null), 'has no line saying what it is and where (like “- Your Highlight on page 12 | Location 100-102 | Added on …”)');
    return null;
  }
  const body = bodyOf(rest);
  const kind = kindOf(meta.kindHint, meta.location, body);
  const label = nameOf(entry.number, book.title, placeText(meta.page, meta.location));
  if (kind === 'bookmark') {
    counts.bookmarks++;
    return null;
  }
  if (body === '') {
    problems.addSkip(label, `is a ${kind} with no text`);
    return null;
  }
  if (CLIPPING_LIMIT.test(body)) {
    problems.addSkip(label, "has no text: Kindle stopped copying highlights of this book when it reached the publisher's clipping limit");
    return null;
  }
  const issues: string[] = [];
  return {
    number: entry.number,
    bookKey: `${book.title}\u0000${book.author ?? ''}`,
    kind,
    page: meta.page,
    location: meta.location,
    body: cappedBody(body, kind, issues),
    book,
    created: meta.dateText === null ? null : parseKindleDate(meta.dateText),
    label,
    issues,
  };
}

/** The annotation a kept highlight (with its notes) or a note on its own becomes. */
function toAnnotation(clipping: ReadClipping, notes: readonly ReadClipping[], problems: ProblemList): ForeignAnnotation {
  const location = placeText(clipping.page, clipping.location);
  const isNote = clipping.kind === 'note';
  const issues = [...clipping.issues];
  const note = isNote ? clipping.body : readNote(notes.map((n) => n.body), issues);
  for (const attached of notes) problems.addChanges(attached.label, attached.issues);
  problems.addChanges(clipping.label, issues);
  return {
    sourceId: `kindle-${sha256Hex(`${clipping.book.title}\n${location ?? ''}\n${clipping.body}`).slice(0, 32)}`,
    document: { ...(clipping.book.title ? { title: clipping.book.title } : {}), ...(clipping.book.author ? { author: clipping.book.author } : {}) },
    creator: null,
    selectors: isNote ? [] : [{ type: 'TextQuoteSelector', exact: clipping.body, prefix: '', suffix: '' }],
    note,
    tags: [],
    color: DEFAULT_HIGHLIGHT_COLOR,
    created: clipping.created,
    modified: null,
    replyTo: null,
    kind: isNote ? 'page-note' : 'highlight',
    location,
  };
}

/** Reads the clippings; the caller wraps this so that nothing it does can throw out of {@link readKindleClippings}. */
function readClippings(text: string): ForeignRead {
  const problems = new ProblemList();
  const counts = { bookmarks: 0 };
  const clippings: ReadClipping[] = [];
  for (const entry of splitKindleEntries(text)) {
    const clipping = readEntry(entry, problems, counts);
    if (clipping) clippings.push(clipping);
  }
  const merged = mergeKindleClippings(clippings);
  const annotations = merged.kept.map(({ clipping, notes }) => toAnnotation(clipping as ReadClipping, notes as ReadClipping[], problems));
  if (counts.bookmarks > 0) problems.addSummary(bookmarksSkipped(counts.bookmarks));
  if (merged.earlierVersions > 0) {
    const count = merged.earlierVersions;
    problems.addSummary(`${formatCount(count)} earlier ${count === 1 ? 'version' : 'versions'} of edited highlights or notes ${count === 1 ? 'was' : 'were'} left out: Kindle keeps every version in the file, and only the last one was read.`);
  }
  if (annotations.length > FOREIGN_LIMITS.annotations) {
    problems.addSummary(tooManyAnnotations(annotations.length));
    annotations.length = FOREIGN_LIMITS.annotations;
  }
  return { format: 'kindle', annotations, problems: problems.sentences() };
}

/**
 * The highlights and notes of a Kindle `My Clippings.txt` (already decoded text). Each
 * highlight has its quote, its book's title and author, its page and location, the date Kindle
 * wrote (null when it is in a language we cannot read) and a stable `sourceId` made from the
 * title, place and text, so a second import of the same file is recognised. Never throws:
 * whatever cannot be read is a problem sentence.
 */
export function readKindleClippings(text: string): ForeignRead {
  try {
    return readClippings(text);
  } catch {
    return { format: 'kindle', annotations: [], problems: ['This file could not be read as Kindle clippings (My Clippings.txt), so nothing was imported from it.'] };
  }
}
