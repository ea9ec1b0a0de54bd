/**
 * The library search index: one entry per document text block, and per annotation quote, note
 * and tag, in MiniSearch. Pure: the caller gives documents and annotations and keeps the
 * serialised form wherever it likes.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { quoteOf, type Annotation, type DocumentRecord, type HighlightColor } from '../model';
import { snippetAround, type Snippet } from './snippet';
import { findFolded, foldTerm, tokenize } from './terms';

/** Bumped whenever entries, options or the serialised shape change: an index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 2;

/** What an entry was made from. */
export type SearchEntryKind = 'text' | 'quote' | 'note' | 'tag';

interface Entry {
  id: string;
  kind: SearchEntryKind;
  documentId: string;
  annotationId?: string;
  creatorId?: string;
  color?: HighlightColor;
  tags: string[];
  /** Where the entry's text starts in the document (for an annotation: where its passage starts). */
  offset: number;
  /** For an annotation: where its passage ends. */
  end?: number;
  text: string;
}

/** One search hit: where it is, what it is, and an excerpt with the match marked. */
export interface SearchHit {
  kind: SearchEntryKind;
  documentId: string;
  annotationId?: string;
  creatorId?: string;
  color?: HighlightColor;
  tags: string[];
  /** Offset in the document: of the match for text, of the annotated passage otherwise. */
  offset: number;
  /** Where what {@link offset} starts ends: the match for text, the annotated passage otherwise. */
  end: number;
  snippet: Omit<Snippet, 'from'>;
  score: number;
}

/** The hits in one document, best first. */
export interface SearchDocumentHits {
  documentId: string;
  title: string;
  score: number;
  hits: SearchHit[];
}

/** What to search for and where. `layer` is `own` (the user's, by `ownerId`) or a creator id. */
export interface SearchQuery {
  query: string;
  tag?: string | undefined;
  color?: HighlightColor | undefined;
  layer?: string | undefined;
  documentId?: string | undefined;
  /** Most hits returned in all (default 50). */
  limit?: number | undefined;
}

/** The serialised index, with its version and what it knows about each document. */
export interface SerializedSearchIndex {
  version: number;
  documents: Record<string, IndexedDocumentInfo>;
  index: unknown;
}

interface IndexedDocumentInfo {
  title: string;
  /** Whatever the caller uses to tell whether the document changed since it was indexed. */
  stamp: string;
  entries: string[];
  /** The name of each person with annotations on the document, by creator id. */
  creators: Record<string, string>;
}

/** Someone whose annotations are in the index. */
export interface SearchPerson {
  id: string;
  name: string;
}

const OPTIONS: Options<Entry> = {
  fields: ['text'],
  storeFields: ['kind', 'documentId', 'annotationId', 'creatorId', 'color', 'tags', 'offset', 'end', 'text'],
  tokenize,
  processTerm: (term) => foldTerm(term) || null,
  searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND' },
};

type StoredEntry = SearchResult & Omit<Entry, 'id'>;

/** A library search index that can be updated one document or annotation at a time. */
export class LibrarySearchIndex {
  private constructor(
    private readonly mini: MiniSearch<Entry>,
    private readonly documents: Map<string, IndexedDocumentInfo>,
  ) {}

  /** An empty index. */
  static empty(): LibrarySearchIndex {
    return new LibrarySearchIndex(new MiniSearch(OPTIONS), new Map());
  }

  /** The index from {@link serialize}'s output; null when it is of another version or damaged. */
  static deserialize(data: unknown): LibrarySearchIndex | null {
    if (typeof data !== 'object' || data === null) return null;
    const { version, documents, index } = data as Partial<SerializedSearchIndex>;
    if (version !== SEARCH_INDEX_VERSION || typeof documents !== 'object' || documents === null || typeof index !== 'object' || index === null) return null;
    if (!Object.values(documents).every(isDocumentInfo)) return null;
    try {
      const mini = MiniSearch.loadJS<Entry>(index as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS);
      return new LibrarySearchIndex(mini, new Map(Object.entries(documents)));
    } catch {
      return null;
    }
  }

  /** A plain object to store as JSON; {@link deserialize} reads it back. */
  serialize(): SerializedSearchIndex {
    return { version: SEARCH_INDEX_VERSION, documents: Object.fromEntries(this.documents), index: this.mini.toJSON() };
  }

  /** The ids of the indexed documents. */
  documentIds(): string[] {
    return [...this.documents.keys()];
  }

  /** The stamp given when the document was last indexed, or undefined when it is not in the index. */
  stampOf(documentId: string): string | undefined {
    return this.documents.get(documentId)?.stamp;
  }

  /** Everyone with annotations in the library, by name (the same id once, with its latest name). */
  people(): SearchPerson[] {
    const names = new Map<string, string>();
    for (const info of this.documents.values()) for (const [id, name] of Object.entries(info.creators)) names.set(id, name);
    return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  /** Adds a document with its annotations, replacing what was indexed for it before. */
  replaceDocument(document: DocumentRecord, annotations: readonly Annotation[], stamp = ''): void {
    this.removeDocument(document.id);
    const entries = [...textEntries(document), ...annotations.flatMap(annotationEntries)];
    this.mini.addAll(entries);
    const creators = Object.fromEntries(annotations.map((a) => [a.creator.id, a.creator.name]));
    this.documents.set(document.id, { title: document.title, stamp, entries: entries.map((e) => e.id), creators });
  }

  /** Removes a document and its annotations from the index. */
  removeDocument(documentId: string): void {
    const known = this.documents.get(documentId);
    if (!known) return;
    for (const id of known.entries) this.mini.discard(id);
    this.documents.delete(documentId);
  }

  /** Adds or replaces one annotation of an indexed document. */
  replaceAnnotation(annotation: Annotation, stamp?: string): void {
    const known = this.documents.get(annotation.documentId);
    if (!known) throw new Error(`The document ${annotation.documentId} is not in the search index.`);
    this.removeAnnotation(annotation.documentId, annotation.id, stamp);
    const entries = annotationEntries(annotation);
    this.mini.addAll(entries);
    known.entries.push(...entries.map((e) => e.id));
    known.creators[annotation.creator.id] = annotation.creator.name;
  }

  /** Removes one annotation from the index (nothing when it is not there). */
  removeAnnotation(documentId: string, annotationId: string, stamp?: string): void {
    const known = this.documents.get(documentId);
    if (!known) return;
    const prefix = annotationPrefix(documentId, annotationId);
    for (const id of known.entries.filter((e) => e.startsWith(prefix))) this.mini.discard(id);
    known.entries = known.entries.filter((e) => !e.startsWith(prefix));
    if (stamp !== undefined) known.stamp = stamp;
  }

  /** Searches the library: hits grouped by document, best document first, each hit with a snippet. */
  search(query: SearchQuery, ownerId?: string): SearchDocumentHits[] {
    const annotationOnly = query.tag !== undefined || query.color !== undefined || query.layer !== undefined;
    const creator = query.layer === 'own' ? (ownerId ?? '') : query.layer;
    const results = this.mini.search(query.query, {
      filter: (r) => {
        const e = r as StoredEntry;
        if (query.documentId !== undefined && e.documentId !== query.documentId) return false;
        if (annotationOnly && e.kind === 'text') return false;
        if (query.tag !== undefined && !e.tags.includes(query.tag)) return false;
        if (query.color !== undefined && e.color !== query.color) return false;
        return creator === undefined || e.creatorId === creator;
      },
    }) as StoredEntry[];
    const groups = new Map<string, SearchDocumentHits>();
    for (const result of results.slice(0, query.limit ?? 50)) {
      let group = groups.get(result.documentId);
      if (!group) {
        group = { documentId: result.documentId, title: this.documents.get(result.documentId)?.title ?? '', score: result.score, hits: [] };
        groups.set(result.documentId, group);
      }
      group.hits.push(hitOf(result));
    }
    return [...groups.values()];
  }
}

function isDocumentInfo(value: unknown): value is IndexedDocumentInfo {
  if (typeof value !== 'object' || value === null) return false;
  const { title, stamp, entries, creators } = value as Partial<IndexedDocumentInfo>;
  const named = typeof creators === 'object' && creators !== null && Object.values(creators).every((n) => typeof n === 'string');
  return typeof title === 'string' && typeof stamp === 'string' && Array.isArray(entries) && entries.every((e) => typeof e === 'string') && named;
}

function annotationPrefix(documentId: string, annotationId: string): string {
  return `${documentId}/a/${annotationId}/`;
}

function textEntries(document: DocumentRecord): Entry[] {
  return document.blocks.map((block, i) => ({
    id: `${document.id}/t/${i}`,
    kind: 'text',
    documentId: document.id,
    tags: [],
    offset: block.start,
    text: document.text.slice(block.start, block.end),
  }));
}

function annotationEntries(annotation: Annotation): Entry[] {
  const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector');
  const base = {
    documentId: annotation.documentId,
    annotationId: annotation.id,
    creatorId: annotation.creator.id,
    color: annotation.color,
    tags: [...annotation.tags],
    offset: position?.start ?? 0,
    end: position?.end ?? 0,
  };
  const prefix = annotationPrefix(annotation.documentId, annotation.id);
  const entries: Entry[] = [];
  const quote = quoteOf(annotation);
  if (quote.trim() !== '') entries.push({ ...base, id: `${prefix}quote`, kind: 'quote', text: quote });
  if (annotation.note.trim() !== '') entries.push({ ...base, id: `${prefix}note`, kind: 'note', text: annotation.note });
  annotation.tags.forEach((tag, i) => entries.push({ ...base, id: `${prefix}tag/${i}`, kind: 'tag', text: tag }));
  return entries;
}

function hitOf(result: StoredEntry): SearchHit {
  const { text: snippetText, matchStart, matchEnd, from } = snippetAround(result.text, findFolded(result.text, result.terms));
  const offset = result.kind === 'text' ? result.offset + from + matchStart : result.offset;
  const hit: SearchHit = {
    kind: result.kind,
    documentId: result.documentId,
    tags: result.tags,
    offset,
    end: result.kind === 'text' ? offset + (matchEnd - matchStart) : Math.max(offset, result.end ?? offset),
    snippet: { text: snippetText, matchStart, matchEnd },
    score: result.score,
  };
  if (result.annotationId !== undefined) hit.annotationId = result.annotationId;
  if (result.creatorId !== undefined) hit.creatorId = result.creatorId;
  if (result.color !== undefined) hit.color = result.color;
  return hit;
}
