/**
 * The view a template renders: plain data (no functions, so no Mustache lambdas), built from a
 * document and its annotations. Text fields hold the raw text; Mustache's `{{x}}` escapes them
 * as Markdown when rendering. Fields named in fields.ts as `markup` are already Markdown or
 * YAML. Optional values are null rather than missing, so a section never falls through to a
 * field of the same name further out.
 */
import { HIGHLIGHT_COLOR_NAMES, quoteOf, type Annotation } from '../../model';
import { escapeMarkdownText, toBlockQuote, toHashtag, yamlString } from '../escapeMarkdown';
import type { AnnotatedDocument } from '../markdown';
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
  tagsAsHashtags: string;
  tagsYaml: string;
}

/** Options for building a view. */
export interface ViewOptions {
  exportedAt: string;
  /** The user's own creator id: annotations by anyone else have `byOthers`. */
  ownCreatorId?: string | undefined;
}

/** Text on one line: every run of whitespace (line breaks too) becomes one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A tag as a Logseq/Obsidian page link `[[tag]]`, without brackets that would end it early. */
function pageLink(tag: string): string {
  return `[[${tag.replace(/[[\]]/g, '')}]]`;
}

function annotationView({ annotation: a, range, page }: PlacedAnnotation, options: ViewOptions): TemplateAnnotation {
  const quote = quoteOf(a);
  return {
    id: a.id,
    quote,
    quoteLine: oneLine(quote),
    quoteBlock: toBlockQuote(escapeMarkdownText(quote)).join('\n'),
    note: a.note,
    noteLine: oneLine(a.note),
    hasNote: a.note.trim().length > 0,
    tags: [...a.tags],
    hasTags: a.tags.length > 0,
    tagsText: a.tags.join(', '),
    tagsAsHashtags: a.tags.map(toHashtag).join(' '),
    tagsAsLinks: a.tags.map(pageLink).join(', '),
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
  const tags = [...new Set(annotations.flatMap((a: Annotation) => a.tags))].sort((x, y) => x.localeCompare(y));
  const anchored = placed.filter((a) => !a.orphan);
  const orphans = placed.filter((a) => a.orphan);
  return {
    document: {
      id: document.id,
      title: document.title,
      titleYaml: yamlString(document.title),
      source: document.source.name,
      sourceYaml: yamlString(document.source.name),
      author: null,
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
    tagsAsHashtags: tags.map(toHashtag).join(' '),
    tagsYaml: `[${tags.map(yamlString).join(', ')}]`,
  };
}
