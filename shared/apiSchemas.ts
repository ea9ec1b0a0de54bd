/**
 * zod schemas for the arguments of every API call. Main validates every IPC message with
 * these before any service sees it; the e2e bridge does the same.
 */
import { z } from 'zod';
import type { ApiName } from './api';
import { PRESET_NAMES } from './export/templates/presets';
import { TEMPLATE_MAX_CHARS } from './export/templates/validateTemplate';
import { annotationSchema, HIGHLIGHT_COLORS, isoDateTimeSchema } from './model';
import { MAX_LINK_LENGTH } from './text/linkUrl';

/** Upper bounds that keep a hostile or buggy caller from storing unbounded data. */
export const LIMITS = {
  noteChars: 100_000,
  tagChars: 100,
  tagsPerAnnotation: 100,
  idChars: 100,
} as const;

const id = z
  .string()
  .min(1)
  .max(LIMITS.idChars)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "-" or "_"');

const offset = z.number().int().min(0);

const color = z.enum(HIGHLIGHT_COLORS);

/** A tag: trimmed, inner whitespace collapsed, no control characters. */
export const tagSchema = z
  .string()
  .transform((t) => t.trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, 'a tag cannot be empty')
      .max(LIMITS.tagChars)
      .regex(/^[^\p{Cc}]+$/u, 'a tag cannot contain control characters'),
  );

const tags = z
  .array(tagSchema)
  .max(LIMITS.tagsPerAnnotation)
  .transform((list) => [...new Set(list)]);

const note = z.string().max(LIMITS.noteChars);

/** A person's name as others see it: trimmed, one line, no control characters. */
const personName = z
  .string()
  .transform((n) => n.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1, 'a name cannot be empty').max(200).regex(/^[^\p{Cc}\p{Cf}]+$/u, 'a name cannot contain control characters'));

const empty = z.strictObject({});

const exportFormat = z.enum(['md', 'json', 'csv']).default('md');

/** A user template's name: it is also its file name in `<data>/templates/`. */
export const templateName = z
  .string()
  .min(1, 'give the template a name')
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'a template name is letters, digits, "-" or "_", starting with a letter or digit');

/** Which template a Markdown export goes through: a built-in one, one of the user's, or a template's text. */
export const templateChoice = z.union([
  z.strictObject({ preset: z.enum(PRESET_NAMES) }),
  z.strictObject({ user: templateName }),
  z.strictObject({ source: z.string().max(TEMPLATE_MAX_CHARS) }),
]);

/** A template choice after validation. */
export type TemplateChoice = z.output<typeof templateChoice>;

/** Whose annotations an export holds: the user's own, everyone's, or one person's (by creator id). */
export const layerChoice = z
  .union([z.enum(['own', 'all']), z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/i, 'a layer is own, all or a person id')])
  .default('own');

/** A layer choice after validation: 'own', 'all' or a person's `urn:uuid:` id. */
export type LayerChoice = z.output<typeof layerChoice>;

/** Markdown export options; every field has the default a reader would expect. */
export const markdownOptions = z
  .strictObject({
    order: z.enum(['reading', 'tag', 'colour']).default('reading'),
    includeNotes: z.boolean().default(true),
    includeColours: z.boolean().default(true),
    includeOrphans: z.boolean().default(true),
    /** 'text' (also when absent) writes each tag as its exact text; 'hashtag' as an Obsidian #tag where it can be one. */
    tagStyle: z.enum(['text', 'hashtag']).optional(),
  })
  .default({ order: 'reading', includeNotes: true, includeColours: true, includeOrphans: true });

export const apiInputSchemas = {
  listDocuments: empty,
  getDocument: z.strictObject({ documentId: id }),
  listAnnotations: z.strictObject({ documentId: id }),
  createAnnotation: z
    .strictObject({
      documentId: id,
      start: offset,
      end: offset,
      color,
      note: note.default(''),
      tags: tags.default([]),
      question: z.boolean().optional(),
    })
    .refine((v) => v.end > v.start, { message: 'end must be after start', path: ['end'] }),
  updateAnnotation: z.strictObject({
    documentId: id,
    annotationId: id,
    changes: z.strictObject({ color: color.optional(), note: note.optional(), tags: tags.optional(), question: z.boolean().optional() }),
  }),
  deleteAnnotation: z.strictObject({ documentId: id, annotationId: id }),
  restoreAnnotation: z.strictObject({
    annotation: annotationSchema.extend({
      id,
      documentId: id,
      note,
      tags: z.array(tagSchema).max(LIMITS.tagsPerAnnotation),
      createdAt: isoDateTimeSchema,
      updatedAt: isoDateTimeSchema,
    }),
  }),
  listTags: empty,
  renameTag: z.strictObject({ from: tagSchema, to: tagSchema }),
  deleteTag: z.strictObject({ tag: tagSchema }),
  openFile: empty,
  exportDocument: z.strictObject({ documentId: id, format: exportFormat, markdown: markdownOptions, layer: layerChoice, template: templateChoice.optional() }),
  exportLibrary: z.strictObject({
    format: exportFormat,
    template: templateChoice.optional(),
    tag: tagSchema.optional(),
    layout: z.enum(['single', 'per-document']).default('single'),
    markdown: markdownOptions,
    layer: layerChoice,
  }),
  importAnnotations: z.strictObject({ documentId: id }),
  showInFolder: z.strictObject({ path: z.string().min(1).max(4096) }),
  getStatus: empty,
  listBackups: empty,
  restoreBackup: z.strictObject({ backupId: z.string().min(1).max(200).regex(/^[\w-]+$/) }),
  getProfile: empty,
  setProfileName: z.strictObject({ name: personName }),
  listLayers: z.strictObject({ documentId: id }),
  replyToAnnotation: z.strictObject({ documentId: id, annotationId: id, note: note.default(''), color: color.optional() }),
  copyToOwn: z.strictObject({ documentId: id, annotationId: id }),
  sharePacket: z.strictObject({
    documentId: id,
    title: z.string().trim().min(1, 'give the packet a title').max(500),
    instructions: z.string().max(20_000).default(''),
    tag: tagSchema.optional(),
  }),
  handIn: z.strictObject({ documentId: id }),
  exportHandout: z.strictObject({ documentId: id, layers: z.enum(['own', 'all']).default('all'), notes: z.enum(['margin', 'endnotes']).default('margin') }),
  previewImport: z.strictObject({ documentId: id.optional() }),
  confirmImport: z.strictObject({ token: z.string().uuid() }),
  replaceWithNewVersion: z.strictObject({ documentId: id }),
  undoNewVersion: z.strictObject({ documentId: id }),
  reattachAnnotation: z
    .strictObject({ documentId: id, annotationId: id, start: offset, end: offset })
    .refine((v) => v.end > v.start, { message: 'end must be after start', path: ['end'] }),
  searchLibrary: z.strictObject({
    query: z.string().trim().min(1, 'type something to search for').max(1000),
    tag: tagSchema.optional(),
    color: color.optional(),
    layer: z.union([z.literal('own'), z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/i, 'a layer is own or a person id')]).optional(),
    documentId: id.optional(),
    limit: z.number().int().min(1).max(500).optional(),
  }),
  getStatistics: z.strictObject({
    documentId: id.optional(),
    /** The time the week ends at (the service's clock when left out). */
    now: isoDateTimeSchema.optional(),
    /** Minutes the user's local time is ahead of UTC, for the days of the week (the service's time zone when left out). */
    utcOffsetMinutes: z.number().int().min(-14 * 60).max(14 * 60).optional(),
  }),
  // The title's own rules (not empty, not too long) are checked by the service, which says why.
  renameDocument: z.strictObject({ documentId: id, title: z.string().max(10_000) }),
  recordDocumentOpened: z.strictObject({ documentId: id }),
  deleteDocument: z.strictObject({ documentId: id }),
  listTrash: empty,
  restoreFromTrash: z.strictObject({ entryId: id }),
  listSearchPeople: z.strictObject({}),
  listTemplates: empty,
  saveTemplate: z.strictObject({ name: templateName, source: z.string().max(TEMPLATE_MAX_CHARS) }),
  deleteTemplate: z.strictObject({ name: templateName }),
  previewExport: z.strictObject({ documentId: id, format: exportFormat, markdown: markdownOptions, layer: layerChoice, template: templateChoice.optional() }),
  openLink: z.strictObject({ documentId: id, href: z.string().min(1).max(MAX_LINK_LENGTH) }),
} satisfies Record<ApiName, z.ZodType>;
