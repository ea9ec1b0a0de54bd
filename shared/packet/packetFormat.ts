/**
 * The `.marginalia` file format: one reading shared by a teacher (a "packet") or one student's
 * layer handed back (a "hand-in"), as UTF-8 JSON. Every such file comes from a stranger, so
 * the schema is strict: unknown keys, wrong types and out-of-range values are refused.
 *
 * The annotations are W3C Web Annotations (JSON-LD) with Marginalia's extension properties
 * `marginalia:color` and `marginalia:replyTo`. A reply's `target` is an array: the IRI of the
 * annotation it answers (as the W3C model says) and the passage it is anchored on.
 *
 * The zod schema is the single definition: the TypeScript type is inferred from it and the
 * published JSON Schema (`assets/schemas/marginalia-packet.schema.json`) is generated from it.
 * Rules JSON Schema cannot say (the text's fingerprint, selectors inside the text, blocks in
 * order) are checked by `readPacket`.
 */
import { z } from 'zod';
import { LIMITS } from '../apiSchemas';
import { MARGINALIA_NAMESPACE, W3C_CONTEXT } from '../export/w3c';
import { BLOCK_KINDS, HIGHLIGHT_COLORS, INLINE_MARK_KINDS, MOTIVATIONS } from '../model';
import { MAX_LINK_LENGTH } from '../text/linkUrl';

/** The value of `format` in every packet and hand-in. */
export const PACKET_FORMAT = 'marginalia-packet';

/**
 * The newest format version this Marginalia reads. Version 2 added inline marks on blocks; a
 * file is written as version 1 unless it carries marks, so Marginalia versions that read only
 * version 1 still open every packet they can show (and the others tell their user to update).
 */
export const PACKET_FORMAT_VERSION = 2;

/** The oldest format version that can carry {@link packetMarkSchema inline marks}. */
export const PACKET_MARKS_FORMAT_VERSION = 2;

/** Most inline marks one block may carry. */
export const PACKET_MAX_MARKS_PER_BLOCK = 10_000;

/** Largest `.marginalia` file the services read (checked on the file's size, before reading it). */
export const PACKET_MAX_BYTES = 50 * 1024 * 1024;

/** Most annotations one packet or hand-in may hold. */
export const PACKET_MAX_ANNOTATIONS = 100_000;

/** Deepest nesting of arrays and objects a packet may have; a real one nests 7 levels. */
export const PACKET_MAX_NESTING = 32;

/** Bounds on the packet's own text fields. */
export const PACKET_LIMITS = {
  titleChars: 500,
  instructionsChars: 20_000,
  documentTitleChars: 1_000,
  fileNameChars: 1_000,
  personNameChars: 200,
} as const;

/** A lowercase `urn:uuid:` IRI. Capture group 1 is the UUID. */
export const URN_UUID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The IRI that names the packet's document: `urn:marginalia:document:` and the library's id (`d` + 20 hex digits of its SHA-256). */
export const DOCUMENT_IRI = /^urn:marginalia:document:d[0-9a-f]{20}$/;

/** Names and descriptions for the published JSON Schema; a registry of its own, so nothing global is touched. */
const documentation = z.registry<{ id?: string; title?: string; description?: string }>();

/** Gives `schema` a name (its entry under `$defs`) and a description in the published JSON Schema. */
function named<T extends z.ZodType>(schema: T, id: string, description: string): T {
  documentation.add(schema, { id, description });
  return schema;
}

// Every message below completes a sentence that starts with the field's name ("The “id” of annotation 4 …").
const urnUuid = named(z.string().regex(URN_UUID, 'is not a lowercase urn:uuid: identifier'), 'UrnUuid', 'A lowercase urn:uuid: IRI.');
const dateTime = named(
  z.iso.datetime({ offset: true, error: 'is not an ISO 8601 date-time with a time zone' }),
  'DateTime',
  'An ISO 8601 date-time with seconds and a time zone (Z or ±hh:mm).',
);
const offset = z.number().int('should be a whole number').min(0, 'should not be negative');
const positiveInt = z.number().int('should be a whole number').min(1, 'should be 1 or more');

/** A person, as W3C `creator`: the packet's author or an annotation's creator. */
export const packetPersonSchema = named(
  z.strictObject({
    id: urnUuid,
    type: z.literal('Person'),
    name: z.string().max(PACKET_LIMITS.personNameChars, `is longer than ${PACKET_LIMITS.personNameChars} characters`),
  }),
  'Person',
  'A person (W3C creator): the packet\'s author or an annotation\'s creator.',
);

/** An inline style on a run of a block's text (format version 2). */
export const packetMarkSchema = named(
  z.strictObject({
    kind: z.enum(INLINE_MARK_KINDS),
    start: offset,
    end: offset,
    href: z
      .string()
      .max(MAX_LINK_LENGTH, `is longer than ${MAX_LINK_LENGTH} characters`)
      .regex(/^(https?:\/\/|mailto:)/, 'is not an http(s) or mailto address')
      .optional(),
  }),
  'InlineMark',
  'An inline style on text[start, end), which lies inside its block: emphasis, strong, code, superscript, subscript, or a link whose `href` (only on links) is an http(s) or mailto address, never followed without asking the reader. Marks style the text; they never change it.',
);

/** One block of the document's structure, as in the library's document files. */
export const packetBlockSchema = named(
  z.strictObject({
    kind: z.enum(BLOCK_KINDS),
    start: offset,
    end: offset,
    page: z.number().int().min(1).max(1_000_000).optional(),
    marks: z.array(packetMarkSchema).max(PACKET_MAX_MARKS_PER_BLOCK, `has more than ${PACKET_MAX_MARKS_PER_BLOCK.toLocaleString('en')} marks`).optional(),
  }),
  'Block',
  'A block of the document: text[start, end) in UTF-16 code units. Blocks are in order, do not overlap, and are separated by a blank line. `page` (1-based) is the page a block starts on, for documents that have pages (PDF). `marks` (format version 2) are its inline styles, in order of start.',
);

const textQuoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'is empty: an annotation must quote some text'),
  prefix: z.string(),
  suffix: z.string(),
});

const textPositionSelector = z.strictObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset });

/** The passage an annotation is on: the document and its W3C text selectors (quote first). */
export const packetSpecificResourceSchema = named(
  z.strictObject({
    source: z.string().regex(DOCUMENT_IRI, 'is not a Marginalia document IRI (urn:marginalia:document:d…)'),
    selector: z
      .array(z.discriminatedUnion('type', [textQuoteSelector, textPositionSelector]))
      .min(1, 'has no selector')
      .max(2, 'has more than two selectors'),
  }),
  'Passage',
  'The passage an annotation is on: the document and W3C text selectors (the quote is the truth, the position, in UTF-16 code units, a hint).',
);

const commentingBody = z.strictObject({
  type: z.literal('TextualBody'),
  value: z.string().max(LIMITS.noteChars, `is longer than ${LIMITS.noteChars} characters`),
  format: z.literal('text/markdown'),
  purpose: z.literal('commenting'),
});

const taggingBody = z.strictObject({
  type: z.literal('TextualBody'),
  value: z
    .string()
    .min(1, 'is an empty tag')
    .max(LIMITS.tagChars, `is longer than ${LIMITS.tagChars} characters`)
    .regex(/^[^\p{Cc}]+$/u, 'contains control characters'),
  purpose: z.literal('tagging'),
});

/** One annotation: a W3C Web Annotation with Marginalia's colour and reply extensions. */
export const packetAnnotationSchema = named(
  z.strictObject({
  '@context': z.tuple([z.literal(W3C_CONTEXT), z.strictObject({ marginalia: z.literal(MARGINALIA_NAMESPACE) })]),
  id: urnUuid,
  type: z.literal('Annotation'),
  motivation: z.enum(MOTIVATIONS),
  creator: packetPersonSchema,
  created: dateTime,
  modified: dateTime,
  body: z
    .array(z.union([commentingBody, taggingBody]))
    .min(1, 'is an empty list (leave it out instead)')
    .max(LIMITS.tagsPerAnnotation + 1, `has more than ${LIMITS.tagsPerAnnotation + 1} items`)
    .optional(),
  target: z.union([packetSpecificResourceSchema, z.tuple([urnUuid, packetSpecificResourceSchema])]),
  'marginalia:color': z.enum(HIGHLIGHT_COLORS),
  'marginalia:replyTo': urnUuid.optional(),
  }),
  'Annotation',
  'A W3C Web Annotation. A reply (motivation "replying") names the annotation it answers in marginalia:replyTo and as the first item of its target.',
);

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 digest (64 lowercase hex digits)');
const documentTitle = z.string().max(PACKET_LIMITS.documentTitleChars, `is longer than ${PACKET_LIMITS.documentTitleChars} characters`);
const documentSource = z.strictObject({
  name: z.string().max(PACKET_LIMITS.fileNameChars, `is longer than ${PACKET_LIMITS.fileNameChars} characters`),
});
const blocks = z.array(packetBlockSchema);

const annotations = z
  .array(packetAnnotationSchema)
  .max(PACKET_MAX_ANNOTATIONS, `has more than ${PACKET_MAX_ANNOTATIONS.toLocaleString('en')} annotations`);

/** The fields a packet and a hand-in share. */
const common = {
  format: z.literal(PACKET_FORMAT),
  formatVersion: z.literal([1, PACKET_FORMAT_VERSION]),
  id: urnUuid,
  revision: positiveInt,
  title: z
    .string()
    .min(1, 'is empty')
    .max(PACKET_LIMITS.titleChars, `is longer than ${PACKET_LIMITS.titleChars} characters`),
  instructions: z.string().max(PACKET_LIMITS.instructionsChars, `is longer than ${PACKET_LIMITS.instructionsChars.toLocaleString('en')} characters`),
  created: dateTime,
  modified: dateTime,
  author: packetPersonSchema,
};

/** A teacher's packet: always carries the document's text and blocks, never `answers`. */
export const teacherPacketSchema = z.strictObject({
  ...common,
  kind: z.literal('packet'),
  document: z.strictObject({ title: documentTitle, sha256, source: documentSource, text: z.string(), blocks }),
  annotations,
});

/** A student's hand-in: says which packet revision it answers; the text is optional (the teacher has it). */
export const handInSchema = z.strictObject({
  ...common,
  kind: z.literal('hand-in'),
  answers: z.strictObject({ packet: urnUuid, revision: positiveInt }),
  document: z.strictObject({ title: documentTitle, sha256, source: documentSource.optional(), text: z.string().optional(), blocks: blocks.optional() }),
  annotations,
});

/** A `.marginalia` file: a packet or a hand-in. */
export const packetFileSchema = z.discriminatedUnion('kind', [teacherPacketSchema, handInSchema]);
documentation.add(packetFileSchema, {
  title: 'Marginalia packet',
  description:
    'A reading shared by a teacher ("packet") or a student\'s annotations handed back ("hand-in"), as one UTF-8 JSON file with the extension .marginalia. Annotations are W3C Web Annotations.',
});

/** Where the published JSON Schema names itself. */
export const PACKET_SCHEMA_ID = 'https://marginalia.app/schemas/marginalia-packet.schema.json';

export type MarginaliaPacket = z.infer<typeof packetFileSchema>;
export type TeacherPacket = z.infer<typeof teacherPacketSchema>;
export type HandIn = z.infer<typeof handInSchema>;
export type PacketAnnotation = z.infer<typeof packetAnnotationSchema>;
export type PacketKind = MarginaliaPacket['kind'];

/** The packet's JSON Schema (draft 2020-12), as published in `assets/schemas/marginalia-packet.schema.json`. */
export function packetJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(packetFileSchema, { metadata: documentation }) as Record<string, unknown>;
  return { $schema, $id: PACKET_SCHEMA_ID, ...rest };
}

/** The UUID inside a `urn:uuid:` IRI, or null when `iri` is not one. */
export function uuidOfUrn(iri: string): string | null {
  return URN_UUID.exec(iri)?.[1] ?? null;
}
