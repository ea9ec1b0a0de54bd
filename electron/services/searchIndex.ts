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
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Annotation } from '../../shared/model';
import { LibrarySearchIndex, type SearchDocumentHits, type SearchQuery } from '../../shared/search';
import { writeFileAtomic } from './atomicWrite';
import type { DataSession } from './dataSession';

/** The cache file's name in the data folder. */
export const SEARCH_INDEX_FILE = 'search-index.json';

/**
 * How long after the last change the index is written. Writing a large library's index takes
 * about a second, so a search never waits for it; a lost write only means re-indexing the
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
  private index: LibrarySearchIndex | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly session: DataSession) {}

  /** Where the index is kept. */
  get file(): string {
    return path.join(this.session.paths.dataDir, SEARCH_INDEX_FILE);
  }

  /** Searches the library after bringing the index up to date. */
  search(query: SearchQuery): Promise<SearchDocumentHits[]> {
    return this.serially(async () => {
      await this.update();
      return this.index!.search(query, this.session.profile.person.id);
    });
  }

  /** Brings the index up to date with the library (loading or building it first) and saves it if it changed. */
  refresh(): Promise<SearchRefresh> {
    return this.serially(() => this.update());
  }

  /** Writes a change not yet written now, instead of {@link SAVE_DELAY_MS} after it. */
  flush(): Promise<void> {
    if (!this.saveTimer) return this.serially(async () => undefined);
    this.cancelSave();
    return this.serially(() => this.save());
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

  private async update(): Promise<SearchRefresh> {
    let rebuilt: SearchRefresh['rebuilt'] = null;
    if (!this.index) {
      const loaded = await this.load();
      rebuilt = loaded.rebuilt;
      this.index = loaded.index;
    }
    const index = this.index;
    const stamps = await this.stamps();
    let indexed = 0;
    let removed = 0;
    for (const id of index.documentIds()) {
      if (stamps.has(id)) continue;
      index.removeDocument(id);
      removed++;
    }
    for (const [id, stamp] of stamps) {
      if (index.stampOf(id) === stamp) continue;
      await this.indexDocument(id, stamp);
      indexed++;
    }
    // A fresh build is written at once (it is the costly part to redo); later changes a little later.
    if (rebuilt) {
      this.cancelSave();
      await this.save();
    } else if (indexed + removed > 0) this.scheduleSave();
    return { indexed, removed, rebuilt };
  }

  private async load(): Promise<{ index: LibrarySearchIndex; rebuilt: SearchRefresh['rebuilt'] }> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return { index: LibrarySearchIndex.empty(), rebuilt: 'missing' };
    }
    let data: unknown = null;
    try {
      data = JSON.parse(text);
    } catch {
      // A damaged cache is simply built again.
    }
    const index = LibrarySearchIndex.deserialize(data);
    return index ? { index, rebuilt: null } : { index: LibrarySearchIndex.empty(), rebuilt: 'unreadable' };
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
      this.index!.removeDocument(documentId);
      return;
    }
    // Highlights that cannot be read (damaged, or from a newer version) leave the text searchable.
    const annotations: readonly Annotation[] = await this.session.annotated(documentId, 'all').then(
      (a) => a.annotations,
      () => [],
    );
    this.index!.replaceDocument(document, annotations, stamp);
  }

  /** Writes the cache; a read-only library is never written, and a failed write only costs a rebuild later. */
  private async save(): Promise<void> {
    if (this.session.options.readOnly || this.session.library.readOnly) return;
    // A data folder removed meanwhile is not brought back for a cache.
    if (!(await stat(this.session.paths.library).catch(() => null))) return;
    await writeFileAtomic(this.file, JSON.stringify(this.index!.serialize())).catch(() => undefined);
  }
}
