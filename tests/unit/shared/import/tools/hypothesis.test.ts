import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ForeignRead } from '../../../../../shared/import/tools/foreignAnnotation';
import { readHypothesisAnnotations, readHypothesisValue } from '../../../../../shared/import/tools/hypothesis';

const PAGE = 'https://example.org/articles/tides';
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A row as the Hypothesis API returns it (our own invented content); `extra` replaces fields. */
function row(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    created: '2024-03-05T09:15:42.123456+00:00',
    updated: '2024-03-06T18:01:00.000001+00:00',
    user: 'acct:marisol@hypothes.is',
    uri: PAGE,
    text: 'The **moon** does most of the work.',
    tags: ['tides', 'physics'],
    group: '__world__',
    permissions: { read: ['group:__world__'], admin: ['acct:marisol@hypothes.is'], update: ['acct:marisol@hypothes.is'], delete: ['acct:marisol@hypothes.is'] },
    target: [
      {
        source: PAGE,
        selector: [
          { type: 'RangeSelector', startContainer: '/main[1]/p[3]', startOffset: 12, endContainer: '/main[1]/p[3]', endOffset: 40 },
          { type: 'TextPositionSelector', start: 1204, end: 1232 },
          { type: 'TextQuoteSelector', exact: 'pulled by the moon and the sun', prefix: 'The oceans are ', suffix: ', twice a day.' },
        ],
      },
    ],
    document: { title: ['Why the Tides Turn'] },
    links: { html: `https://hypothes.is/a/${id}`, incontext: `https://hyp.is/${id}/example.org/articles/tides`, json: `https://hypothes.is/api/annotations/${id}` },
    user_info: { display_name: null },
    flagged: false,
    hidden: false,
    ...extra,
  };
}

const read = (value: unknown): ForeignRead => readHypothesisAnnotations(JSON.stringify(value));

describe('Hypothesis file shapes', () => {
  it('reads API rows: id, dates, author, page, note, tags and passage', () => {
    const r = read([row('Ab3dE5fG7hI9')]);
    expect(r.format).toBe('hypothesis');
    expect(r.problems).toEqual([]);
    expect(r.annotations).toEqual([
      {
        sourceId: 'Ab3dE5fG7hI9',
        document: { source: PAGE, title: 'Why the Tides Turn' },
        creator: { id: expect.stringMatching(UUID_URN), type: 'Person', name: 'marisol' },
        selectors: [
          { type: 'TextQuoteSelector', exact: 'pulled by the moon and the sun', prefix: 'The oceans are ', suffix: ', twice a day.' },
          { type: 'TextPositionSelector', start: 1204, end: 1232 },
        ],
        note: 'The **moon** does most of the work.',
        tags: ['tides', 'physics'],
        color: 'yellow',
        created: '2024-03-05T09:15:42.123Z',
        modified: '2024-03-06T18:01:00.000Z',
        replyTo: null,
        kind: 'highlight',
        location: null,
      },
    ]);
  });

  it('reads a search result and says when it holds fewer rows than the search found', () => {
    const r = read({ total: 57, rows: [row('a1'), row('a2')] });
    expect(r.annotations.map((a) => a.sourceId)).toEqual(['a1', 'a2']);
    expect(r.problems).toEqual(['The search found 57 annotations but the file holds only 2; fetch the other pages of the search to import the rest.']);
    expect(read({ total: 2, rows: [row('a1'), row('a2')] }).problems).toEqual([]);
  });

  it('reads the client’s export file', () => {
    const r = read({ export_date: '2025-01-02T03:04:05.678Z', export_userid: 'acct:marisol@hypothes.is', client_version: '1.1500.0', annotations: [row('e1'), row('e2')] });
    expect(r.annotations.map((a) => a.sourceId)).toEqual(['e1', 'e2']);
    expect(r.problems).toEqual([]);
  });

  it('reads one row on its own as a list of one', () => {
    expect(read(row('solo')).annotations.map((a) => a.sourceId)).toEqual(['solo']);
  });

  it('refuses JSON that holds no rows', () => {
    expect(readHypothesisValue({ total: 3 })).toEqual({ problem: 'This Hypothesis file has no list of annotations (“rows” or “annotations”), so nothing could be read.' });
    expect(readHypothesisValue('rows')).toEqual({ problem: 'This is not a Hypothesis file: it holds neither a list of annotations nor a search result or export.' });
  });
});

describe('Hypothesis rows', () => {
  it('names the author by display name when there is one, else by the account’s user name', () => {
    const r = read([
      row('a', { user_info: { display_name: '  Marisol   Reyes ' } }),
      row('b'),
      row('c', { user: 'acct:someone.else@lms.hypothes.is', user_info: undefined }),
      row('d', { user: undefined, user_info: undefined }),
    ]);
    const [a, b, c, d] = r.annotations.map((x) => x.creator);
    expect(a!.name).toBe('Marisol Reyes');
    expect(b!.name).toBe('marisol');
    // Same account, same person id, whatever name is shown.
    expect(a!.id).toBe(b!.id);
    expect(c!.name).toBe('someone.else');
    expect(c!.id).not.toBe(b!.id);
    expect(d).toBeNull();
  });

  it('reads document.title as a list or a string, and takes the page from the target when uri is missing', () => {
    const r = read([row('a', { document: { title: ['', 'Second title'] } }), row('b', { document: { title: 'Plain title' }, uri: undefined }), row('c', { document: {} })]);
    expect(r.annotations.map((a) => a.document)).toEqual([
      { source: PAGE, title: 'Second title' },
      { source: PAGE, title: 'Plain title' },
      { source: PAGE },
    ]);
  });

  it('reads selectors in any order, and ignores RangeSelectors', () => {
    const target = [
      {
        source: PAGE,
        selector: [
          { type: 'TextQuoteSelector', exact: 'quote first' },
          { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 11 },
          { type: 'TextPositionSelector', start: 5, end: 16 },
        ],
      },
    ];
    const onlyRange = [{ source: PAGE, selector: [{ type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 11 }] }];
    const r = read([row('a', { target }), row('b', { target: onlyRange, text: '' })]);
    expect(r.annotations[0]!.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'quote first', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 5, end: 16 },
    ]);
    expect(r.annotations).toHaveLength(1);
    expect(r.problems).toEqual(['Annotation 2 marks its passage only with a RangeSelector, which Marginalia cannot place, and has no note, so it was skipped.']);
  });

  it('reads a row without selectors as a page note, and keeps the page number of an EPUB PageSelector', () => {
    const epub = [{ source: PAGE, selector: [{ type: 'PageSelector', index: 11, label: '12' }, { type: 'TextQuoteSelector', exact: 'in a book' }] }];
    const r = read([row('note', { target: [{ source: PAGE }] }), row('epub', { target: epub })]);
    expect(r.annotations[0]).toMatchObject({ kind: 'page-note', selectors: [], note: 'The **moon** does most of the work.', location: null });
    expect(r.annotations[1]).toMatchObject({ kind: 'highlight', location: 'page 12' });
  });

  it('links a reply to the last of its references, its direct parent', () => {
    const r = read([row('root'), row('child', { references: ['root'], target: [{ source: PAGE }], text: 'Agreed.' }), row('grandchild', { references: ['root', 'child'], target: [{ source: PAGE }], text: 'Me too.' })]);
    expect(r.annotations.map((a) => [a.sourceId, a.replyTo, a.kind])).toEqual([
      ['root', null, 'highlight'],
      ['child', 'root', 'page-note'],
      ['grandchild', 'child', 'page-note'],
    ]);
  });

  it('cleans tags and skips a row with neither passage nor note', () => {
    const r = read([row('a', { tags: [' deep  reading ', 'deep reading', '', 7, 'ok'] }), row('b', { target: [{ source: PAGE }], text: '   ' })]);
    expect(r.annotations[0]!.tags).toEqual(['deep reading', 'ok']);
    expect(r.problems).toEqual(['Annotation 1 was imported with changes: a tag that is not text was left out.', 'Annotation 2 has no highlighted text and no note, so it was skipped.']);
  });

  it('repairs a bad date, a note that is not text and an id that is not text, in one sentence', () => {
    const r = read([row('a', { created: '05/03/2024', updated: null }), row('b', { id: ['x'], text: { markdown: 'no' } })]);
    expect(r.annotations.map((a) => [a.sourceId, a.created, a.modified, a.note])).toEqual([
      ['a', null, null, 'The **moon** does most of the work.'],
      [null, '2024-03-05T09:15:42.123Z', '2024-03-06T18:01:00.000Z', ''],
    ]);
    expect(r.problems).toEqual([
      'Annotation 1 was imported with changes: its creation date “05/03/2024” is not a date and time Marginalia can read, so it was left out.',
      'Annotation 2 was imported with changes: its note is not text, so it was left out; its id is not text, so it was imported without it.',
    ]);
  });

  it('skips a row with a forbidden key and refuses a file whose own fields hold one', () => {
    const text = JSON.stringify({ total: 2, rows: [row('a', { marker: 1 }), row('b')] }).replace('"marker":1', '"__proto__":{"x":1}');
    const r = readHypothesisAnnotations(text);
    expect(r.annotations.map((a) => a.sourceId)).toEqual(['b']);
    expect(r.problems).toEqual(['Annotation 1 contains a field named “__proto__”, which no annotation has, so it was skipped.']);
    const top = JSON.stringify({ total: 1, rows: [row('a')], meta: { prototype: 1 } });
    expect(readHypothesisAnnotations(top).problems).toEqual(['The file contains a field named “prototype”, which no annotation file has, so it was not read.']);
  });

  it('reads at most 200,000 rows, naming how many the file holds', () => {
    const one = { id: 'x', uri: PAGE, target: [{ source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: 'q' }] }] };
    const r = readHypothesisValue(Array.from({ length: 200_010 }, () => one));
    expect('annotations' in r && r.annotations.length).toBe(200_000);
    expect('annotations' in r && r.problems).toEqual(['The file holds 200,010 annotations; only the first 200,000 were read. Split the file to import the rest.']);
  });
});

describe('Hypothesis reading never throws', () => {
  const selector = fc.oneof(
    fc.record({ type: fc.constantFrom('TextQuoteSelector', 'TextPositionSelector', 'RangeSelector', 'PageSelector'), exact: fc.anything(), start: fc.anything(), end: fc.anything(), label: fc.anything() }, { requiredKeys: ['type'] }),
    fc.anything(),
  );
  const hypothesisRow = fc.record(
    {
      id: fc.anything(),
      created: fc.oneof(fc.string(), fc.anything()),
      updated: fc.anything(),
      user: fc.oneof(fc.string().map((s) => `acct:${s}@hypothes.is`), fc.anything()),
      user_info: fc.oneof(fc.record({ display_name: fc.anything() }), fc.anything()),
      uri: fc.anything(),
      text: fc.anything(),
      tags: fc.oneof(fc.array(fc.anything()), fc.anything()),
      document: fc.oneof(fc.record({ title: fc.oneof(fc.string(), fc.array(fc.anything())) }), fc.anything()),
      target: fc.oneof(fc.array(fc.record({ source: fc.anything(), selector: fc.oneof(fc.array(selector), selector) })), fc.anything()),
      references: fc.oneof(fc.array(fc.anything()), fc.anything()),
    },
    { requiredKeys: [] },
  );
  const file = fc.oneof(fc.array(hypothesisRow), fc.record({ total: fc.anything(), rows: fc.array(hypothesisRow) }), fc.record({ export_date: fc.string(), annotations: fc.array(hypothesisRow) }), fc.anything());

  it('returns a read or a refusal for any value', () => {
    fc.assert(
      fc.property(file, (value) => {
        const r = readHypothesisValue(value);
        expect('problem' in r ? typeof r.problem : r.format).toBe('problem' in r ? 'string' : 'hypothesis');
      }),
      { numRuns: 500 },
    );
  });

  it('returns a read for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const r = readHypothesisAnnotations(text);
        expect(r.format).toBe('hypothesis');
        expect(Array.isArray(r.problems)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the exporter’s own rows', () => {
  it('are the user’s own (no creator) in a client export that names its exporter; others keep their author', () => {
    const row = (id: string, user: string) => ({ id, user, uri: 'https://example.org/a', text: '', target: [{ source: 'https://example.org/a', selector: [{ type: 'TextQuoteSelector', exact: 'quoted words', prefix: '', suffix: '' }] }] });
    const read = readHypothesisValue({ export_date: '2026-01-01T00:00:00Z', export_userid: 'acct:me@hypothes.is', annotations: [row('a1', 'acct:me@hypothes.is'), row('a2', 'acct:alice@hypothes.is')] });
    if ('problem' in read) throw new Error(read.problem);
    expect(read.annotations.map((a) => a.creator?.name ?? null)).toEqual([null, 'alice']);
  });
});
