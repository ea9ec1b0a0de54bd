/**
 * What the main side and the search worker send each other: numbered requests, each answered
 * by one reply with the same number. The worker holds the library search index; the main side
 * reads the library and tells it what changed.
 */
import type { Annotation, DocumentRecord } from '../../../shared/model';
import type { SearchDocumentHits, SearchPerson, SearchQuery } from '../../../shared/search';
import type { WorkerFailure } from './workerMessages';

/** The `workerData` that starts a worker as the long-lived search host instead of a one-off task. */
export interface SearchHostStart {
  host: 'search';
  /** From TypeScript source only: the URL of the entry module the bootstrap imports. */
  entry?: string;
}

/** Why an index was built from nothing: no file, or a file that could not be used. */
export type SearchRebuildReason = 'missing' | 'unreadable';

/** Every request, by operation, with what its reply carries. */
export interface SearchHostOps {
  /** Reads the index file (or starts empty) and returns the stamp of every document in it. */
  load: { input: { file: string }; output: { stamps: Record<string, string>; rebuilt: SearchRebuildReason | null } };
  /** Indexes one document with its annotations, replacing what was there. */
  replaceDocument: { input: { document: DocumentRecord; annotations: Annotation[]; stamp: string }; output: null };
  /** Drops one document and its annotations. */
  removeDocument: { input: { documentId: string }; output: null };
  /** Searches the index. */
  search: { input: { query: SearchQuery; ownerId: string }; output: SearchDocumentHits[] };
  /** Everyone with annotations in the index. */
  people: { input: Record<string, never>; output: SearchPerson[] };
  /** Serialises the index and writes it to `file` (temp file, then rename). */
  save: { input: { file: string }; output: null };
}

export type SearchHostOp = keyof SearchHostOps;

/** One request to the search host. */
export interface SearchHostRequest<O extends SearchHostOp = SearchHostOp> {
  id: number;
  op: O;
  input: SearchHostOps[O]['input'];
}

/** The answer to the request with the same `id`. */
export type SearchHostReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerFailure };
