/**
 * The library search index on disk: `<dataDir>/search-index.json`, a cache of
 * {@link LibrarySearchIndex}. It is built on the first search, rebuilt whenever the file is
 * missing, damaged or of another version, and never backed up.
 *
 * Keeping it fresh: before each search every document's stamp (its text's hash and length,
 * and the size, modification time and inode of its highlights file and of each of its layer
 * files) is compared with the stamp it was indexed with, and only documents whose stamp
 * changed are indexed again. This catches every way the data changes (a new highlight, a tag
 * renamed across the library, a packet opened, a new version, a restored backup, another
 * process such as the command line) without any handler having to remember to tell the index.
 * A search that follows only other searches skips the check when the session holds the library
 * (no other process writes then): the session's change count ({@link DataSession.changes}),
 * which every other service call moves on, says nothing changed since the last check.
 *
 * The index itself lives in a worker thread ({@link SearchWorker}): reading, serialising and
 * writing tens of megabytes of index there never blocks the main process. This side reads the
 * library, keeps the stamps the index was built with, and sends the worker what changed.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Annotation } from '../../shared/model';
import type { SearchDocumentHits, SearchPerson, SearchQuery } from '../../shared/search';
import type { DataSession } from './dataSession';
import { SearchWorker } from './worker/searchWorker';

/** The cache file's name in the data folder. */
export const SEARCH_INDEX_FILE = 'search-index.json';

/**
 * How long after the last change the index is written. Writing a large library's index takes
 * about two seconds (in the worker), so a search never waits for it; a lost write only means re-indexing the
 * documents changed since the last one.
 */
export const SAVE_DELAY_MS = 3000;

/** What one refresh did: documents indexed again and documents dropped. */
export interface SearchRefresh {
  indexed: number;
  removed: number;
  /** Why the whole index was built from nothing, when it was. */
  rebuilt: 'missing' | 'unreadable' | null;
}

async function statKey(file: string): Promise<string> {
  const s = await stat(file, { bigint: true }).catch(() => null);
  return s ? `${s.size}:${s.mtimeNs}:${s.ino}` : '-';
}

/** The library search index of one data session, kept on disk and up to date. */
export class SearchIndexService {
  /** The stamp of each document as the worker's index has it; null until the index is loaded. */
  private indexed: Map<string, string> | null = null;
  /** The session's change count when the stamps were last compared; null when they must be. */
  private checkedAt: number | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly session: DataSession,
    private readonly worker = new SearchWorker(),
  ) {
    // A worker that died took its index with it: the next search loads the file again.
    this.worker.onLost = () => {
      this.indexed = null;
      this.checkedAt = null;
    };
  }

  /** Where the index is kept. */
  get file(): string {
    return path.join(this.session.paths.dataDir, SEARCH_INDEX_FILE);
  }

  /** Searches the library after bringing the index up to date. */
  search(query: SearchQuery): Promise<SearchDocumentHits[]> {
    return this.serially(async () => {
      await this.update({ skipWhenUnchanged: true });
      return this.worker.request('search', { query, ownerId: this.session.profile.person.id });
    });
  }

  /** Everyone with annotations in the library (the user included), after bringing the index up to date. */
  people(): Promise<SearchPerson[]> {
    return this.serially(async () => {
      await this.update({ skipWhenUnchanged: true });
      return this.worker.request('people', {});
    });
  }

  /** Brings the index up to date with the library (loading or building it first), comparing every stamp, and saves it if it changed. */
  refresh(): Promise<SearchRefresh> {
    return this.serially(() => this.update({ skipWhenUnchanged: false }));
  }

  /** Writes a change not yet written now, instead of {@link SAVE_DELAY_MS} after it. */
  flush(): Promise<void> {
    if (!this.saveTimer) return this.serially(async () => undefined);
    this.cancelSave();
    return this.serially(() => this.save());
  }

  /** Stops the worker thread holding the index, after writing any change not yet written. */
  async close(): Promise<void> {
    await this.flush().catch(() => undefined);
    await this.serially(() => this.worker.close());
  }

  private cancelSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
  }

  private scheduleSave(): void {
    this.cancelSave();
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.serially(() => this.save());
    }, SAVE_DELAY_MS);
    // A pending write never keeps the process alive: it is only a cache.
    this.saveTimer.unref?.();
  }

  private serially<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async update({ skipWhenUnchanged }: { skipWhenUnchanged: boolean }): Promise<SearchRefresh> {
    // Read before the stamps: a change that ends while they are read is seen by the next search.
    const changes = this.session.changes;
    if (skipWhenUnchanged && this.indexed && this.checkedAt === changes && !this.session.othersMayWrite) {
      return { indexed: 0, removed: 0, rebuilt: null };
    }
    let rebuilt: SearchRefresh['rebuilt'] = null;
    if (!this.indexed) {
      const loaded = await this.worker.request('load', { file: this.file });
      rebuilt = loaded.rebuilt;
      this.indexed = new Map(Object.entries(loaded.stamps));
    }
    const indexed = this.indexed;
    const stamps = await this.stamps();
    let reindexed = 0;
    let removed = 0;
    for (const id of [...indexed.keys()]) {
      if (stamps.has(id)) continue;
      await this.worker.request('removeDocument', { documentId: id });
      indexed.delete(id);
      removed++;
    }
    for (const [id, stamp] of stamps) {
      if (indexed.get(id) === stamp) continue;
      await this.indexDocument(id, stamp);
      reindexed++;
    }
    this.checkedAt = changes;
    // A fresh build is written at once (it is the costly part to redo); later changes a little later.
    if (rebuilt) {
      this.cancelSave();
      await this.save();
    } else if (reindexed + removed > 0) this.scheduleSave();
    return { indexed: reindexed, removed, rebuilt };
  }

  /** Each library document's stamp: it changes whenever its text, highlights or layers change. */
  private async stamps(): Promise<Map<string, string>> {
    const { paths } = this.session;
    const layerFiles = (await readdir(paths.layersDir).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
    const stampOf = async (doc: { id: string; title: string; length: number; source: { sha256: string } }): Promise<[string, string]> => {
      const layers = layerFiles.filter((n) => n.startsWith(`${doc.id}--`));
      const layerKeys = await Promise.all(layers.map(async (n) => `${n}=${await statKey(path.join(paths.layersDir, n))}`));
      return [doc.id, [doc.source.sha256, doc.length, doc.title, await statKey(paths.annotations(doc.id)), ...layerKeys].join('|')];
    };
    return new Map(await Promise.all(this.session.library.list().map(stampOf)));
  }

  private async indexDocument(documentId: string, stamp: string): Promise<void> {
    const document = await this.session.library.get(documentId).catch(() => null);
    if (!document) {
      await this.worker.request('removeDocument', { documentId });
      this.indexed?.delete(documentId);
      return;
    }
    // Highlights that cannot be read (damaged, or from a newer version) leave the text searchable.
    const annotations: readonly Annotation[] = await this.session.annotated(documentId, 'all').then(
      (a) => a.annotations,
      () => [],
    );
    await this.worker.request('replaceDocument', { document, annotations: [...annotations], stamp });
    this.indexed?.set(documentId, stamp);
  }

  /** Writes the cache; a read-only library is never written, and a failed write only costs a rebuild later. */
  private async save(): Promise<void> {
    if (this.session.options.readOnly || this.session.library.readOnly) return;
    // A worker lost since the change holds nothing worth writing.
    if (!this.indexed) return;
    // A data folder removed meanwhile is not brought back for a cache.
    if (!(await stat(this.session.paths.library).catch(() => null))) return;
    await this.worker.request('save', { file: this.file }).catch(() => undefined);
  }
}
