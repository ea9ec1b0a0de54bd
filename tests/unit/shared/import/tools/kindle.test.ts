import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ForeignAnnotation } from '../../../../../shared/import/tools/foreignAnnotation';
import { readKindleClippings } from '../../../../../shared/import/tools/kindle';
import { parseKindleDate } from '../../../../../shared/import/tools/kindleDate';
import { splitKindleEntries } from '../../../../../shared/import/tools/kindleEntries';
import { parseKindleMetadataLine } from '../../../../../shared/import/tools/kindleMetadata';
import { parseKindleTitleLine } from '../../../../../shared/import/tools/kindleTitle';
import { FOREIGN_LIMITS } from '../../../../../shared/import/tools/limits';
import { MAX_LISTED_PROBLEMS } from '../../../../../shared/import/tools/problems';

const SEP = '==========';

/** One clipping as Kindle writes it, ended by its separator line. */
function clipping(title: string, meta: string, body: string, eol = '\n'): string {
  return [title, meta, '', ...(body === '' ? [] : body.split('\n')), SEP, ''].join(eol);
}

/** Kindle's dates carry no zone; they are read as local time, so expectations are built the same way. */
function local(year: number, month: number, day: number, hours: number, minutes: number, seconds = 0): string {
  return new Date(year, month - 1, day, hours, minutes, seconds).toISOString();
}

function quoteOf(annotation: ForeignAnnotation): string | undefined {
  const quote = annotation.selectors.find((s) => s.type === 'TextQuoteSelector');
  return quote?.type === 'TextQuoteSelector' ? quote.exact : undefined;
}

/**
 * A file the way a Kindle grows one over months: BOMs at the start and before some clippings,
 * CRLF, German and Japanese clippings from a reader who switched language, a title with
 * parentheses, a highlight extended twice, a note on a highlight, a note on nothing, bookmarks.
 */
const MIXED_FILE = [
  '\uFEFF' + clipping('Dune (Deluxe Edition) (Frank Herbert)', '- Your Highlight on page 12 | Location 100-102 | Added on Monday, 3 March 2025 10:00:00', 'I must not fear.', '\r\n'),
  '\uFEFF' + clipping('Dune (Deluxe Edition) (Frank Herbert)', '- Your Note on page 12 | Location 102 | Added on Monday, 3 March 2025 10:01:00', 'Fear is the mind-killer.', '\r\n'),
  clipping('Dune (Deluxe Edition) (Frank Herbert)', '- Your Bookmark on page 40 | Location 610 | Added on Monday, 3 March 2025 10:05:00', '', '\r\n'),
  '\uFEFF' + clipping('Der Zauberberg (Mann, Thomas)', '- Ihre Markierung auf Seite 5 | bei Position 70-71 | Hinzugefügt am Dienstag, 4. März 2025 09:15:30', 'Ein einfacher junger Mensch reiste', '\r\n'),
  clipping('Der Zauberberg (Mann, Thomas)', '- Ihr Lesezeichen auf Seite 9 | bei Position 130 | Hinzugefügt am Dienstag, 4. März 2025 09:20:00', '', '\r\n'),
  clipping('Der Zauberberg (Mann, Thomas)', '- Ihre Notiz auf Seite 80 | bei Position 1200 | Hinzugefügt am Dienstag, 4. März 2025 09:30:00', 'Zeit als Thema', '\r\n'),
  clipping('吾輩は猫である (夏目 漱石)', '- 12ページ|位置No. 150-152のハイライト |作成日: 2025年3月5日水曜日 21:04:05', '吾輩は猫である。名前はまだ無い。', '\r\n'),
  clipping('吾輩は猫である (夏目 漱石)', '- 位置No. 300のブックマーク |作成日: 2025年3月5日水曜日 21:10:00', '', '\r\n'),
  clipping('Walden (Henry David Thoreau)', '- Your Highlight on Location 500-500 | Added on Friday, 7 March 2025 08:00:00', 'I went to the woods', '\r\n'),
  clipping('Walden (Henry David Thoreau)', '- Your Highlight on Location 500-501 | Added on Friday, 7 March 2025 08:00:10', 'I went to the woods because I wished', '\r\n'),
  '\uFEFF' + clipping('Walden (Henry David Thoreau)', '- Your Highlight on Location 500-502 | Added on Friday, 7 March 2025 08:00:20', 'I went to the woods because I wished to live deliberately', '\r\n'),
].join('');

describe('readKindleClippings on a mixed file', () => {
  const read = readKindleClippings(MIXED_FILE);

  it('reads every highlight and the orphan note, in file order', () => {
    expect(read.format).toBe('kindle');
    expect(read.annotations.map((a) => [a.kind, quoteOf(a) ?? a.note])).toEqual([
      ['highlight', 'I must not fear.'],
      ['highlight', 'Ein einfacher junger Mensch reiste'],
      ['page-note', 'Zeit als Thema'],
      ['highlight', '吾輩は猫である。名前はまだ無い。'],
      ['highlight', 'I went to the woods because I wished to live deliberately'],
    ]);
  });

  it('takes the author from the last parenthesised group and keeps the rest of the title', () => {
    expect(read.annotations[0]!.document).toEqual({ title: 'Dune (Deluxe Edition)', author: 'Frank Herbert' });
    expect(read.annotations[1]!.document).toEqual({ title: 'Der Zauberberg', author: 'Mann, Thomas' });
    expect(read.annotations[3]!.document).toEqual({ title: '吾輩は猫である', author: '夏目 漱石' });
  });

  it('attaches the note to the highlight whose range ends at its location', () => {
    expect(read.annotations[0]).toMatchObject({ note: 'Fear is the mind-killer.', location: 'page 12, location 100-102' });
  });

  it('keeps a note on no highlight as a page note with its place', () => {
    expect(read.annotations[2]).toMatchObject({ kind: 'page-note', selectors: [], note: 'Zeit als Thema', location: 'page 80, location 1200' });
  });

  it('reads page, location and date from German and Japanese lines', () => {
    expect(read.annotations[1]).toMatchObject({ location: 'page 5, location 70-71', created: local(2025, 3, 4, 9, 15, 30) });
    expect(read.annotations[3]).toMatchObject({ location: 'page 12, location 150-152', created: local(2025, 3, 5, 21, 4, 5) });
  });

  it('gives each highlight a quote selector with no context, and the user as creator', () => {
    const first = read.annotations[0]!;
    expect(first.selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'I must not fear.', prefix: '', suffix: '' }]);
    expect(first).toMatchObject({ creator: null, tags: [], color: 'yellow', modified: null, replyTo: null, created: local(2025, 3, 3, 10, 0) });
  });

  it('says in one sentence each that bookmarks and earlier versions were left out', () => {
    expect(read.problems).toEqual([
      '3 bookmarks were skipped: they mark a place, not text.',
      '2 earlier versions of edited highlights or notes were left out: Kindle keeps every version in the file, and only the last one was read.',
    ]);
  });

  it('gives stable source ids that the import plan can use as annotation ids', () => {
    const again = readKindleClippings(MIXED_FILE);
    expect(again.annotations.map((a) => a.sourceId)).toEqual(read.annotations.map((a) => a.sourceId));
    expect(new Set(read.annotations.map((a) => a.sourceId)).size).toBe(read.annotations.length);
    for (const annotation of read.annotations) expect(annotation.sourceId).toMatch(/^[A-Za-z0-9_-]{1,100}$/);
  });

  it('reads the same with LF line ends and without any byte-order mark', () => {
    const plain = readKindleClippings(MIXED_FILE.replaceAll('\r\n', '\n').replaceAll('\uFEFF', ''));
    expect(plain).toEqual(read);
  });
});

describe('splitKindleEntries', () => {
  it('splits on separator lines with trailing spaces, under CR, LF or CRLF, dropping BOMs and blank lines before an entry', () => {
    const text = '\uFEFF\uFEFFA\r\nmeta a\r\n\r\nbody a\r\n==========  \t\r\n\n\uFEFFB\rmeta b\r\rbody b\r==========\nC\nmeta c';
    expect(splitKindleEntries(text)).toEqual([
      { number: 1, lines: ['A', 'meta a', '', 'body a'] },
      { number: 2, lines: ['B', 'meta b', '', 'body b'] },
      { number: 3, lines: ['C', 'meta c'] },
    ]);
  });

  it('does not take a line with more or fewer equals signs, or leading spaces, for a separator', () => {
    expect(splitKindleEntries('A\n===========\nB\n=========\nC\n ==========\nD').map((e) => e.lines.length)).toEqual([7]);
  });

  it('skips empty entries, so clipping numbers count real clippings', () => {
    expect(splitKindleEntries('==========\n\n==========\nA\n==========\n==========\nB\n').map((e) => [e.number, e.lines[0]])).toEqual([
      [1, 'A'],
      [2, 'B'],
    ]);
  });
});

describe('parseKindleTitleLine', () => {
  it.each([
    ['Dune (Frank Herbert)', 'Dune', 'Frank Herbert'],
    ['Dune (Deluxe Edition) (Frank Herbert)', 'Dune (Deluxe Edition)', 'Frank Herbert'],
    ['The Effective Manager (Horstman, Mark)', 'The Effective Manager', 'Horstman, Mark'],
    ['Good Omens (Pratchett, Terry;Gaiman, Neil)', 'Good Omens', 'Pratchett, Terry;Gaiman, Neil'],
    ['飘（上下） (外国文学名著名译丛书) ((美)米切尔)', '飘（上下） (外国文学名著名译丛书)', '(美)米切尔'],
    ['  Notes from a talk (2021-04-02) (Club)  ', 'Notes from a talk (2021-04-02)', 'Club'],
  ])('%j is “%s” by “%s”', (line, title, author) => {
    expect(parseKindleTitleLine(line)).toEqual({ title, author });
  });

  it.each([
    ['my-personal-document.pdf', 'my-personal-document.pdf'],
    ['A title (with a note) and more', 'A title (with a note) and more'],
    ['Unbalanced (Author))', 'Unbalanced (Author))'],
    ['(Only Parentheses)', '(Only Parentheses)'],
    ['Empty author ()', 'Empty author ()'],
    ['', ''],
  ])('%j has no author', (line, title) => {
    expect(parseKindleTitleLine(line)).toEqual({ title, author: null });
  });
});

describe('parseKindleMetadataLine', () => {
  it.each([
    ['- Your Highlight on page 12 | Location 100-102 | Added on Monday, 3 March 2025 10:00:00', 'highlight', '12', [100, 102], 'Added on Monday, 3 March 2025 10:00:00'],
    ['- Your Note on Location 102 | Added on Monday, 3 March 2025 10:00:00', 'note', null, [102, 102], 'Added on Monday, 3 March 2025 10:00:00'],
    ['- Your Bookmark on page 5 | Location 70 | Added on Monday, 3 March 2025 10:00:00', 'bookmark', '5', [70, 70], 'Added on Monday, 3 March 2025 10:00:00'],
    ['- Your Highlight on page ix | location 247-248 | Added on Sunday, 18 February 2018 22:30:47', 'highlight', 'ix', [247, 248], 'Added on Sunday, 18 February 2018 22:30:47'],
    ['- Highlight on Page 10 | Added on Monday, 3 December 12 19:51:33 Greenwich Mean Time', 'highlight', '10', null, 'Added on Monday, 3 December 12 19:51:33 Greenwich Mean Time'],
    ['- Your Highlight on page 14-15 | Added on Saturday, 23 December 2017 09:46:53', 'highlight', '14-15', null, 'Added on Saturday, 23 December 2017 09:46:53'],
    ['- Ihre Markierung bei Position 100-102 | Hinzugefügt am Montag, 3. März 2025 10:00:00', 'highlight', null, [100, 102], 'Hinzugefügt am Montag, 3. März 2025 10:00:00'],
    ['- Meine Notiz auf Seite 11 | Position 161 | Hinzugefügt am Dienstag, 26. November 2013 um 19:56:11 Uhr', 'note', '11', [161, 161], 'Hinzugefügt am Dienstag, 26. November 2013 um 19:56:11 Uhr'],
    ['- Votre surlignement sur la page 12 | emplacement 100-102 | Ajouté le lundi 3 mars 2025 10:00:00', 'highlight', '12', [100, 102], 'Ajouté le lundi 3 mars 2025 10:00:00'],
    ['- Votre signet sur la page 3 | emplacement 40 | Ajouté le lundi 3 mars 2025 10:00:00', 'bookmark', '3', [40, 40], 'Ajouté le lundi 3 mars 2025 10:00:00'],
    ['- La subrayado en la página 12 | posición 100-102 | Añadido el lunes, 3 de marzo de 2025 10:00:00', 'highlight', '12', [100, 102], 'Añadido el lunes, 3 de marzo de 2025 10:00:00'],
    ['-  La tua evidenziazione alla posizione 453-454 | Aggiunto in data lunedì 8 marzo 2021 22:52:57', 'highlight', null, [453, 454], 'Aggiunto in data lunedì 8 marzo 2021 22:52:57'],
    ['- Seu destaque ou posição 2829-2829 | Adicionado: sexta-feira, 29 de novembro de 2019 18:00:13', 'highlight', null, [2829, 2829], 'Adicionado: sexta-feira, 29 de novembro de 2019 18:00:13'],
    ['- Uw notitie op pagina 4 | Locatie 55 | Toegevoegd op maandag 3 maart 2025 10:00:00', 'note', '4', [55, 55], 'Toegevoegd op maandag 3 maart 2025 10:00:00'],
    ['- 12ページ|位置No. 100-102のハイライト |作成日: 2025年3月3日月曜日 10:00:00', 'highlight', '12', [100, 102], '作成日: 2025年3月3日月曜日 10:00:00'],
    ['- 位置No. 102のメモ |作成日: 2025年3月3日月曜日 10:00:00', 'note', null, [102, 102], '作成日: 2025年3月3日月曜日 10:00:00'],
    ['- 您在第 3 页（位置 #41-43）的标注 | 添加于 2017年11月13日星期一 上午9:00:00', 'highlight', '3', [41, 43], '添加于 2017年11月13日星期一 上午9:00:00'],
    ['- 您在位置 #2544 的笔记 | 添加于 2023年2月9日星期四 下午6:36:38', 'note', null, [2544, 2544], '添加于 2023年2月9日星期四 下午6:36:38'],
    ['– Ваш выделенный отрывок в месте 904–905 | Добавлено: понедельник, 24 июля 2023 г. в 15:44:52', 'highlight', null, [904, 905], 'Добавлено: понедельник, 24 июля 2023 г. в 15:44:52'],
    ['- Your Highlight on Location 35-36', 'highlight', null, [35, 36], null],
  ])('%s', (line, kindHint, page, location, dateText) => {
    const meta = parseKindleMetadataLine(line);
    expect(meta).toMatchObject({ kindHint, page, dateText });
    expect(meta!.location && [meta!.location.from, meta!.location.to]).toEqual(location);
  });

  it('goes by shape when the words are in a language it does not know: the first range is the location, a number before it the page', () => {
    expect(parseKindleMetadataLine('- Sinun korostuksesi sivulla 12 | sijainti 100-102 | Lisätty 3.3.2025')).toMatchObject({
      kindHint: null,
      page: '12',
      location: { from: 100, to: 102, range: true },
      dateText: 'Lisätty 3.3.2025',
    });
    expect(parseKindleMetadataLine('- Muistiinpanosi sijainnissa 102 | Lisätty 3.3.2025')).toMatchObject({ kindHint: null, page: null, location: { from: 102, to: 102, range: false } });
  });

  it('is null for a line that has no dash, no field and no number', () => {
    expect(parseKindleMetadataLine('Just some words of a book')).toBeNull();
    expect(parseKindleMetadataLine('')).toBeNull();
  });
});

describe('parseKindleDate', () => {
  it.each([
    ['Added on Monday, 3 March 2025 10:00:00', local(2025, 3, 3, 10, 0)],
    ['Added on Monday, April 18, 2016 7:28:27 AM', local(2016, 4, 18, 7, 28, 27)],
    ['Added on Monday, April 18, 2016 7:28:27 PM', local(2016, 4, 18, 19, 28, 27)],
    ['Added on Monday, April 18, 2016 12:05:00 AM', local(2016, 4, 18, 0, 5)],
    ['Hinzugefügt am Dienstag, 26. November 2013 um 19:56:11 Uhr', local(2013, 11, 26, 19, 56, 11)],
    ['Ajouté le mercredi 16 août 2017 02:14:10', local(2017, 8, 16, 2, 14, 10)],
    ['Añadido el sábado, 12 de octubre de 2019 0:37:31', local(2019, 10, 12, 0, 37, 31)],
    ['Aggiunto in data lunedì 8 marzo 2021 22:52:57', local(2021, 3, 8, 22, 52, 57)],
    ['Adicionado: sexta-feira, 29 de novembro de 2019 18:00:13', local(2019, 11, 29, 18, 0, 13)],
    ['Toegevoegd op maandag 3 maart 2025 10:00:00', local(2025, 3, 3, 10, 0)],
    ['作成日: 2025年3月3日月曜日 10:00:00', local(2025, 3, 3, 10, 0)],
    ['添加于 2023年2月9日星期四 下午6:36:38', local(2023, 2, 9, 18, 36, 38)],
    ['添加于 2017年11月13日星期一 上午9:00:00', local(2017, 11, 13, 9, 0)],
    ['Добавлено: понедельник, 24 июля 2023 г. в 15:44:52', local(2023, 7, 24, 15, 44, 52)],
  ])('reads %j', (text, expected) => {
    expect(parseKindleDate(text)).toBe(expected);
  });

  it.each([
    'Lisätty 3.3.2025',
    'Added on Monday, 3 December 12 19:51:33 Greenwich Mean Time',
    'Added on Sunday, 30 February 2025 10:00:00',
    'Added on Monday, 3 March 2025 25:00:00',
    'Added on Monday, 3 March 2025 10:61:00',
    'Added on Monday, 3 March 2025 13:00:00 PM',
    'yesterday',
    '',
    `Added on Monday, 3 March 2025 10:00:00${' '.repeat(500)}`,
  ])('gives null for %j', (text) => {
    expect(parseKindleDate(text)).toBeNull();
  });
});

describe('readKindleClippings: kinds', () => {
  it('classifies by shape when the words are unknown: a range is a highlight, short text at one location a note, no text a bookmark', () => {
    const read = readKindleClippings(
      clipping('Kirja (Kirjailija)', '- Korostus sijainti 100-102 | Lisätty 3.3.2025', 'Pitkä lainaus kirjasta') +
        clipping('Kirja (Kirjailija)', '- Muistiinpano sijainti 102 | Lisätty 3.3.2025', 'Oma ajatus') +
        clipping('Kirja (Kirjailija)', '- Kirjanmerkki sijainti 300 | Lisätty 3.3.2025', ''),
    );
    expect(read.annotations).toHaveLength(1);
    expect(read.annotations[0]).toMatchObject({ kind: 'highlight', note: 'Oma ajatus', location: 'location 100-102', created: null });
    expect(read.problems).toEqual(['1 bookmark was skipped: it marks a place, not text.']);
  });

  it('joins a body written on several lines with spaces', () => {
    const read = readKindleClippings(clipping('Book (Author)', '- Your Highlight on Location 1-3 | Added on Monday, 3 March 2025 10:00:00', 'first line\n  second line  \n\nthird'));
    expect(quoteOf(read.annotations[0]!)).toBe('first line second line third');
  });

  it('leaves out of the hint a title or author the title line does not give', () => {
    const read = readKindleClippings(clipping('', '- Your Highlight on Location 1-2 | Added on Monday, 3 March 2025 10:00:00', 'text'));
    expect(read.annotations[0]!.document).toEqual({});
  });

  it('has no author in the hint when the title line names none', () => {
    const read = readKindleClippings(clipping('my-notes.pdf', '- Your Highlight on page 3 | Added on Monday, 3 March 2025 10:00:00', 'text'));
    expect(read.annotations[0]!.document).toEqual({ title: 'my-notes.pdf' });
    expect(read.annotations[0]!.location).toBe('page 3');
  });
});

describe('readKindleClippings: edited highlights and notes', () => {
  const meta = (range: string, minute: number) => `- Your Highlight on Location ${range} | Added on Friday, 7 March 2025 08:${String(minute).padStart(2, '0')}:00`;

  it('keeps the last version of a highlight that was shortened, wherever the versions are in the file', () => {
    const read = readKindleClippings(
      clipping('Book (A)', meta('10-12', 1), 'one two three four') +
        clipping('Book (A)', meta('40-41', 2), 'something else') +
        clipping('Book (A)', meta('11-12', 3), 'two three'),
    );
    expect(read.annotations.map(quoteOf)).toEqual(['something else', 'two three']);
    expect(read.annotations[1]!.created).toBe(local(2025, 3, 7, 8, 3));
    expect(read.problems).toEqual(['1 earlier version of edited highlights or notes was left out: Kindle keeps every version in the file, and only the last one was read.']);
  });

  it('keeps separate highlights that share a location but neither contains the other', () => {
    const read = readKindleClippings(clipping('Book (A)', meta('10-10', 1), 'First sentence.') + clipping('Book (A)', meta('10-11', 2), 'Second sentence.'));
    expect(read.annotations.map(quoteOf)).toEqual(['First sentence.', 'Second sentence.']);
    expect(read.problems).toEqual([]);
  });

  it('keeps the same text highlighted in two different books, or at two places of one book', () => {
    const read = readKindleClippings(
      clipping('Book (A)', meta('10-11', 1), 'To be.') + clipping('Book (B)', meta('10-11', 2), 'To be.') + clipping('Book (A)', meta('90-91', 3), 'To be.'),
    );
    expect(read.annotations).toHaveLength(3);
  });

  it('finds an earlier version of a long highlight that was shortened at its end', () => {
    const read = readKindleClippings(clipping('Book (A)', meta('100-190', 1), 'a very long passage indeed') + clipping('Book (A)', meta('150-190', 2), 'passage indeed'));
    expect(read.annotations.map(quoteOf)).toEqual(['passage indeed']);
  });

  it('keeps the last version of a page-only highlight on the same page', () => {
    const pageMeta = (page: number) => `- Your Highlight on page ${page} | Added on Friday, 7 March 2025 08:00:00`;
    const read = readKindleClippings(clipping('doc.pdf', pageMeta(3), 'alpha beta') + clipping('doc.pdf', pageMeta(4), 'alpha beta') + clipping('doc.pdf', pageMeta(3), 'alpha beta gamma'));
    expect(read.annotations.map((a) => [a.location, quoteOf(a)])).toEqual([
      ['page 4', 'alpha beta'],
      ['page 3', 'alpha beta gamma'],
    ]);
  });

  it('attaches a note written before its highlight in the file, and a note inside the range', () => {
    const note = (at: number, text: string) => clipping('Book (A)', `- Your Note on Location ${at} | Added on Friday, 7 March 2025 08:00:00`, text);
    const read = readKindleClippings(note(12, 'at the end') + clipping('Book (A)', meta('10-12', 1), 'the passage') + note(11, 'inside'));
    expect(read.annotations).toHaveLength(1);
    expect(read.annotations[0]!.note).toBe('at the end\n\ninside');
  });

  it('attaches a note to the highlight that ends at its location rather than a wider one around it', () => {
    const read = readKindleClippings(
      clipping('Book (A)', meta('24-25', 1), 'the narrow one') +
        clipping('Book (A)', meta('20-30', 2), 'the wide passage') +
        clipping('Book (A)', '- Your Note on Location 25 | Added on Friday, 7 March 2025 08:03:00', 'on the narrow one'),
    );
    expect(read.annotations.map((a) => [quoteOf(a), a.note])).toEqual([
      ['the narrow one', 'on the narrow one'],
      ['the wide passage', ''],
    ]);
  });

  it('keeps only the last version of a note edited at the same location', () => {
    const note = (text: string) => clipping('Book (A)', '- Your Note on Location 500 | Added on Friday, 7 March 2025 08:00:00', text);
    const read = readKindleClippings(note('Remember') + note('Remember this for the essay'));
    expect(read.annotations.map((a) => [a.kind, a.note])).toEqual([['page-note', 'Remember this for the essay']]);
    expect(read.problems).toHaveLength(1);
  });
});

describe('readKindleClippings: what cannot be read', () => {
  it('names a clipping without a metadata line, and reads the others', () => {
    const read = readKindleClippings('A title alone\n==========\n' + clipping('Book (A)', '- Your Highlight on Location 1-2 | Added on Monday, 3 March 2025 10:00:00', 'kept'));
    expect(read.annotations.map(quoteOf)).toEqual(['kept']);
    expect(read.problems).toEqual(['Clipping 1 (“A title alone”) has no line saying what it is and where (like “- Your Highlight on page 12 | Location 100-102 | Added on …”), so it was skipped.']);
  });

  it('names a highlight without text, and one cut by the clipping limit', () => {
    const read = readKindleClippings(
      clipping('Book (A)', '- Your Highlight on Location 1-2 | Added on Monday, 3 March 2025 10:00:00', '') +
        clipping('Book (A)', '- Your Highlight on Location 5-6 | Added on Monday, 3 March 2025 10:00:00', '<You have reached the clipping limit for this item>'),
    );
    expect(read.annotations).toEqual([]);
    expect(read.problems).toEqual([
      'Clipping 1 (“Book”, location 1-2) is a highlight with no text, so it was skipped.',
      "Clipping 2 (“Book”, location 5-6) has no text: Kindle stopped copying highlights of this book when it reached the publisher's clipping limit, so it was skipped.",
    ]);
  });

  it('keeps a date it cannot read as null without a problem', () => {
    const read = readKindleClippings(clipping('Book (A)', '- Your Highlight on Location 1-2 | Lisätty maanantaina 3. maaliskuuta 2025', 'text'));
    expect(read.annotations[0]!.created).toBeNull();
    expect(read.problems).toEqual([]);
  });

  it('cuts a note longer than the limit and says so', () => {
    const long = 'n'.repeat(FOREIGN_LIMITS.noteChars + 10);
    const read = readKindleClippings(clipping('Book (A)', '- Your Note on Location 7 | Added on Monday, 3 March 2025 10:00:00', long));
    expect(read.annotations[0]!.note).toHaveLength(FOREIGN_LIMITS.noteChars);
    expect(read.problems).toEqual(['Clipping 1 (“Book”, location 7) was imported with changes: its note is longer than 100,000 characters and only the first 100,000 were kept.']);
  });

  it('cuts the notes joined on one highlight when together they are longer than the limit', () => {
    const note = (at: number) => clipping('Book (A)', `- Your Note on Location ${at} | Added on Monday, 3 March 2025 10:00:00`, 'n'.repeat(60_000));
    const read = readKindleClippings(clipping('Book (A)', '- Your Highlight on Location 1-3 | Added on Monday, 3 March 2025 10:00:00', 'quote') + note(2) + note(3));
    expect(read.annotations[0]!.note).toHaveLength(FOREIGN_LIMITS.noteChars);
    expect(read.problems).toEqual(['Clipping 1 (“Book”, location 1-3) was imported with changes: its note is longer than 100,000 characters and only the first 100,000 were kept.']);
  });

  it('lists the first unreadable clippings and counts the rest', () => {
    const read = readKindleClippings('no metadata here\n==========\n'.repeat(MAX_LISTED_PROBLEMS + 50));
    expect(read.problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(read.problems.at(-1)).toBe('50 more annotations had problems like these; they are not listed one by one.');
  });

  it('reads an empty file, or one that is not Kindle clippings, as nothing', () => {
    expect(readKindleClippings('')).toEqual({ format: 'kindle', annotations: [], problems: [] });
    expect(readKindleClippings('{"not": "kindle"}').annotations).toEqual([]);
  });

  it('never throws and always gives a ForeignRead, whatever the text', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom(SEP, '\uFEFF' + SEP, `${SEP}  `, '', '- Your Highlight on Location 1-2 | Added on Monday, 3 March 2025 10:00:00', '- Your Note on Location 2 |', '- 12ページ|位置No. 1-2のハイライト |', 'Book (A (B)'),
      fc.stringMatching(/^- [a-z ]{0,8}\d{0,4}(-\d{0,4})? \| [a-z\d :]{0,12}$/),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const read = readKindleClippings(lines.join(eol));
        expect(read.format).toBe('kindle');
        expect(Array.isArray(read.annotations)).toBe(true);
        expect(read.problems.every((p) => typeof p === 'string' && p.length > 0)).toBe(true);
        for (const annotation of read.annotations) expect(annotation.sourceId).toMatch(/^kindle-[0-9a-f]{32}$/);
      }),
      { numRuns: 300 },
    );
  });
});
