import { TEST_PERSON } from '../../../support/person';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../shared/anchoring';
import MarkdownIt from 'markdown-it';
import { exportDocumentMarkdown, exportLibraryMarkdown } from '../../../../shared/export/markdown';
import { parsePlainText } from '../../../../shared/import/plainText';
import type { Annotation, DocumentRecord, HighlightColor } from '../../../../shared/model';
import { parseExport } from '../../../support/parseMarkdown';
import { SEED_FILES, readSeed } from '../../../support/seeds';

function documentFrom(raw: string, title: string): DocumentRecord {
  const parsed = parsePlainText(raw);
  return {
    id: 'doc1',
    title,
    source: { kind: 'file', name: 'x.txt', importedAt: '2026-01-01T00:00:00.000Z', sha256: '0' },
    text: parsed.text,
    blocks: parsed.blocks,
  };
}

let counter = 0;
function annotate(doc: DocumentRecord, start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
  counter++;
  return {
    id: `a${counter}`,
    documentId: doc.id,
    target: { selector: describeRange(doc.text, start, end) },
    color: 'yellow' as HighlightColor,
    origin: 'own',
    creator: TEST_PERSON,
    motivation: 'highlighting',
    note: '',
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

/** One annotation per block, and one across two blocks. */
function annotateEveryBlock(doc: DocumentRecord): Annotation[] {
  const list = doc.blocks.map((b, i) => annotate(doc, b.start, b.end, { note: i % 3 === 0 ? `Note ${i}` : '', tags: i % 2 ? ['t'] : [] }));
  if (doc.blocks.length > 2) list.push(annotate(doc, doc.blocks[1]!.start, doc.blocks[2]!.end, { color: 'blue' }));
  return list;
}

const OPTIONS = { exportedAt: '2026-11-24T00:00:00.000Z' };

describe('exportDocumentMarkdown', () => {
  for (const file of Object.values(SEED_FILES)) {
    it(`round-trips every quote of ${file} through a CommonMark parser`, () => {
      const doc = documentFrom(readSeed(file), 'Seed');
      const annotations = annotateEveryBlock(doc);
      const parsed = parseExport(exportDocumentMarkdown(doc, annotations, OPTIONS));
      const expected = annotations
        .map((a) => ({ a, start: (a.target.selector[1] as { start: number }).start }))
        .sort((x, y) => x.start - y.start)
        .map(({ a }) => (a.target.selector[0] as { exact: string }).exact);
      expect(parsed.blockQuotes.sort()).toEqual(expected.sort());
      for (const a of annotations.filter((x) => x.note)) expect(parsed.paragraphs).toContain(a.note);
      expect(parsed.tokenTypes).not.toContain('bullet_list_open');
      expect(parsed.tokenTypes).not.toContain('ordered_list_open');
      expect(parsed.tokenTypes).not.toContain('code_block');
    });
  }

  it('keeps hostile text literal: Markdown syntax, HTML, entities, leading spaces', () => {
    const raw = readFileSync(path.join(__dirname, '../../../fixtures/hostile.txt'), 'utf8');
    const doc = documentFrom(raw, 'Hostile *title* <i>');
    const annotations = doc.blocks.map((b) => annotate(doc, b.start, b.end));
    const note = '1. not a list\n# not a heading\n\n    indented > quote <script>alert(1)</script>';
    annotations.push(annotate(doc, doc.blocks[0]!.start, doc.blocks[1]!.end, { note, tags: ['has space', 'c++', '2024'] }));
    const markdown = exportDocumentMarkdown(doc, annotations, OPTIONS);
    const parsed = parseExport(markdown);
    const quotes = annotations.map((a) => (a.target.selector[0] as { exact: string }).exact);
    expect([...parsed.blockQuotes].sort()).toEqual([...quotes].sort());
    expect(parsed.paragraphs).toContain('1. not a list\n# not a heading');
    expect(parsed.paragraphs).toContain('    indented > quote <script>alert(1)</script>');
    expect(parsed.headings).toEqual([{ level: 1, text: 'Hostile *title* <i>' }]);
    expect(markdown).toContain('Colour: Yellow · Tags: `has space` `c++` `2024`');
    expect(parsed.paragraphs).toContain('Colour: Yellow · Tags: has space c++ 2024');
    expect(parsed.frontMatter).toContain('tags: ["2024", "c++", "has space"]');
    for (const type of ['html_block', 'code_block', 'bullet_list_open', 'ordered_list_open', 'hr', 'fence']) {
      expect(parsed.tokenTypes).not.toContain(type);
    }
  });

  it('writes YAML front matter that survives quotes and colons in the title', () => {
    const doc = documentFrom('Some text here.', 'A "quoted": title');
    const parsed = parseExport(exportDocumentMarkdown(doc, [], OPTIONS));
    expect(parsed.frontMatter).toContain('title: "A \\"quoted\\": title"');
    expect(parsed.frontMatter).toContain('highlights: 0');
    expect(parsed.paragraphs).toContain('No highlights yet.');
  });

  it('lists highlights in reading order and orphans last, never dropping them', () => {
    const doc = documentFrom('Alpha beta gamma.\n\nDelta epsilon zeta.', 'Order');
    const late = annotate(doc, doc.text.indexOf('Delta'), doc.text.indexOf('Delta') + 5);
    const early = annotate(doc, 0, 5);
    const orphan = annotate(doc, 6, 10);
    orphan.target.selector = [{ type: 'TextQuoteSelector', exact: 'vanished words', prefix: '', suffix: '' }];
    const parsed = parseExport(exportDocumentMarkdown(doc, [late, orphan, early], OPTIONS));
    expect(parsed.blockQuotes).toEqual(['Alpha', 'Delta', 'vanished words']);
    expect(parsed.headings.map((h) => h.text)).toContain('Orphaned highlights');
  });
});

describe('Markdown options and library exports', () => {
  const doc = documentFrom('Alpha beta gamma.\n\nDelta epsilon zeta.\n\nEta theta iota.', 'Options');
  const at = (s: string) => [doc.text.indexOf(s), doc.text.indexOf(s) + s.length] as const;
  const a1 = annotate(doc, ...at('Alpha'), { color: 'blue', tags: ['greek', 'first'], note: 'N1' });
  const a2 = annotate(doc, ...at('Delta'), { color: 'yellow', tags: ['greek'] });
  const a3 = annotate(doc, ...at('Eta'), { color: 'blue' });
  const orphan = annotate(doc, 0, 3, { note: 'lost' });
  orphan.target.selector = [{ type: 'TextQuoteSelector', exact: 'vanished', prefix: '', suffix: '' }];
  const all = [a3, orphan, a2, a1];

  it('groups by tag, with untagged last', () => {
    const parsed = parseExport(exportDocumentMarkdown(doc, all, { ...OPTIONS, order: 'tag' }));
    expect(parsed.headings.map((h) => `${h.level}:${h.text}`)).toEqual(['1:Options', '2:#first', '2:#greek', '2:Untagged', '2:Orphaned highlights']);
    expect(parsed.blockQuotes).toEqual(['Alpha', 'Alpha', 'Delta', 'Eta', 'vanished']);
  });

  it('groups by colour in the toolbar order', () => {
    const parsed = parseExport(exportDocumentMarkdown(doc, all, { ...OPTIONS, order: 'colour' }));
    expect(parsed.headings.map((h) => h.text)).toEqual(['Options', 'Yellow', 'Blue', 'Orphaned highlights']);
    expect(parsed.blockQuotes).toEqual(['Delta', 'Alpha', 'Eta', 'vanished']);
  });

  it('leaves out notes, colours or orphans on request', () => {
    const parsed = parseExport(exportDocumentMarkdown(doc, all, { ...OPTIONS, includeNotes: false, includeColours: false, includeOrphans: false }));
    expect(parsed.paragraphs).not.toContain('N1');
    expect(parsed.paragraphs.some((p) => p.startsWith('Colour:'))).toBe(false);
    expect(parsed.paragraphs).toContain('Tags: greek first');
    expect(parsed.blockQuotes).toEqual(['Alpha', 'Delta', 'Eta']);
  });

  it('writes tags as exact text by default and as Obsidian #hashtags on request', () => {
    const tagged = annotate(doc, ...at('Alpha'), { tags: ['greek', 'C#', 'q&a', '🚤 boats', '2024'] });
    const asText = exportDocumentMarkdown(doc, [tagged], { ...OPTIONS, includeColours: false });
    expect(asText).toContain('Tags: `greek` `C#` `q&a` `🚤 boats` `2024`');
    const asHashtags = exportDocumentMarkdown(doc, [tagged], { ...OPTIONS, includeColours: false, tagStyle: 'hashtag' });
    expect(asHashtags).toContain('Tags: #greek `C#` `q&a` `🚤 boats` `2024`');
    expect(asHashtags).toContain('tags: ["🚤 boats", "2024", "C#", "greek", "q&a"]');
  });

  it('writes a library as one file with a section per document', () => {
    const other = documentFrom('Other text here.', 'Other *doc*');
    const files = exportLibraryMarkdown(
      [
        { document: doc, annotations: [a1] },
        { document: { ...other, id: 'doc2' }, annotations: [] },
      ],
      { ...OPTIONS, layout: 'single' },
    );
    expect(files.map((f) => f.name)).toEqual(['highlights.md']);
    const parsed = parseExport(files[0]!.content);
    expect(parsed.headings.map((h) => `${h.level}:${h.text}`)).toEqual(['1:Marginalia highlights', '2:Options', '2:Other *doc*']);
    expect(parsed.frontMatter).toContain('documents: 2');
  });

  it('writes one file per document with unique, safe names and an index that links them', () => {
    const twin = { ...doc, id: 'doc3' };
    const files = exportLibraryMarkdown(
      [
        { document: doc, annotations: [a1, a2] },
        { document: twin, annotations: [a3] },
        { document: { ...doc, id: 'doc4', title: 'a/b: c?' }, annotations: [] },
      ],
      { ...OPTIONS, layout: 'per-document' },
    );
    expect(files.map((f) => f.name)).toEqual(['index.md', 'Options.md', 'Options (2).md', 'a b c.md']);
    const md = new MarkdownIt('commonmark');
    const html = md.render(files[0]!.content.replace(/^---[\s\S]*?---\n/, ''));
    expect(html).toContain('<a href="Options%20(2).md">Options</a>');
    expect(html).toContain('<a href="a%20b%20c.md">a/b: c?</a>');
  });
});
