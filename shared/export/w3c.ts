/**
 * W3C Web Annotation JSON-LD: a document's annotations as an AnnotationCollection, and the
 * reading of such files (or single annotations, pages, or arrays of them) back into our model.
 *
 * Each annotation's note is a TextualBody with purpose "commenting", each tag a TextualBody
 * with purpose "tagging", and its colour the extension property "marginalia:color". The
 * output is deterministic, so export → import → export gives the same file.
 */
import { z } from 'zod';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor, type Selector } from '../model';

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

/** The annotation id inside an IRI written by {@link annotationIri}, or null for other IRIs. */
export function idFromIri(iri: string): string | null {
  if (iri.startsWith('urn:uuid:')) return iri.slice(9);
  if (iri.startsWith('urn:marginalia:annotation:')) return decodeURIComponent(iri.slice(26));
  return null;
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
  motivation: 'highlighting' | 'commenting';
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
    motivation: a.note.trim() !== '' ? 'commenting' : 'highlighting',
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
    created: z.string().optional(),
    modified: z.string().optional(),
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

function readAnnotation(raw: unknown): ImportedAnnotation | string {
  const parsed = annotationSchema.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || 'annotation'}: ${i.message}`).join('; ');
  const a = parsed.data;
  const selectors = knownSelectors(a.target.selector);
  if (!selectors.some((s) => s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector')) {
    return 'target has no TextQuoteSelector or TextPositionSelector';
  }
  const bodies = a.body ?? [];
  const notes = [a.bodyValue, ...bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value)].filter(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  const tags = [...new Set(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value.trim().replace(/\s+/g, ' ')))].filter(
    (t) => t !== '',
  );
  const color = (HIGHLIGHT_COLORS as readonly string[]).includes(a['marginalia:color'] ?? '') ? (a['marginalia:color'] as HighlightColor) : 'yellow';
  return {
    id: a.id ? idFromIri(a.id) : null,
    source: a.target.source ?? null,
    selectors,
    note: notes.join('\n\n'),
    tags,
    color,
    created: a.created ?? null,
    modified: a.modified ?? null,
  };
}

/** Unwraps collections, pages and arrays into the list of annotation objects they hold. */
function annotationObjects(json: unknown): unknown[] {
  if (Array.isArray(json)) return json.flatMap(annotationObjects);
  if (json === null || typeof json !== 'object') return [json];
  const o = json as Record<string, unknown>;
  const types = ([] as unknown[]).concat(o['type'] ?? []);
  if (types.includes('AnnotationCollection')) return o['first'] ? annotationObjects(o['first']) : [];
  if (types.includes('AnnotationPage')) return Array.isArray(o['items']) ? o['items'] : [];
  return [o];
}

/**
 * Reads W3C Web Annotation JSON (an AnnotationCollection, an AnnotationPage, one Annotation,
 * or an array of them). Returns what could be read, and a reason for each item that could not.
 */
export function readW3C(json: unknown): { annotations: ImportedAnnotation[]; problems: string[] } {
  const annotations: ImportedAnnotation[] = [];
  const problems: string[] = [];
  annotationObjects(json).forEach((raw, index) => {
    const read = readAnnotation(raw);
    if (typeof read === 'string') problems.push(`item ${index + 1}: ${read}`);
    else annotations.push(read);
  });
  return { annotations, problems };
}
