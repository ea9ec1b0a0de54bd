/**
 * Markdown export of highlights, with notes and tags: per document, or for several documents
 * as one file or one file each plus an index. Everything taken from a document or a note is
 * escaped so it renders as the same literal text.
 */
import { Anchorer } from '../anchoring';
import { HIGHLIGHT_COLORS, HIGHLIGHT_COLOR_NAMES, quoteOf, type Annotation, type DocumentRecord } from '../model';
import { uniqueFileName } from '../text/fileName';
import { escapeMarkdownLine, escapeMarkdownText, toBlockQuote, yamlString } from './escapeMarkdown';
import { exportableTag, exportableText } from './exportableText';
import { formatTags, type TagStyle } from './markdownTags';
import { pageAt } from './pageCitation';

/** How highlights are arranged. */
export type MarkdownOrder = 'reading' | 'tag' | 'colour';

/** Options for Markdown exports. */
export interface MarkdownOptions {
  /** ISO timestamp written to the front matter; injected so exports are reproducible. */
  exportedAt: string;
  order?: MarkdownOrder;
  includeNotes?: boolean;
  includeColours?: boolean;
  includeOrphans?: boolean;
  /** The user's own creator id: every other annotation is named with its author. */
  ownCreatorId?: string;
  /**
   * How the Tags line writes tags: 'text' (the default) as exact text in code spans, 'hashtag'
   * as Obsidian `#tags` where a tag can be one (the others stay exact text).
   */
  tagStyle?: TagStyle;
}

/** A document with its annotations, as the exporters take them. */
export interface AnnotatedDocument {
  document: DocumentRecord;
  annotations: readonly Annotation[];
}

/** One file of an export: a relative name and its content. */
export interface ExportFile {
  name: string;
  content: string;
}

/** Every tag of the annotations once, as exported (control characters dropped), sorted. */
function allTags(annotations: readonly Annotation[]): string[] {
  return [...new Set(annotations.flatMap((a) => a.tags.map(exportableTag)))].sort((x, y) => x.localeCompare(y));
}

/** True when an annotation has tag `tag` as exported. */
function hasTag(a: Annotation, tag: string): boolean {
  return a.tags.some((t) => exportableTag(t) === tag);
}

function highlightSection(a: Annotation, options: MarkdownOptions, page: number | null = null): string[] {
  const lines = [...toBlockQuote(escapeMarkdownText(quoteOf(a))), ''];
  if (options.includeNotes !== false && exportableText(a.note).trim().length > 0) lines.push(...escapeMarkdownText(a.note), '');
  const meta: string[] = page === null ? [] : [`p. ${page}`];
  if (options.ownCreatorId !== undefined && a.creator.id !== options.ownCreatorId) meta.push(`By: ${escapeMarkdownLine(a.creator.name || 'someone else')}`);
  if (a.motivation === 'questioning') meta.push('Question');
  if (options.includeColours !== false) meta.push(`Colour: ${HIGHLIGHT_COLOR_NAMES[a.color]}`);
  const tags = formatTags(a.tags, options.tagStyle ?? 'text');
  if (tags.length > 0) meta.push(`Tags: ${tags}`);
  if (meta.length > 0) lines.push(meta.join(' · '), '');
  return lines;
}

function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(6, level))} ${escapeMarkdownLine(text)}`;
}

/** The highlights of one document under a heading of `level`, arranged as the options say. */
function documentBody(doc: AnnotatedDocument, options: MarkdownOptions, level: number): string[] {
  const anchorer = new Anchorer(doc.document.text);
  const placed = doc.annotations.map((a) => ({ a, range: anchorer.anchor(a.target.selector) }));
  const anchored = placed
    .filter((p) => p.range !== null)
    .sort((x, y) => x.range!.start - y.range!.start || x.range!.end - y.range!.end)
    .map((p) => p.a);
  const orphans = placed.filter((p) => p.range === null).map((p) => p.a);
  const out: string[] = [];
  if (doc.annotations.length === 0) out.push('No highlights yet.', '');

  const pages = new Map(placed.map((p) => [p.a, p.range ? pageAt(doc.document.blocks, p.range.start) : null]));
  const section = (list: readonly Annotation[]) => list.forEach((a) => out.push(...highlightSection(a, options, pages.get(a) ?? null)));
  if (options.order === 'tag') {
    for (const tag of allTags(anchored)) {
      out.push(heading(level + 1, `#${tag}`), '');
      section(anchored.filter((a) => hasTag(a, tag)));
    }
    const untagged = anchored.filter((a) => a.tags.length === 0);
    if (untagged.length > 0) out.push(heading(level + 1, 'Untagged'), '');
    section(untagged);
  } else if (options.order === 'colour') {
    for (const color of HIGHLIGHT_COLORS) {
      const inColour = anchored.filter((a) => a.color === color);
      if (inColour.length === 0) continue;
      out.push(heading(level + 1, HIGHLIGHT_COLOR_NAMES[color]), '');
      section(inColour);
    }
  } else {
    section(anchored);
  }
  if (orphans.length > 0 && options.includeOrphans !== false) {
    out.push(heading(level + 1, 'Orphaned highlights'), '', 'These passages could not be found in the current text.', '');
    section(orphans);
  }
  return out;
}

function frontMatter(fields: [string, string | number | string[]][]): string[] {
  const lines = fields.map(([key, value]) =>
    Array.isArray(value)
      ? `${key}: [${value.map((v) => yamlString(exportableText(v))).join(', ')}]`
      : `${key}: ${typeof value === 'number' ? value : yamlString(exportableText(value))}`,
  );
  return ['---', ...lines, '---', ''];
}

function finish(lines: string[]): string {
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/**
 * One document's highlights as Markdown: YAML front matter, the title, then each highlight
 * as a block quote with its note and a colour/tags line. Orphans are listed last, never dropped
 * unless `includeOrphans` is false.
 */
export function exportDocumentMarkdown(document: DocumentRecord, annotations: readonly Annotation[], options: MarkdownOptions): string {
  return finish([
    ...frontMatter([
      ['title', document.title],
      ...(document.author ? [['author', document.author] as [string, string]] : []),
      ['source', document.source.name],
      ['imported', document.source.importedAt],
      ['exported', options.exportedAt],
      ['highlights', annotations.length],
      ['tags', allTags(annotations)],
    ]),
    heading(1, document.title),
    '',
    ...documentBody({ document, annotations }, options, 1),
  ]);
}

/**
 * Several documents' highlights: either one Markdown file, or one file per document plus an
 * `index.md` that links to each.
 */
export function exportLibraryMarkdown(
  docs: readonly AnnotatedDocument[],
  options: MarkdownOptions & { layout: 'single' | 'per-document'; title?: string },
): ExportFile[] {
  const title = options.title ?? 'Marginalia highlights';
  const annotations = docs.flatMap((d) => d.annotations);
  if (options.layout === 'single') {
    const lines = [
      ...frontMatter([
        ['title', title],
        ['exported', options.exportedAt],
        ['documents', docs.length],
        ['highlights', annotations.length],
        ['tags', allTags(annotations)],
      ]),
      heading(1, title),
      '',
    ];
    for (const doc of docs) lines.push(heading(2, doc.document.title), '', ...documentBody(doc, options, 2));
    return [{ name: 'highlights.md', content: finish(lines) }];
  }
  const taken = new Set<string>(['index.md']);
  const files = docs.map((doc) => ({
    name: uniqueFileName(doc.document.title, 'md', taken),
    content: exportDocumentMarkdown(doc.document, doc.annotations, options),
    doc,
  }));
  const index = [
    ...frontMatter([
      ['title', title],
      ['exported', options.exportedAt],
      ['documents', docs.length],
      ['highlights', annotations.length],
    ]),
    heading(1, title),
    '',
    ...files.map((f) => `- [${escapeMarkdownLine(f.doc.document.title)}](<${f.name}>) — ${f.doc.annotations.length} highlights`),
  ];
  return [{ name: 'index.md', content: finish(index) }, ...files.map(({ name, content }) => ({ name, content }))];
}
