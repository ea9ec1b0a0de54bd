/**
 * The fields a template can use, as a tree: which names exist in which section, which are
 * lists, and which already hold Markdown or YAML (to be written with triple braces). The
 * view model (viewModel.ts) fills exactly these; the validator (validate.ts) checks against them.
 */

/** What a field holds. */
export type FieldKind =
  /** Text: `{{x}}` writes it escaped as literal Markdown text, `{{{x}}}` as it is. */
  | 'text'
  /** Already Markdown or YAML (a block quote, hashtags, a YAML string): write it with `{{{x}}}`. */
  | 'markup'
  /** True or false, for `{{#x}}…{{/x}}` and `{{^x}}…{{/x}}`. */
  | 'flag'
  /** A number, or null when unknown (a page). */
  | 'number'
  /** A list of texts, each `{{.}}` inside `{{#x}}…{{/x}}`. */
  | 'texts'
  /** A list of records or one record, entered with `{{#x}}…{{/x}}`. */
  | FieldSet;

/** The fields of one record (the export, its document, one annotation). */
export interface FieldSet {
  fields: Readonly<Record<string, FieldKind>>;
}

/** Fields of the document. */
export const DOCUMENT_FIELDS: FieldSet = {
  fields: {
    id: 'text',
    title: 'text',
    titleYaml: 'markup',
    source: 'text',
    sourceYaml: 'markup',
    author: 'text',
    authorYaml: 'markup',
    url: 'text',
    imported: 'text',
  },
};

/** Fields of one annotation. */
export const ANNOTATION_FIELDS: FieldSet = {
  fields: {
    id: 'text',
    quote: 'text',
    quoteLine: 'text',
    quoteBlock: 'markup',
    note: 'text',
    noteLine: 'text',
    hasNote: 'flag',
    tags: 'texts',
    hasTags: 'flag',
    tagsText: 'text',
    tagsAsCode: 'markup',
    tagsAsHashtags: 'markup',
    tagsAsLinks: 'markup',
    colour: 'text',
    colourName: 'text',
    page: 'number',
    created: 'text',
    updated: 'text',
    creator: 'text',
    byOthers: 'flag',
    question: 'flag',
    orphan: 'flag',
  },
};

/** Fields at the top of the view: the export itself. */
export const EXPORT_FIELDS: FieldSet = {
  fields: {
    document: DOCUMENT_FIELDS,
    exportedAt: 'text',
    exportedDate: 'text',
    count: 'number',
    hasAnnotations: 'flag',
    annotations: ANNOTATION_FIELDS,
    orphans: ANNOTATION_FIELDS,
    hasOrphans: 'flag',
    tags: 'texts',
    tagsText: 'text',
    tagsAsCode: 'markup',
    tagsAsHashtags: 'markup',
    tagsYaml: 'markup',
  },
};
