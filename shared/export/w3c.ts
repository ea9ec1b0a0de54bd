/**
 * W3C Web Annotation JSON-LD: a document's annotations as an AnnotationCollection, and the
 * reading of such files (or single annotations, pages, or arrays of them) back into our model.
 *
 * Each annotation's note is a TextualBody with purpose "commenting", each tag a TextualBody
 * with purpose "tagging", and its colour the extension property "marginalia:color". The
 * output is deterministic, so export → import → export gives the same file.
 */
import { z } from 'zod';
import { normaliseIsoDateTime } from '../import/isoDateTime';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor, type Motivation, type Person, type Selector } from '../model';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Namespace of Marginalia's extension properties. */
export const MARGINALIA_NAMESPACE = 'https://marginalia.app/ns#';
const CONTEXT = [W3C_CONTEXT, { marginalia: MARGINALIA_NAMESPACE }] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The IRI that names a document in exported annotations. */
export function documentIri(documentId: string): string {
  return `urn:marginalia:document:${documentId}`;
}

/** The IRI of an annotation: a urn:uuid for UUIDs, a Marginalia URN otherwise. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:marginalia:annotation:${encodeURIComponent(id)}`;
}

const OUR_IRI = 'urn:marginalia:annotation:';

/**
 * The annotation id inside an IRI written by {@link annotationIri}; null for other IRIs, and
 * for one of ours whose percent-encoding is broken (`%E0%A4%A`), which never throws.
 */
export function idFromIri(iri: string): string | null {
  if (iri.startsWith('urn:uuid:')) return iri.slice(9);
  if (!iri.startsWith(OUR_IRI)) return null;
  try {
    return decodeURIComponent(iri.slice(OUR_IRI.length));
  } catch {
    return null;
  }
}

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/markdown';
}

export interface W3CAnnotation {
  '@context': typeof CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  creator: Person;
  created: string;
  modified: string;
  body?: W3CTextualBody[];
  target: { source: string; selector: Selector[] };
  'marginalia:color': HighlightColor;
}

export interface W3CCollection {
  '@context': typeof CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

/** One annotation as W3C JSON-LD. */
export function toW3CAnnotation(a: Annotation): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  if (a.note.trim() !== '') body.push({ type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    '@context': CONTEXT,
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: a.motivation,
    creator: { ...a.creator },
    created: a.createdAt,
    modified: a.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: { source: documentIri(a.documentId), selector: a.target.selector.map((s) => ({ ...s })) },
    'marginalia:color': a.color,
  };
}

/**
 * The annotations of one document (or any set) as one AnnotationCollection, ordered by
 * creation time and id so the output does not depend on storage order.
 */
export function toW3CCollection(id: string, label: string, annotations: readonly Annotation[]): W3CCollection {
  const items = [...annotations]
    .sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id))
    .map(toW3CAnnotation);
  return {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    ...(items.length > 0 ? { first: { id: `${id}/page1`, type: 'AnnotationPage' as const, startIndex: 0 as const, items } } : {}),
  };
}

/** A W3C annotation read back: what Marginalia needs to place it on a document. */
export interface ImportedAnnotation {
  /** The original id, when the IRI is one of ours or a urn:uuid. */
  id: string | null;
  source: string | null;
  selectors: Selector[];
  note: string;
  tags: string[];
  color: HighlightColor;
  created: string | null;
  modified: string | null;
}

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]));

const bodySchema = z.union([
  z.string().transform((value) => ({ type: 'TextualBody', value, purpose: 'commenting' as string | undefined })),
  z
    .object({ type: z.unknown().optional(), value: z.string().optional(), purpose: z.union([z.string(), z.array(z.string())]).optional() })
    .loose()
    .transform((b) => ({ type: 'TextualBody', value: b.value ?? '', purpose: Array.isArray(b.purpose) ? b.purpose[0] : b.purpose })),
]);

const targetSchema = z.object({ source: z.string().optional(), selector: oneOrMany(z.unknown()) }).loose();

const annotationSchema = z
  .object({
    id: z.string().optional(),
    type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'))]),
    // Checked by readDate: a bad date costs the date, not the annotation.
    created: z.unknown().optional(),
    modified: z.unknown().optional(),
    bodyValue: z.string().optional(),
    body: oneOrMany(bodySchema).optional(),
    target: z.union([targetSchema, z.array(targetSchema).min(1).transform((t) => t[0]!)]),
    'marginalia:color': z.string().optional(),
  })
  .loose();

/** The text selectors as other tools write them: prefix and suffix are optional. */
const readableSelector = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1),
    prefix: z.string().default(''),
    suffix: z.string().default(''),
  }),
  z
    .object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) })
    .refine((p) => p.end > p.start),
]);

/** Keeps the selectors Marginalia understands; others (CSS, XPath, …) are left out. */
function knownSelectors(raw: readonly unknown[]): Selector[] {
  return raw.flatMap((s) => {
    const parsed = readableSelector.safeParse(s);
    return parsed.success ? [parsed.data as Selector] : [];
  });
}

/** How deep one annotation's JSON may nest; real ones nest about 5 levels. */
const MAX_ITEM_DEPTH = 32;
/** How many wrappers (arrays, collections, pages) around annotations are unwrapped. */
const MAX_WRAPPER_DEPTH = 8;
/** How many problems are listed one by one; the rest are counted. */
const MAX_LISTED_PROBLEMS = 100;

/** True when `value` nests objects or arrays more than `limit` levels deep. Iterative. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** A date field as an ISO date-time, or null (absent or unreadable: the import time is used). */
function readDate(value: unknown, field: string, problems: string[]): string | null {
  if (value === undefined) return null;
  const date = typeof value === 'string' ? normaliseIsoDateTime(value) : null;
  if (date === null) {
    const shown = typeof value === 'string' ? `“${value.slice(0, 40)}”` : 'its value';
    problems.push(`${field} date ${shown} is not a valid ISO 8601 date-time, so the import time was used`);
  }
  return date;
}

/** One annotation read, with the lesser problems that did not stop it; or why it could not be read. */
type ItemResult = { annotation: ImportedAnnotation; problems: string[] } | { problem: string };

function readAnnotation(raw: unknown): ItemResult {
  if (nestsDeeperThan(raw, MAX_ITEM_DEPTH)) return { problem: `nested more than ${MAX_ITEM_DEPTH} levels deep` };
  const parsed = annotationSchema.safeParse(raw);
  if (!parsed.success) return { problem: parsed.error.issues.map((i) => `${i.path.join('.') || 'annotation'}: ${i.message}`).join('; ') };
  const a = parsed.data;
  const selectors = knownSelectors(a.target.selector);
  if (!selectors.some((s) => s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector')) {
    return { problem: 'target has no TextQuoteSelector or TextPositionSelector' };
  }
  const problems: string[] = [];
  const bodies = a.body ?? [];
  const notes = [a.bodyValue, ...bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value)].filter(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  const tags = [...new Set(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value.trim().replace(/\s+/g, ' ')))].filter(
    (t) => t !== '',
  );
  const color = (HIGHLIGHT_COLORS as readonly string[]).includes(a['marginalia:color'] ?? '') ? (a['marginalia:color'] as HighlightColor) : 'yellow';
  const id = a.id ? idFromIri(a.id) : null;
  if (a.id && id === null && a.id.startsWith(OUR_IRI)) problems.push(`its id “${a.id.slice(0, 60)}” is malformed, so it was given a new one`);
  return {
    annotation: {
      id,
      source: a.target.source ?? null,
      selectors,
      note: notes.join('\n\n'),
      tags,
      color,
      created: readDate(a.created, 'created', problems),
      modified: readDate(a.modified, 'modified', problems),
    },
    problems,
  };
}

/**
 * Unwraps collections, pages and arrays into the list of annotation objects they hold, in
 * order, with an explicit stack: a wrapper nested deeper than {@link MAX_WRAPPER_DEPTH} is
 * returned as an item (and then reported as unreadable), so no input can exhaust the stack.
 */
function annotationObjects(json: unknown): unknown[] {
  const items: unknown[] = [];
  const stack: Array<{ value: unknown; depth: number }> = [{ value: json, depth: 0 }];
  const pushAll = (values: readonly unknown[], depth: number) => {
    for (let i = values.length - 1; i >= 0; i--) stack.push({ value: values[i], depth });
  };
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (depth > MAX_WRAPPER_DEPTH || value === null || typeof value !== 'object') {
      items.push(value);
    } else if (Array.isArray(value)) {
      pushAll(value, depth + 1);
    } else {
      const o = value as Record<string, unknown>;
      const types = ([] as unknown[]).concat(o['type'] ?? []);
      if (types.includes('AnnotationCollection')) {
        if (o['first']) stack.push({ value: o['first'], depth: depth + 1 });
      } else if (types.includes('AnnotationPage')) {
        // A page's items are the annotations themselves: they are not unwrapped further.
        if (Array.isArray(o['items'])) for (const item of o['items'] as unknown[]) items.push(item);
      } else {
        items.push(o);
      }
    }
  }
  return items;
}

/**
 * Reads W3C Web Annotation JSON (an AnnotationCollection, an AnnotationPage, one Annotation,
 * or an array of them). Every item is read on its own: one that cannot be read becomes a
 * problem and the others are still returned. A malformed id or date costs only that field
 * (a new id, the import time) and is listed as a problem too. Never throws, whatever `json`.
 */
export function readW3C(json: unknown): { annotations: ImportedAnnotation[]; problems: string[] } {
  const annotations: ImportedAnnotation[] = [];
  const problems: string[] = [];
  let unlisted = 0;
  const report = (message: string) => {
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(message);
    else unlisted++;
  };
  annotationObjects(json).forEach((raw, index) => {
    let read: ItemResult;
    try {
      read = readAnnotation(raw);
    } catch (error) {
      read = { problem: `could not be read (${error instanceof Error ? error.message : String(error)})` };
    }
    if ('problem' in read) {
      report(`item ${index + 1}: ${read.problem}`);
      return;
    }
    annotations.push(read.annotation);
    for (const problem of read.problems) report(`item ${index + 1}: ${problem}`);
  });
  if (unlisted > 0) problems.push(`… and ${unlisted} more problems`);
  return { annotations, problems };
}
