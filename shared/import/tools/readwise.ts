/**
 * Readwise's CSV export: one highlight per row, under the header
 * `Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags`.
 * Columns are found by name (any case, any order; others are ignored), so an export from an
 * older or newer Readwise still reads. Only the `Highlight` column is required.
 */
import { plural } from '../../text/plural';
import { sha256Hex } from '../../text/sha256';
import { DEFAULT_HIGHLIGHT_COLOR, nearestHighlightColor } from './colours';
import type { DocumentHint, ForeignAnnotation, ForeignRead } from './foreignAnnotation';
import { cutText, FOREIGN_LIMITS, formatCount, readNote, tooManyAnnotations } from './limits';
import { ProblemList } from './problems';
import { readCsvTable, type CsvRow } from './readwiseCsvRows';
import { readwiseDate, readwisePlace, readwiseSource, readwiseTags } from './readwiseFields';

/** The columns read, by their normalised names (see `normaliseColumnName`). */
const COLUMNS = {
  highlight: 'highlight',
  title: 'book title',
  author: 'book author',
  amazonId: 'amazon book id',
  note: 'note',
  color: 'color',
  tags: 'tags',
  locationType: 'location type',
  location: 'location',
  highlightedAt: 'highlighted at',
  documentTags: 'document tags',
} as const;

type Column = keyof typeof COLUMNS;

/** How many unknown colour names a message quotes. */
const SHOWN_COLOURS = 5;

const NO_HIGHLIGHT_COLUMN =
  'This file has no “Highlight” column, so it cannot be read as a Readwise export (its first line should name the columns: Highlight,Book Title,Book Author,…); nothing was imported.';

/** Line ends inside a quoted field as the app keeps them. */
function lines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Unknown colour names and how many rows had each, for one sentence about them all. */
class UnknownColours {
  private readonly names = new Set<string>();
  private rows = 0;

  add(name: string): void {
    this.rows++;
    if (this.names.size < SHOWN_COLOURS) this.names.add(name.length > 40 ? `${name.slice(0, 40)}…` : name);
  }

  sentence(): string | null {
    if (this.rows === 0) return null;
    const names = [...this.names].map((n) => `“${n}”`).join(', ');
    return this.rows === 1
      ? `1 highlight has a colour Marginalia does not know (${names}), so it is yellow.`
      : `${formatCount(this.rows)} highlights have a colour Marginalia does not know (${names}), so they are yellow.`;
  }
}

/** Reads one row; null (with a problem) when it has no highlight to give. */
function readRow(row: CsvRow, field: (row: CsvRow, column: Column) => string, columnCount: number, problems: ProblemList, colours: UnknownColours): ForeignAnnotation | null {
  const label = `Row ${formatCount(row.row)}`;
  if (row.quoteProblem === 'unclosed') {
    problems.addSkip(label, 'has a quoted field that is never closed, so it and everything after it in the file could not be read');
    return null;
  }
  if (row.quoteProblem === 'misplaced') {
    problems.addSkip(label, 'has a misplaced quote mark, so its fields (and perhaps the lines after it) could not be told apart');
    return null;
  }
  let quote = lines(field(row, 'highlight')).trim();
  if (quote === '') {
    problems.addSkip(label, 'has no highlighted text');
    return null;
  }
  const issues: string[] = [];
  if (row.values.length !== columnCount) {
    const has = `it has ${plural(row.values.length, 'field')} where the header names ${columnCount}`;
    issues.push(row.values.length < columnCount ? `${has}, so the missing ones were read as empty` : `${has}, so some of them may be in the wrong column`);
  }
  if (quote.length > FOREIGN_LIMITS.noteChars) {
    const max = formatCount(FOREIGN_LIMITS.noteChars);
    issues.push(`its highlighted text is longer than ${max} characters and only the first ${max} were kept`);
    quote = cutText(quote, FOREIGN_LIMITS.noteChars);
  }
  const title = field(row, 'title').trim();
  const author = field(row, 'author').trim();
  const source = readwiseSource(title, field(row, 'amazonId'));
  const document: DocumentHint = { ...(source ? { source } : {}), ...(title ? { title } : {}), ...(author ? { author } : {}) };
  const colourName = field(row, 'color').trim();
  const color = colourName === '' ? null : nearestHighlightColor(colourName);
  if (colourName !== '' && color === null) colours.add(colourName);
  const location = readwisePlace(field(row, 'locationType'), field(row, 'location'));
  const annotation: ForeignAnnotation = {
    sourceId: `readwise-${sha256Hex(`${title}\n${location ?? ''}\n${quote}`).slice(0, 32)}`,
    document,
    creator: null,
    selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
    note: readNote([lines(field(row, 'note')).trim()], issues),
    tags: readwiseTags([field(row, 'tags'), field(row, 'documentTags')], issues),
    color: color ?? DEFAULT_HIGHLIGHT_COLOR,
    created: readwiseDate(field(row, 'highlightedAt'), issues),
    modified: null,
    replyTo: null,
    kind: 'highlight',
    location,
  };
  problems.addChanges(label, issues);
  return annotation;
}

/** Reads the rows; the caller wraps this so that nothing it does can throw out of {@link readReadwiseCsv}. */
function readRows(text: string): ForeignRead {
  const table = readCsvTable(text);
  const indexOf = new Map<string, number>();
  table.columns.forEach((name, i) => {
    if (!indexOf.has(name)) indexOf.set(name, i);
  });
  if (!indexOf.has(COLUMNS.highlight)) return { format: 'readwise', annotations: [], problems: [NO_HIGHLIGHT_COLUMN] };
  const field = (row: CsvRow, column: Column): string => {
    const i = indexOf.get(COLUMNS[column]);
    return i === undefined ? '' : (row.values[i] ?? '');
  };
  const problems = new ProblemList();
  const colours = new UnknownColours();
  const annotations: ForeignAnnotation[] = [];
  let beyondLimit = 0;
  for (const row of table.rows) {
    if (annotations.length >= FOREIGN_LIMITS.annotations) {
      if (field(row, 'highlight').trim() !== '') beyondLimit++;
      continue;
    }
    const annotation = readRow(row, field, table.columns.length, problems, colours);
    if (annotation) annotations.push(annotation);
  }
  if (beyondLimit > 0) problems.addSummary(tooManyAnnotations(annotations.length + beyondLimit));
  const colourSentence = colours.sentence();
  if (colourSentence) problems.addSummary(colourSentence);
  return { format: 'readwise', annotations, problems: problems.sentences() };
}

/**
 * The highlights of a Readwise CSV export (already decoded text): each with its quote, note,
 * tags (the row's and its document's), colour (the nearest of ours; yellow when unknown),
 * place, date and book; a stable `sourceId` made from the title, place and quote, so a second
 * import of the same file is recognised. A file without a `Highlight` column is refused with
 * one problem; a row that cannot be read costs only itself. Never throws.
 */
export function readReadwiseCsv(text: string): ForeignRead {
  try {
    return readRows(text);
  } catch {
    return { format: 'readwise', annotations: [], problems: ['This file could not be read as a Readwise CSV export, so nothing was imported from it.'] };
  }
}
