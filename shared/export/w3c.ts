/**
 * W3C Web Annotation JSON-LD: a document's annotations as an AnnotationCollection (reading
 * such files, ours and other tools', is `shared/import/tools/w3c.ts`).
 *
 * Each annotation's note is a TextualBody with purpose "commenting", each tag a TextualBody
 * with purpose "tagging", and its colour the extension property "marginalia:color". The
 * output is deterministic, so export → import → export gives the same file.
 */
import type { Annotation, HighlightColor, Motivation, Person, Selector } from '../model';

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
