/**
 * The data model shared by every layer: documents, their blocks, and annotations.
 * Offsets are UTF-16 code-unit indices into a document's canonical `text`.
 *
 * Each shape is defined once, as a zod schema; the TypeScript types are derived from the
 * schemas, so the API validation, the data files and the code can never disagree.
 */
import { z } from 'zod';
import { isSafeLinkUrl } from './text/linkUrl';

/** The highlight colours, in the order the toolbar shows them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** Human-readable names of the colours, used for accessible labels and exports. */
export const HIGHLIGHT_COLOR_NAMES: Readonly<Record<HighlightColor, string>> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

/** The structural roles a block of a document can have. */
export const BLOCK_KINDS = ['heading', 'paragraph', 'quote', 'list-item', 'code', 'caption'] as const;

export type BlockKind = (typeof BLOCK_KINDS)[number];

const offset = z.number().int().min(0);

/**
 * A time stamp as stored in the data files. Stored files are read leniently (any string), so
 * that one odd date written by an earlier version never makes a whole file unreadable; dates
 * that come in from outside are checked with {@link isoDateTimeSchema}.
 */
const storedTimestamp = z.string();

/** An ISO 8601 date-time (`2026-11-30T05:06:07.000Z` or with an offset) that is a real date. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true }).refine((value) => !Number.isNaN(Date.parse(value)), 'must be a real date');

/** The inline styles a run of text can carry from its source's markup (HTML, EPUB, Markdown). */
export const INLINE_MARK_KINDS = ['link', 'strong', 'emphasis', 'code', 'superscript', 'subscript'] as const;

export type InlineMarkKind = (typeof INLINE_MARK_KINDS)[number];

/**
 * A run `[start, end)` of a block's text shown with an inline style: emphasis, a link, a code
 * span. Offsets are into the document's canonical text, like the block's own, and lie inside
 * the block. Marks only style the text; they never change it, so anchoring never sees them.
 * A link's `href` is always an http(s) or mailto address ({@link isSafeLinkUrl}).
 */
export const inlineMarkSchema = z
  .object({ kind: z.enum(INLINE_MARK_KINDS), start: offset, end: offset, href: z.string().refine(isSafeLinkUrl, 'must be an http(s) or mailto address').optional() })
  .refine((mark) => mark.end > mark.start, 'must hold at least one character')
  .refine((mark) => (mark.kind === 'link') === (mark.href !== undefined), 'a link, and only a link, has an address');
export type InlineMark = z.infer<typeof inlineMarkSchema>;

/**
 * A contiguous run of a document's canonical text, `[start, end)`. Blocks are separated by "\n\n".
 * `page` (1-based) is the printed page a block starts on, for documents that have pages (PDF).
 * `marks` are the block's inline styles, in order of `start`; files of earlier versions have
 * none, and marks that cannot be read are left off rather than making the document unreadable
 * (they only style the text).
 */
export const blockSchema = z.object({
  kind: z.enum(BLOCK_KINDS),
  start: offset,
  end: offset,
  page: z.number().int().min(1).optional(),
  marks: z.array(inlineMarkSchema).optional().catch(undefined),
});
export type Block = z.infer<typeof blockSchema>;

/** Where a document came from. `name` is the file name the user (or the sample manifest) gave, never a full path. */
export const documentSourceSchema = z.object({
  kind: z.enum(['sample', 'file', 'packet']),
  name: z.string(),
  importedAt: storedTimestamp,
  /** SHA-256 of the canonical text, hex; used to recognise a file imported twice. */
  sha256: z.string(),
});
export type DocumentSource = z.infer<typeof documentSourceSchema>;

/**
 * The library index's entry for one document. `length` counts characters of canonical text.
 * `openedAt` is when the reader last opened it (missing in files of earlier versions, and for
 * documents never opened); an odd value there is read as "not opened" rather than making the
 * whole index unreadable.
 */
export const indexedDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Who wrote it, when the file said (an EPUB's or PDF's metadata, a web page's author meta tag). */
  author: z.string().optional().catch(undefined),
  source: documentSourceSchema,
  length: offset,
  openedAt: storedTimestamp.optional().catch(undefined),
});
export type IndexedDocument = z.infer<typeof indexedDocumentSchema>;

/**
 * The list entry for one document, as the API returns it: the index entry plus its number of
 * the user's own highlights and the tags they carry (sorted, each once).
 */
export type DocumentSummary = IndexedDocument & { annotationCount: number; tags: string[] };

/** A whole document: its summary plus canonical text and block structure. */
export const documentRecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Who wrote it, when the file said; missing in files of earlier versions. */
  author: z.string().optional().catch(undefined),
  source: documentSourceSchema,
  text: z.string(),
  blocks: z.array(blockSchema),
});
export type DocumentRecord = z.infer<typeof documentRecordSchema>;

/** W3C Web Annotation TextQuoteSelector. */
export const textQuoteSelectorSchema = z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() });
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

/** W3C Web Annotation TextPositionSelector. */
export const textPositionSelectorSchema = z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset });
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

export const selectorSchema = z.discriminatedUnion('type', [textQuoteSelectorSchema, textPositionSelectorSchema]);
export type Selector = z.infer<typeof selectorSchema>;

/** Who made an annotation: the user, or the author of a packet the user opened. */
export const annotationOriginSchema = z.union([z.literal('own'), z.object({ packetId: z.string() })]);
export type AnnotationOrigin = z.infer<typeof annotationOriginSchema>;

/** A person, as W3C Web Annotation `creator`: `id` is a `urn:uuid:` IRI. */
export const personSchema = z.object({ id: z.string(), type: z.literal('Person'), name: z.string() });
export type Person = z.infer<typeof personSchema>;

/**
 * Why an annotation was made (W3C motivations): a plain highlight, a note, a question for
 * students, or a reply to another person's annotation.
 */
export const MOTIVATIONS = ['highlighting', 'commenting', 'questioning', 'replying'] as const;
export type Motivation = (typeof MOTIVATIONS)[number];

/** A highlight with its note and tags, as stored. The quote selector is the truth; the position is a hint. */
export const annotationSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  target: z.object({ selector: z.array(selectorSchema) }),
  color: z.enum(HIGHLIGHT_COLORS),
  note: z.string(),
  tags: z.array(z.string()),
  origin: annotationOriginSchema,
  /** Who made it: the local profile for the user's own annotations. */
  creator: personSchema,
  motivation: z.enum(MOTIVATIONS),
  /** For a reply: the id of the annotation it answers (in another person's layer). */
  replyTo: z.string().optional(),
  createdAt: storedTimestamp,
  updatedAt: storedTimestamp,
});
export type Annotation = z.infer<typeof annotationSchema>;

/** The passage an annotation was made on, from its quote selector ("" when it has none). */
export function quoteOf(annotation: Pick<Annotation, 'target'>): string {
  const quote = annotation.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  return quote?.exact ?? '';
}
