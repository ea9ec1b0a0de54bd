/**
 * Routing imported annotations to library documents. Given a document, everything goes onto
 * it. Otherwise each annotation goes to the document it belongs to: by source identifier, then
 * by title (normalised: case, accents, punctuation, an author suffix), then by finding its quote
 * in the text. What matches nothing is reported with the reason, never dropped silently.
 */
import { normalise } from '../../anchoring/normalise';
import type { ForeignAnnotation } from './foreignAnnotation';

/** What routing needs to know of a library document. */
export interface RoutableDocument {
  id: string;
  title: string;
  /** The file name it was imported from. */
  sourceName: string;
  text: string;
}

/** How an annotation found its document. */
export type RouteReason = 'given' | 'source' | 'title' | 'quote';

export interface Route {
  documentId: string | null;
  reason: RouteReason | null;
}

/** Our own IRI for a document (W3C exports and packets). */
const DOCUMENT_IRI = /^urn:marginalia:document:(d[0-9a-f]{20})$/;

/** A title reduced to what two tools agree on: no accents, case, punctuation, author suffix or subtitle. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s*\([^()]*\)\s*$/u, '') // "Dune (Frank Herbert)"
    .replace(/\s*[:|–—-]\s.*$/u, '') // "Title: A Subtitle", "Title — Site name"
    .replace(/\.(txt|md|markdown|html?|epub|pdf)$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The file name at the end of a path or URL, without query or fragment. */
function lastSegment(source: string): string {
  const clean = source.split(/[?#]/u)[0] ?? '';
  return decodeSafely(clean.slice(clean.lastIndexOf('/') + 1)).toLowerCase();
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The quotes an annotation was made on. */
function quoteOf(a: ForeignAnnotation): string {
  const quote = a.selectors.find((s) => s.type === 'TextQuoteSelector');
  return quote?.type === 'TextQuoteSelector' ? quote.exact : '';
}

/**
 * Routes every annotation: `given` (a document id) takes them all; otherwise by source, title,
 * then quote. Annotations of one book or page are routed together (one title lookup and one
 * quote search per group), so a 5,000-entry clippings file over 100 documents stays fast.
 */
export function routeAnnotations(items: readonly ForeignAnnotation[], documents: readonly RoutableDocument[], given?: string): Route[] {
  if (given !== undefined) return items.map(() => ({ documentId: given, reason: 'given' }));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const byFileName = new Map(documents.map((d) => [d.sourceName.toLowerCase(), d.id]));
  const byTitle = new Map<string, string[]>();
  for (const d of documents) {
    const key = normaliseTitle(d.title);
    if (key) byTitle.set(key, [...(byTitle.get(key) ?? []), d.id]);
  }
  const normalisedTexts = new Map<string, string>();
  const textOf = (d: RoutableDocument) => {
    let text = normalisedTexts.get(d.id);
    if (text === undefined) normalisedTexts.set(d.id, (text = normalise(d.text).text));
    return text;
  };

  const groups = new Map<string, number[]>();
  items.forEach((a, i) => {
    const key = JSON.stringify([a.document.source ?? '', a.document.title ?? '']);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const routes: Route[] = items.map(() => ({ documentId: null, reason: null }));
  for (const indexes of groups.values()) {
    const first = items[indexes[0]!]!;
    const route = routeGroup(first, indexes.map((i) => items[i]!));
    for (const i of indexes) routes[i] = route;
  }
  return routes;

  function routeGroup(first: ForeignAnnotation, group: readonly ForeignAnnotation[]): Route {
    const source = first.document.source;
    if (source) {
      const ours = DOCUMENT_IRI.exec(source)?.[1];
      if (ours && byId.has(ours)) return { documentId: ours, reason: 'source' };
      const file = byFileName.get(lastSegment(source));
      if (file) return { documentId: file, reason: 'source' };
    }
    const title = first.document.title ? normaliseTitle(first.document.title) : '';
    const titled = title ? byTitle.get(title) : undefined;
    if (titled && titled.length === 1) return { documentId: titled[0]!, reason: 'title' };
    // By quote: the document holding most of the group's first quotes (forgiving whitespace, quotes, dashes).
    const quotes = group.map(quoteOf).filter((q) => q.trim().length >= 8).slice(0, 5).map((q) => normalise(q).text);
    if (quotes.length === 0) return { documentId: null, reason: null };
    const candidates = titled && titled.length > 1 ? titled.map((id) => byId.get(id)!) : documents;
    let best: { id: string; hits: number } | null = null;
    for (const d of candidates) {
      const text = textOf(d);
      const hits = quotes.filter((q) => text.includes(q)).length;
      if (hits > 0 && (!best || hits > best.hits)) best = { id: d.id, hits };
    }
    return best ? { documentId: best.id, reason: 'quote' } : { documentId: null, reason: null };
  }
}
