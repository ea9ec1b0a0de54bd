/**
 * Exact Markdown: every quote, note and tag of an export is read back verbatim by two
 * CommonMark parsers (markdown-it and the reference `commonmark`), with control characters
 * other than newline and tab dropped, and no stray structure (rules, headings, lists, code,
 * HTML, tables, links) appears.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../shared/anchoring';
import { exportDocumentMarkdown, type MarkdownOptions } from '../../../../shared/export/markdown';
import type { Annotation, DocumentRecord } from '../../../../shared/model';
import { TEST_PERSON } from '../../../support/person';
import { readBackWithBothParsers, tagsOf, type ReadBack } from './markdownReadBack';

interface Fixture {
  quotes: string[];
  notes: string[];
  tags: string[][];
}

const fixture = JSON.parse(readFileSync(path.join(__dirname, '../../../fixtures/export/hostile-annotations.json'), 'utf8')) as Fixture;

/** What an export promises to keep of a text: everything but control characters other than newline and tab. */
function keptText(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** What an export promises to keep of a tag: a one-line label, so every control character goes. */
function keptTag(tag: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return tag.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

const SEPARATOR = '\n\n¶\n\n';

/** A document made of the quotes, one highlight on each, with notes and tags cycled in. */
function hostileDocument(quotes: readonly string[], notes: readonly string[], tags: readonly string[][], title = 'Hostile # title *with* <b>markup</b>\u0000 and ---') {
  const text = quotes.join(SEPARATOR);
  const document: DocumentRecord = {
    id: 'doc1',
    title,
    source: { kind: 'file', name: 'x.txt', importedAt: '2026-01-01T00:00:00.000Z', sha256: '0' },
    text,
    blocks: [{ start: 0, end: text.length }],
  } as DocumentRecord;
  let start = 0;
  const annotations = quotes.map((quote, i): Annotation => {
    const range = describeRange(text, start, start + quote.length);
    start += quote.length + SEPARATOR.length;
    return {
      id: `a${i}`,
      documentId: document.id,
      target: { selector: range },
      color: 'yellow',
      origin: 'own',
      creator: TEST_PERSON,
      motivation: 'highlighting',
      note: notes[i % notes.length] ?? '',
      tags: tags[i % tags.length] ?? [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
  return { document, annotations };
}

/** The highlights a reader should see, in the same shape the read-back gives. */
function expectedHighlights(annotations: readonly Annotation[]) {
  return annotations.map((a) => {
    const note = keptText(a.note);
    return { quote: keptText((a.target.selector[0] as { exact: string }).exact), note: note.trim() ? note : '', tags: a.tags.map(keptTag).filter((t) => t !== '') };
  });
}

function seen(read: ReadBack) {
  return read.highlights.map((h) => ({ quote: h.quote, note: h.note, tags: tagsOf(h.meta) }));
}

const byJson = (list: readonly unknown[]) => list.map((x) => JSON.stringify(x)).sort();

function expectVerbatim(markdown: string, annotations: readonly Annotation[]) {
  const both = readBackWithBothParsers(markdown);
  const expected = expectedHighlights(annotations);
  for (const [parser, read] of Object.entries(both)) {
    expect([...read.strayTypes], parser).toEqual([]);
    expect(byJson(seen(read)), parser).toEqual(byJson(expected));
    expect(new Set(read.frontMatterTags), parser).toEqual(new Set(annotations.flatMap((a) => a.tags.map(keptTag))));
  }
  return both;
}

const OPTIONS: MarkdownOptions = { exportedAt: '2026-11-24T00:00:00.000Z' };

describe('Markdown export round trip through two CommonMark parsers', () => {
  const { document, annotations } = hostileDocument(fixture.quotes, fixture.notes, fixture.tags);

  it('reads back every hostile quote, note and tag verbatim, with tags as text', () => {
    const both = expectVerbatim(exportDocumentMarkdown(document, annotations, OPTIONS), annotations);
    expect(both.markdownIt.headings).toEqual([keptText(document.title)]);
    expect(both.commonmark.headings).toEqual([keptText(document.title)]);
  });

  it('reads back every hostile quote, note and tag verbatim, with tags as #hashtags where they can be', () => {
    expectVerbatim(exportDocumentMarkdown(document, annotations, { ...OPTIONS, tagStyle: 'hashtag' }), annotations);
  });

  it('keeps each tag heading exact when grouping by tag', () => {
    const both = readBackWithBothParsers(exportDocumentMarkdown(document, annotations, { ...OPTIONS, order: 'tag' }));
    const tags = [...new Set(annotations.flatMap((a) => a.tags.map(keptTag)))].sort((x, y) => x.localeCompare(y));
    const headings = [keptText(document.title), ...tags.map((t) => `#${t}`), 'Untagged'];
    expect(both.markdownIt.headings).toEqual(headings);
    expect(both.commonmark.headings).toEqual(headings);
  });

  it('keeps any text made of structure-forming pieces verbatim (property)', () => {
    const piece = fc.constantFrom(
      ...['-', '*', '_', '=', '#', '>', '<', '|', '`', '~', '$', '%', '^', '[', ']', '(', ')', '!', '&', ';', '\\', ':', '.', '+', '"', "'"],
      ...['1', '1.', '2)', 'a', 'x', 'é', ' ', '  ', '    ', '\t', '\n', '\n\n', '\r\n', '\r', '\u0000', '\u0007', '\u0085', '\u3000', '\u00a0', '\u2028'],
      ...['<div>', '<!--', '-->', '<?', '<![CDATA[', '<script>', 'http://x.y', '&amp;', '&#35;', '[^1]: ', '[a]: ', '```', '~~~', '%%', '==', '[[', ']]', '---', '***', '|---|'],
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 24 }).map((parts) => parts.join(''));
    const tag = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, fc.array(tag, { maxLength: 3 }), fc.constantFrom<'text' | 'hashtag'>('text', 'hashtag'), text, (quote, note, tags, tagStyle, title) => {
        const { document: doc, annotations: list } = hostileDocument(['Start.', quote], ['', note], [[], tags], title);
        const both = expectVerbatim(exportDocumentMarkdown(doc, list, { ...OPTIONS, tagStyle }), list);
        for (const read of Object.values(both)) expect(read.headings[0]).toBe(keptText(title));
      }),
      { numRuns: 400 },
    );
  });
});
