/**
 * The view a template renders: plain data (no functions, so no Mustache lambdas), built from a
 * document and its annotations. Text fields hold the raw text; Mustache's `{{x}}` escapes them
 * as Markdown when rendering. Fields named in fields.ts as `markup` are already Markdown or
 * YAML. Optional values are null rather than missing, so a section never falls through to a
 * field of the same name further out.
 */
import { HIGHLIGHT_COLOR_NAMES, quoteOf, type Annotation } from '../../model';
import { escapeMarkdownText, toBlockQuote, yamlString } from '../escapeMarkdown';
import { exportableTag, exportableText } from '../exportableText';
import type { AnnotatedDocument } from '../markdown';
import { formatTags } from '../markdownTags';
import { inReadingOrder, type PlacedAnnotation } from '../readingOrder';

/** One annotation as a template sees it. */
export interface TemplateAnnotation {
  id: string;
  quote: string;
  quoteLine: string;
  quoteBlock: string;
  note: string;
  noteLine: string;
  hasNote: boolean;
  tags: string[];
  hasTags: boolean;
  tagsText: string;
  tagsAsCode: string;
  tagsAsHashtags: string;
  tagsAsLinks: string;
  colour: string;
  colourName: string;
  page: number | null;
  created: string;
  updated: string;
  creator: string;
  byOthers: boolean;
  question: boolean;
  orphan: boolean;
}

/** The whole view of one document's export. */
export interface TemplateView {
  document: {
    id: string;
    title: string;
    titleYaml: string;
    source: string;
    sourceYaml: string;
    author: string | null;
    authorYaml: string | null;
    url: string | null;
    imported: string;
  };
  exportedAt: string;
  exportedDate: string;
  count: number;
  hasAnnotations: boolean;
  annotations: TemplateAnnotation[];
  orphans: TemplateAnnotation[];
  hasOrphans: boolean;
  tags: string[];
  tagsText: string;
  tagsAsCode: string;
  tagsAsHashtags: string;
  tagsYaml: string;
}

/** Options for building a view. */
export interface ViewOptions {
  exportedAt: string;
  /** The user's own creator id: annotations by anyone else have `byOthers`. */
  ownCreatorId?: string | undefined;
}

/** Text on one line: every run of whitespace (line breaks too) becomes one space; control characters dropped. */
function oneLine(text: string): string {
  return exportableText(text).replace(/\s+/g, ' ').trim();
}

/** Tags as exported: control characters dropped, empty ones and repeats left out. */
function exportedTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(exportableTag).filter((t) => t.length > 0))];
}

/** A tag as a Logseq/Obsidian page link `[[tag]]`, without brackets that would end it early. */
function pageLink(tag: string): string {
  return `[[${tag.replace(/[[\]]/g, '')}]]`;
}

function annotationView({ annotation: a, range, page }: PlacedAnnotation, options: ViewOptions): TemplateAnnotation {
  const quote = exportableText(quoteOf(a));
  const note = exportableText(a.note);
  const tags = exportedTags(a.tags);
  return {
    id: a.id,
    quote,
    quoteLine: oneLine(quote),
    quoteBlock: toBlockQuote(escapeMarkdownText(quote)).join('\n'),
    note,
    noteLine: oneLine(note),
    hasNote: note.trim().length > 0,
    tags,
    hasTags: tags.length > 0,
    tagsText: tags.join(', '),
    tagsAsCode: formatTags(tags, 'text'),
    tagsAsHashtags: formatTags(tags, 'hashtag'),
    tagsAsLinks: tags.map(pageLink).join(', '),
    colour: a.color,
    colourName: HIGHLIGHT_COLOR_NAMES[a.color],
    page: page ?? null,
    created: a.createdAt,
    updated: a.updatedAt,
    creator: a.creator.name || 'someone else',
    byOthers: options.ownCreatorId !== undefined && a.creator.id !== options.ownCreatorId,
    question: a.motivation === 'questioning',
    orphan: range === null,
  };
}

/** The view of one document's export: its fields, anchored annotations in reading order, orphans apart. */
export function buildTemplateView({ document, annotations }: AnnotatedDocument, options: ViewOptions): TemplateView {
  const placed = inReadingOrder(document, annotations).map((p) => annotationView(p, options));
  // As the standard export lists them in its front matter (a tag of control characters only is "").
  const tags = [...new Set(annotations.flatMap((a: Annotation) => a.tags.map(exportableTag)))].sort((x, y) => x.localeCompare(y));
  const anchored = placed.filter((a) => !a.orphan);
  const orphans = placed.filter((a) => a.orphan);
  return {
    document: {
      id: document.id,
      title: exportableText(document.title),
      titleYaml: yamlString(exportableText(document.title)),
      source: exportableText(document.source.name),
      sourceYaml: yamlString(exportableText(document.source.name)),
      author: document.author ? exportableText(document.author) : null,
      authorYaml: document.author ? yamlString(exportableText(document.author)) : null,
      url: null,
      imported: document.source.importedAt,
    },
    exportedAt: options.exportedAt,
    exportedDate: options.exportedAt.slice(0, 10),
    count: annotations.length,
    hasAnnotations: annotations.length > 0,
    annotations: anchored,
    orphans,
    hasOrphans: orphans.length > 0,
    tags,
    tagsText: tags.join(', '),
    tagsAsCode: formatTags(tags, 'text'),
    tagsAsHashtags: formatTags(tags, 'hashtag'),
    tagsYaml: `[${tags.map(yamlString).join(', ')}]`,
  };
}
