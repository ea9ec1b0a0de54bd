/**
 * Golden tests of the built-in templates: each renders the same tricky document to the file in
 * golden/, and reading that back with a CommonMark parser gives the quotes and tags verbatim.
 */
import MarkdownIt from 'markdown-it';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESETS, presetNamed } from '../../../../../shared/export/templates/presets';
import { renderTemplate } from '../../../../../shared/export/templates/renderTemplate';
import { validateTemplate } from '../../../../../shared/export/templates/validateTemplate';
import { exportDocumentMarkdown, type AnnotatedDocument } from '../../../../../shared/export/markdown';
import { annotateQuote, documentFrom, TRICKY_TEXT } from '../../../../support/exportFixture';
import { inlineText, parseExport } from '../../../../support/parseMarkdown';
import { TEST_PERSON } from '../../../../support/person';

const base = documentFrom(TRICKY_TEXT, 'Embassy *notes* #1 [draft]');
const doc = { ...base, blocks: base.blocks.map((b, i) => ({ ...b, page: i + 3 })) };
const FORMULA = '=SUM(A1:A9) looks like a formula; *stars* and _under_ [link](x) <b>bold</b> #notatag.';
const DASH = '- a dash that starts a list, "quoted", with, commas';
const POEM = 'Second line of the poem\n\nthird line';
const annotations = [
  annotateQuote(doc, POEM, { color: 'blue' }),
  annotateQuote(doc, FORMULA, { note: 'My *own* note with <i>html</i>\n\nsecond paragraph', tags: ['history', 'two words'] }),
  annotateQuote(doc, DASH, { tags: ['a/b'], color: 'green', creator: { id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa', type: 'Person', name: 'Ms _Teacher_' } }),
  { ...annotateQuote(doc, 'Plain opening'), target: { selector: [{ type: 'TextQuoteSelector' as const, exact: 'vanished [words]', prefix: '', suffix: '' }] } },
];
const input: AnnotatedDocument = { document: doc, annotations };
const render = (name: string) => renderTemplate(presetNamed(name)!.source, input, { exportedAt: '2026-02-03T04:05:06.000Z', ownCreatorId: TEST_PERSON.id });
const md = new MarkdownIt('commonmark');

describe('built-in templates', () => {
  it.each(PRESETS.map((p) => p.name))('%s is a valid template and matches its golden file', async (name) => {
    expect(validateTemplate(presetNamed(name)!.source)).toEqual({ ok: true });
    await expect(render(name)).toMatchFileSnapshot(path.join(__dirname, 'golden', `${name}.md`));
  });

  it('plain: the same text as the standard Markdown export with its default options', () => {
    expect(render('plain')).toBe(exportDocumentMarkdown(doc, annotations, { exportedAt: '2026-02-03T04:05:06.000Z', ownCreatorId: TEST_PERSON.id }));
  });

  it('plain: the same text as the standard export for a document with a tricky author, who is named in the front matter and the citation', () => {
    const authored = { ...doc, author: 'Ada "The" *Writer*: notes' };
    const options = { exportedAt: '2026-02-03T04:05:06.000Z', ownCreatorId: TEST_PERSON.id };
    const plain = renderTemplate(presetNamed('plain')!.source, { document: authored, annotations }, options);
    expect(plain).toBe(exportDocumentMarkdown(authored, annotations, options));
    expect(plain).toContain('\nauthor: "Ada \\"The\\" *Writer*: notes"\n');
    const citation = renderTemplate(presetNamed('citation')!.source, { document: authored, annotations }, options);
    expect(inlineText(md.parse(citation, {}).find((t) => t.type === 'inline')!)).toMatch(/ — Ada "The" \*Writer\*: notes, Embassy \*notes\* #1 \[draft\], p\. \d+$/);
  });

  it('plain: quotes, notes and exact tags read back verbatim, orphans last', () => {
    const parsed = parseExport(render('plain'));
    expect(parsed.headings.map((h) => h.text)).toEqual(['Embassy *notes* #1 [draft]', 'Orphaned highlights']);
    expect(parsed.blockQuotes).toEqual([FORMULA, DASH, POEM, 'vanished [words]']);
    expect(parsed.paragraphs).toContain('My *own* note with <i>html</i>');
    expect(parsed.paragraphs).toContain('p. 4 · Colour: Yellow · Tags: history two words');
    expect(parsed.paragraphs).toContain('p. 5 · By: Ms _Teacher_ · Colour: Green · Tags: a/b');
    expect(parsed.frontMatter).toContain('title: "Embassy *notes* #1 [draft]"');
    expect([...parsed.tokenTypes].filter((t) => /list|code|html_block/.test(t))).toEqual([]);
  });

  it('obsidian: quote callouts with the page, tags as #hashtags where they can be, else exact text', () => {
    const parsed = parseExport(render('obsidian'));
    expect(parsed.blockQuotes).toEqual([`[!quote] p. 4\n${FORMULA}`, `[!quote] p. 5\n${DASH}`, `[!quote] p. 6\n${POEM}`]);
    expect(parsed.paragraphs).toContain('#history two words');
    expect(render('obsidian')).toContain('#history `two words`');
    expect(parsed.frontMatter).toContain('tags: ["a/b", "history", "two words"]');
  });

  it('logseq: one bullet per quote with tags:: page links and the note as a child', () => {
    const tokens = md.parse(render('logseq'), {});
    const items = tokens.filter((t) => t.type === 'inline').map(inlineText);
    expect(items).toContain(`${FORMULA}\ntags:: [[history]], [[two words]]`);
    expect(items).toContain('My *own* note with <i>html</i> second paragraph');
    expect(items).toContain(`${DASH}\ntags:: [[a/b]]`);
    expect(items).toContain('Second line of the poem third line');
    expect(items[0]).toBe('title:: Embassy *notes* #1 [draft]\nsource:: article.txt');
  });

  it('notion: headings, block quotes and plain tag lines', () => {
    const parsed = parseExport(render('notion'));
    expect(parsed.headings.map((h) => h.text)).toEqual(['Embassy *notes* #1 [draft]']);
    expect(parsed.blockQuotes).toEqual([FORMULA, DASH, POEM]);
    expect(parsed.paragraphs).toContain('Tags: history, two words');
    expect(parsed.paragraphs).toContain('Source: article.txt, exported 2026-02-03');
  });

  it('citation: “quote” — Title, p. N (no author named)', () => {
    const parsed = parseExport(render('citation'));
    expect(parsed.paragraphs).toEqual([
      `“${FORMULA}” — Embassy *notes* #1 [draft], p. 4`,
      `“${DASH}” — Embassy *notes* #1 [draft], p. 5`,
      '“Second line of the poem third line” — Embassy *notes* #1 [draft], p. 6',
    ]);
  });
});
