import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ForeignAnnotation } from '../../../../../shared/import/tools/foreignAnnotation';
import { FOREIGN_LIMITS } from '../../../../../shared/import/tools/limits';
import { readReadwiseCsv } from '../../../../../shared/import/tools/readwise';
import { readCsvTable } from '../../../../../shared/import/tools/readwiseCsvRows';
import { readwiseDate, readwisePlace, readwiseSource, readwiseTags } from '../../../../../shared/import/tools/readwiseFields';

const HEADER = 'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags';

/** One CSV record: each field quoted when it holds a comma, a quote or a line break, as Readwise writes them. */
function record(...fields: string[]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',');
}

/** A row under {@link HEADER}, from the fields it sets. */
function row(fields: Partial<Record<'highlight' | 'title' | 'author' | 'asin' | 'note' | 'color' | 'tags' | 'type' | 'location' | 'at' | 'docTags', string>>): string {
  const f = { highlight: '', title: '', author: '', asin: '', note: '', color: '', tags: '', type: '', location: '', at: '', docTags: '', ...fields };
  return record(f.highlight, f.title, f.author, f.asin, f.note, f.color, f.tags, f.type, f.location, f.at, f.docTags);
}

function quoteOf(annotation: ForeignAnnotation): string | undefined {
  const quote = annotation.selectors.find((s) => s.type === 'TextQuoteSelector');
  return quote?.type === 'TextQuoteSelector' ? quote.exact : undefined;
}

/** An export as Readwise writes one, written out by hand: BOM, CRLF, a quoted highlight over two lines, doubled quotes. */
const EXPORT = [
  '\uFEFF' + HEADER,
  '"I must not fear.\r\nFear is the mind-killer.",Dune,Frank Herbert,B00B7NPRY8,"The litany, again",yellow,"litany, fear",location,1234,2023-04-05 12:34:56+00:00,"#scifi #classics"',
  '"He said ""no"" and left.",Walden,Henry David Thoreau,,,blue,#woods #life,page,12,2023-04-06 08:00:00+02:00,',
  'A line from an article,https://example.org/essay,Some Writer,,,ultraviolet,,order,5,2023-04-07T09:10:11Z,',
  'A moment in a talk,The Podcast,Host,,,orange,,time_offset,3723,not a date,',
  '',
].join('\r\n');

describe('readReadwiseCsv on an export', () => {
  const read = readReadwiseCsv(EXPORT);

  it('reads every row as a highlight, multi-line and quoted text intact', () => {
    expect(read.format).toBe('readwise');
    expect(read.annotations.map(quoteOf)).toEqual(['I must not fear.\nFear is the mind-killer.', 'He said "no" and left.', 'A line from an article', 'A moment in a talk']);
    expect(read.annotations.every((a) => a.kind === 'highlight' && a.creator === null && a.replyTo === null && a.modified === null)).toBe(true);
  });

  it('reads the book, its Amazon id or its address, the note, place and date', () => {
    expect(read.annotations[0]).toMatchObject({
      document: { title: 'Dune', author: 'Frank Herbert', source: 'urn:asin:B00B7NPRY8' },
      note: 'The litany, again',
      location: 'location 1234',
      created: '2023-04-05T12:34:56.000Z',
    });
    expect(read.annotations[1]).toMatchObject({ document: { title: 'Walden', author: 'Henry David Thoreau' }, location: 'page 12', created: '2023-04-06T06:00:00.000Z' });
    expect(read.annotations[1]!.document).not.toHaveProperty('source');
    expect(read.annotations[2]).toMatchObject({ document: { title: 'https://example.org/essay', source: 'https://example.org/essay' }, location: 'order 5', created: '2023-04-07T09:10:11.000Z' });
    expect(read.annotations[3]).toMatchObject({ location: 'time 01:02:03', created: null });
  });

  it('reads tags written with commas or with "#", the row\'s and its document\'s together', () => {
    expect(read.annotations.map((a) => a.tags)).toEqual([['litany', 'fear', 'scifi', 'classics'], ['woods', 'life'], [], []]);
  });

  it('maps colours to the nearest of ours, yellow for one it does not know', () => {
    expect(read.annotations.map((a) => a.color)).toEqual(['yellow', 'blue', 'yellow', 'yellow']);
  });

  it('says which row had a bad date, and which colour it did not know', () => {
    expect(read.problems).toEqual([
      '1 highlight has a colour Marginalia does not know (“ultraviolet”), so it is yellow.',
      'Row 5 was imported with changes: its date “not a date” is not a date and time Marginalia can read, so it was left out.',
    ]);
  });

  it('gives stable source ids that the import plan can use as annotation ids', () => {
    const ids = read.annotations.map((a) => a.sourceId);
    expect(readReadwiseCsv(EXPORT).annotations.map((a) => a.sourceId)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,100}$/);
  });

  it('reads the same with LF line ends and without a byte-order mark', () => {
    expect(readReadwiseCsv(EXPORT.replaceAll('\r\n', '\n').replace('\uFEFF', ''))).toEqual(read);
  });
});

describe('readReadwiseCsv: columns', () => {
  it('finds columns by name in any order and any case, ignoring extra ones', () => {
    const text = ['document TAGS,Extra Column,highlighted_at,NOTE,highlight,book title', record('essay', 'x', '2024-01-02 03:04:05+00:00', 'a note', 'The quote', 'A Book')].join('\n');
    const read = readReadwiseCsv(text);
    expect(read.annotations).toHaveLength(1);
    expect(read.annotations[0]).toMatchObject({ note: 'a note', tags: ['essay'], document: { title: 'A Book' }, created: '2024-01-02T03:04:05.000Z', location: null, color: 'yellow' });
    expect(read.problems).toEqual([]);
  });

  it('reads the first of two columns with the same name', () => {
    const read = readReadwiseCsv(['Highlight,Note,Note', record('quote', 'first', 'second')].join('\n'));
    expect(read.annotations[0]!.note).toBe('first');
  });

  it('refuses a file without a Highlight column with one problem', () => {
    for (const text of ['Text,Book Title\nquote,Dune\n', '', '\n\n', 'just one line']) {
      const read = readReadwiseCsv(text);
      expect(read.annotations).toEqual([]);
      expect(read.problems).toEqual([
        'This file has no “Highlight” column, so it cannot be read as a Readwise export (its first line should name the columns: Highlight,Book Title,Book Author,…); nothing was imported.',
      ]);
    }
  });

  it('reads a file with only the Highlight column', () => {
    const read = readReadwiseCsv('Highlight\nfirst\n"second, with a comma"\n');
    expect(read.annotations.map(quoteOf)).toEqual(['first', 'second, with a comma']);
    expect(read.annotations[0]!.document).toEqual({});
  });
});

describe('readReadwiseCsv: rows that cannot be read', () => {
  it('skips a row without highlighted text, naming its row as a spreadsheet numbers it', () => {
    const read = readReadwiseCsv([HEADER, row({ highlight: 'kept', title: 'A' }), '', row({ highlight: '  ', note: 'a note alone', title: 'A' }), row({ highlight: 'also kept' })].join('\n'));
    expect(read.annotations.map(quoteOf)).toEqual(['kept', 'also kept']);
    expect(read.problems).toEqual(['Row 4 has no highlighted text, so it was skipped.']);
  });

  it('counts a quoted field over several lines as one row', () => {
    const read = readReadwiseCsv([HEADER, row({ highlight: 'one\ntwo\nthree' }), row({ highlight: '', title: 'Dune' })].join('\n'));
    expect(read.problems).toEqual(['Row 3 has no highlighted text, so it was skipped.']);
  });

  it('names the row with a quote that is never closed, and reads the rows before it', () => {
    const read = readReadwiseCsv([HEADER, row({ highlight: 'fine' }), '"never closed,Dune,,,,,,,,,', row({ highlight: 'swallowed' })].join('\n'));
    expect(read.annotations.map(quoteOf)).toEqual(['fine']);
    expect(read.problems).toEqual(['Row 3 has a quoted field that is never closed, so it and everything after it in the file could not be read, so it was skipped.']);
  });

  it('names a row with a misplaced quote mark, which may have taken the next line in, and reads the rows after it', () => {
    const read = readReadwiseCsv(['Highlight,Note', '"closed"early,note', '"next",row', 'last,row'].join('\n'));
    expect(read.annotations.map(quoteOf)).toEqual(['last']);
    expect(read.problems).toEqual(['Row 2 has a misplaced quote mark, so its fields (and perhaps the lines after it) could not be told apart, so it was skipped.']);
  });

  it('reads a row with too few or too many fields, and says so', () => {
    const read = readReadwiseCsv(['Highlight,Book Title,Note', 'short row', 'long row,Book,note,surplus'].join('\n'));
    expect(read.annotations.map((a) => [quoteOf(a), a.document.title, a.note])).toEqual([
      ['short row', undefined, ''],
      ['long row', 'Book', 'note'],
    ]);
    expect(read.problems).toEqual([
      'Row 2 was imported with changes: it has 1 field where the header names 3, so the missing ones were read as empty.',
      'Row 3 was imported with changes: it has 4 fields where the header names 3, so some of them may be in the wrong column.',
    ]);
  });

  it('cuts a note longer than the limit and says so', () => {
    const read = readReadwiseCsv([HEADER, row({ highlight: 'q', note: 'n'.repeat(FOREIGN_LIMITS.noteChars + 1) })].join('\n'));
    expect(read.annotations[0]!.note).toHaveLength(FOREIGN_LIMITS.noteChars);
    expect(read.problems).toEqual(['Row 2 was imported with changes: its note is longer than 100,000 characters and only the first 100,000 were kept.']);
  });

  it('keeps at most 100 tags of at most 100 characters, and says so', () => {
    const many = Array.from({ length: 120 }, (_, i) => `t${i}`).join(', ');
    const read = readReadwiseCsv([HEADER, row({ highlight: 'q', tags: `${'x'.repeat(150)}, ${many}` })].join('\n'));
    expect(read.annotations[0]!.tags).toHaveLength(FOREIGN_LIMITS.tagsPerAnnotation);
    expect(read.annotations[0]!.tags[0]).toBe('x'.repeat(FOREIGN_LIMITS.tagChars));
    expect(read.problems).toEqual([
      'Row 2 was imported with changes: a tag longer than 100 characters was cut; it has more than 100 tags and only the first 100 were kept.',
    ]);
  });

  it('never throws and always gives a ForeignRead, whatever the text', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('"', '""', '"a,b"', '\n', '\r\n', ',', '#a #b', 'a, b', '2023-04-05 12:34:56+00:00', 'page', 'time_offset', '99999999999'));
    const header = fc.shuffledSubarray(['Highlight', 'Book Title', 'Note', 'Color', 'Tags', 'Location Type', 'Location', 'Highlighted at', 'Document tags', 'Other'], { minLength: 1 });
    fc.assert(
      fc.property(header, fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 20 }), fc.constantFrom('\n', '\r\n'), fc.string(), (columns, rows, eol, garbage) => {
        for (const text of [[columns.join(','), ...rows.map((r) => r.join(','))].join(eol), garbage]) {
          const read = readReadwiseCsv(text);
          expect(read.format).toBe('readwise');
          expect(Array.isArray(read.annotations)).toBe(true);
          expect(read.problems.every((p) => typeof p === 'string' && p.length > 0)).toBe(true);
          for (const annotation of read.annotations) expect(quoteOf(annotation)).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('readCsvTable', () => {
  it('normalises column names and numbers rows as a spreadsheet does, blank lines included', () => {
    const table = readCsvTable('\uFEFF Highlight , Book_Title\n\na,b\n"c\nd",e\n');
    expect(table.columns).toEqual(['highlight', 'book title']);
    expect(table.rows.map((r) => [r.row, r.values])).toEqual([
      [3, ['a', 'b']],
      [4, ['c\nd', 'e']],
    ]);
  });
});

describe('readwise fields', () => {
  it.each([
    [['tag1, tag2'], ['tag1', 'tag2']],
    [['#tag1 #tag2'], ['tag1', 'tag2']],
    [['#two words, #other'], ['two words', 'other']],
    [['a,  a , ,#a,b'], ['a', 'b']],
    [['  spaced   out ,x'], ['spaced out', 'x']],
    [['', ''], []],
    [['one', 'one two'], ['one', 'two']],
  ])('tags of %j are %j', (lists, tags) => {
    expect(readwiseTags(lists, [])).toEqual(tags);
  });

  it.each([
    ['page', '12', 'page 12'],
    ['Location', '1234', 'location 1234'],
    ['order', '5', 'order 5'],
    ['time_offset', '3723', 'time 01:02:03'],
    ['time_offset', '01:02:03', 'time 01:02:03'],
    ['offset', '78999', 'offset 78999'],
    ['', '17', '17'],
    ['page', '', null],
    ['page', 'x'.repeat(101), null],
  ])('place of %j %j is %j', (type, value, place) => {
    expect(readwisePlace(type, value)).toBe(place);
  });

  it.each([
    ['2023-04-05 12:34:56+00:00', '2023-04-05T12:34:56.000Z'],
    ['2023-04-05 12:34:56.123456+00:00', '2023-04-05T12:34:56.123Z'],
    ['2023-04-05 12:34:56', '2023-04-05T12:34:56.000Z'],
    ['2023-04-05 14:34:56+0200', '2023-04-05T12:34:56.000Z'],
    ['2023-04-05T12:34:56Z', '2023-04-05T12:34:56.000Z'],
    ['', null],
  ])('date %j is %j', (value, date) => {
    const issues: string[] = [];
    expect(readwiseDate(value, issues)).toBe(date);
    expect(issues).toEqual([]);
  });

  it.each(['2023-02-30 10:00:00+00:00', '5 April 2023', '2023-04-05 25:00:00+00:00'])('date %j is null with a clause', (value) => {
    const issues: string[] = [];
    expect(readwiseDate(value, issues)).toBeNull();
    expect(issues).toEqual([`its date “${value}” is not a date and time Marginalia can read, so it was left out`]);
  });

  it.each([
    ['https://example.org/a?b=c', 'B00X', 'https://example.org/a?b=c'],
    ['Dune', 'B00B7NPRY8', 'urn:asin:B00B7NPRY8'],
    ['Dune', ' ', undefined],
    ['Dune', 'not an id!', undefined],
    ['http://has spaces in it', '', undefined],
  ])('source of %j with Amazon id %j is %j', (title, asin, source) => {
    expect(readwiseSource(title, asin)).toBe(source);
  });
});
