/**
 * The library: an index of documents (library.json, lowdb) and one file per document's text.
 * The index can always be rebuilt from the document files, so a damaged index loses nothing.
 * Ids read from either are checked to be plain ids (and a document file's id to be its file
 * name); entries that are not are left out with a notice, and never deleted from disk.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ServiceError } from '../../shared/errors';
import type { ParsedText } from '../../shared/import/plainText';
import type { DocumentRecord, DocumentSource } from '../../shared/model';
import { plural } from '../../shared/text/plural';
import { writeFileAtomic } from './atomicWrite';
import { DOCUMENT_FILE, LIBRARY_FILE, type DataPaths, type LibraryFile } from './dataLayout';
import { UnreadableDatabaseError, openJsonDatabase, type OpenedDatabase, type OpenHooks } from './jsonDatabase';
import { isPlainId, quoteId } from './safePaths';
import { writeFailedError } from './writeFailure';

/** A document summary as the index stores it (counts are added by the caller). */
export type IndexedDocument = LibraryFile['documents'][number];

/** What the library needs to add a document. */
/** The longest author name stored; metadata can say anything. */
const MAX_AUTHOR_CHARS = 300;

export interface NewDocument {
  parsed: ParsedText;
  title: string;
  source: Omit<DocumentSource, 'importedAt'>;
}

/** Result of adding a document: `existing` is true when the same text was imported before. */
export interface AddedDocument {
  summary: IndexedDocument;
  existing: boolean;
}

/** Stable document id derived from the content hash, so re-importing a file finds it again. */
export function documentIdFor(sha256: string): string {
  return `d${sha256.slice(0, 20)}`;
}

/** SHA-256 of a string's UTF-8 bytes, hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Reads and validates one document file, whatever id it holds; null when it is missing or damaged. */
async function readDocumentFile(file: string): Promise<DocumentRecord | null> {
  try {
    const raw = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    // Document files are written once; a newer version is read as far as this app understands it.
    const parsed = DOCUMENT_FILE.schema.safeParse({ ...raw, schemaVersion: DOCUMENT_FILE.version });
    if (!parsed.success) return null;
    const { schemaVersion: _version, ...record } = parsed.data;
    return record;
  } catch {
    return null;
  }
}

/** Index entries rebuilt from the document files, and the files left out for their ids. */
interface RebuiltIndex {
  documents: IndexedDocument[];
  /** Files whose name is not a plain id, or that hold a document with another id. */
  leftOut: string[];
}

/** Builds index entries from every readable document file, oldest import first. */
async function summariesFromDocuments(paths: DataPaths): Promise<RebuiltIndex> {
  const files = (await readdir(paths.documentsDir).catch(() => [] as string[])).filter((f) => f.endsWith('.json') && !f.startsWith('.'));
  const leftOut: string[] = [];
  const records: DocumentRecord[] = [];
  for (const file of files) {
    const id = file.slice(0, -'.json'.length);
    if (!isPlainId(id)) {
      leftOut.push(file);
      continue;
    }
    const record = await readDocumentFile(paths.document(id));
    if (record !== null && record.id !== id) leftOut.push(file);
    else if (record !== null) records.push(record);
  }
  const documents = records
    .sort((a, b) => a.source.importedAt.localeCompare(b.source.importedAt))
    .map((r) => ({ id: r.id, title: r.title, ...(r.author ? { author: r.author } : {}), source: r.source, length: r.text.length }));
  return { documents, leftOut: leftOut.sort() };
}

/** What the user is told about document files left out of a rebuilt index (nothing if none). */
function leftOutFilesNotice(files: readonly string[]): string[] {
  if (files.length === 0) return [];
  const one = files.length === 1;
  return [
    `${plural(files.length, 'document file')} ${one ? 'was' : 'were'} left out of the library because ${one ? 'its name is' : 'their names are'} not a valid id or ${one ? 'does' : 'do'} not match the document inside: ${files.map(quoteId).join(', ')}. ${one ? 'It was' : 'They were'} not changed.`,
  ];
}

/** What the user is told about index entries left out for their ids (nothing if none). */
function leftOutEntriesNotice(entries: readonly IndexedDocument[]): string[] {
  if (entries.length === 0) return [];
  const one = entries.length === 1;
  return [
    `${plural(entries.length, 'entry', 'entries')} of the library index ${one ? 'was' : 'were'} left out because ${one ? 'its id is' : 'their ids are'} not valid: ${entries.map((e) => quoteId(e.id)).join(', ')}. The index file keeps ${one ? 'it' : 'them'} unchanged.`,
  ];
}

export class LibraryStore {
  private readonly cache = new Map<string, DocumentRecord>();

  private constructor(
    private readonly paths: DataPaths,
    private readonly index: Pick<OpenedDatabase<LibraryFile>, 'db' | 'save'>,
    /** True when this open found no library at all (first launch): the samples get added. */
    readonly created: boolean,
    /** True when a newer app version wrote the index: nothing can be added. */
    readonly readOnly: boolean,
    /** What the user should be told about this open. */
    readonly notices: readonly string[],
  ) {}

  /** Opens the library in the data folder, creating, migrating or rebuilding its index as needed. */
  static async open(paths: DataPaths, hooks: OpenHooks = {}): Promise<LibraryStore> {
    if (!hooks.readOnly) {
      await mkdir(paths.documentsDir, { recursive: true });
      await mkdir(paths.annotationsDir, { recursive: true });
      await mkdir(paths.layersDir, { recursive: true });
      await mkdir(paths.versionsDir, { recursive: true });
    }
    const notices: string[] = [];
    try {
      const opened = await openJsonDatabase(paths.library, LIBRARY_FILE, hooks);
      if (opened.readOnly) {
        notices.push(
          'Your library was saved by a newer version of Marginalia, so it is open read-only: you can read and export, but not add or change anything. Update Marginalia to make changes.',
        );
      }
      if (opened.existed) {
        notices.push(...leftOutEntriesNotice(opened.db.data.documents.filter((d) => !isPlainId(d.id))));
        return new LibraryStore(paths, opened, false, opened.readOnly, notices);
      }
      const found = await LibraryStore.rebuild(paths, opened, hooks);
      if (found.documents.length > 0) {
        notices.push(`The library index was missing; it was rebuilt from your ${plural(found.documents.length, 'document')}.`);
      }
      notices.push(...leftOutFilesNotice(found.leftOut));
      return new LibraryStore(paths, opened, found.documents.length === 0, false, notices);
    } catch (error) {
      if (!(error instanceof UnreadableDatabaseError)) throw error;
      const reopened = await openJsonDatabase(paths.library, LIBRARY_FILE, hooks);
      const found = await LibraryStore.rebuild(paths, reopened, hooks);
      notices.push(
        `The library index was damaged. It was kept unchanged as ${path.basename(error.movedTo)} and rebuilt from your ${plural(found.documents.length, 'document')}; no highlights were lost.`,
        ...leftOutFilesNotice(found.leftOut),
      );
      return new LibraryStore(paths, reopened, false, false, notices);
    }
  }

  /** Rebuilds a missing or damaged index from the document files, and saves it unless read only. */
  private static async rebuild(paths: DataPaths, opened: OpenedDatabase<LibraryFile>, hooks: OpenHooks): Promise<RebuiltIndex> {
    const found = await summariesFromDocuments(paths);
    if (hooks.readOnly) opened.db.data = { ...opened.db.data, documents: found.documents };
    else await opened.save((saved) => ({ next: { ...saved, documents: found.documents }, result: null }));
    return found;
  }

  /** The entries of the index as last read, by id, and the index data they were made from. */
  private byId: { data: LibraryFile; entries: IndexedDocument[]; map: Map<string, IndexedDocument> } | null = null;

  /** The entries with plain ids, by id; made again only when the index changed (a save replaces its data). */
  private lookup(): { entries: IndexedDocument[]; map: Map<string, IndexedDocument> } {
    const data = this.index.db.data;
    if (this.byId?.data !== data) {
      const entries = data.documents.filter((d) => isPlainId(d.id));
      const map = new Map<string, IndexedDocument>();
      // The first entry of an id wins, as a search from the start would find it.
      for (const d of entries) if (!map.has(d.id)) map.set(d.id, d);
      this.byId = { data, entries, map };
    }
    return this.byId;
  }

  /** The index entries with plain ids: the only ones the app lists, reads or builds paths from. */
  private entries(): IndexedDocument[] {
    return this.lookup().entries;
  }

  /** All documents in the order they were added. */
  list(): IndexedDocument[] {
    return this.entries().map((d) => ({ ...d }));
  }

  /** The summary of one document, or a NOT_FOUND ServiceError. */
  summary(id: string): IndexedDocument {
    const found = this.lookup().map.get(id);
    if (!found) throw new ServiceError('NOT_FOUND', 'That document is not in your library.');
    return { ...found };
  }

  /** Reads a whole document (text and blocks); its title is the index's (the one the user gave it last). */
  async get(id: string): Promise<DocumentRecord> {
    const summary = this.summary(id);
    const cached = this.cache.get(id);
    if (cached) return cached.title === summary.title ? cached : { ...cached, title: summary.title };
    const record = await readDocumentFile(this.paths.document(id));
    if (!record || record.id !== id) {
      throw new ServiceError(
        'DAMAGED_DATA',
        `The stored text of “${summary.title}” is missing or damaged. Use File → Restore from Backup… to get it back.`,
      );
    }
    this.cache.set(id, record);
    return record.title === summary.title ? record : { ...record, title: summary.title };
  }

  private refuseIfReadOnly(what: string): void {
    if (this.readOnly) {
      throw new ServiceError('NEWER_DATA', `Your library was saved by a newer version of Marginalia, so ${what}. Update Marginalia to make changes.`);
    }
  }

  /**
   * Gives a document a new title (already checked by the caller): its text file first, so a
   * rebuilt index keeps it, then the index entry. Resolves with the entry once both are on disk.
   */
  async rename(id: string, title: string): Promise<IndexedDocument> {
    const before = this.summary(id);
    this.refuseIfReadOnly(`“${before.title}” was not renamed`);
    const current = await this.get(id);
    const record: DocumentRecord = { ...current, title };
    try {
      await writeFileAtomic(this.paths.document(id), JSON.stringify({ schemaVersion: DOCUMENT_FILE.version, ...record }));
      this.cache.set(id, record);
      return await this.changeEntry(id, (d) => ({ ...d, title }));
    } catch (error) {
      throw writeFailedError(error, `“${before.title}” was not renamed`);
    }
  }

  /** Records when a document was last opened in the reader; resolves with its entry once on disk. */
  async recordOpened(id: string, openedAt: string): Promise<IndexedDocument> {
    const before = this.summary(id);
    this.refuseIfReadOnly('the time it was opened was not recorded');
    try {
      return await this.changeEntry(id, (d) => ({ ...d, openedAt }));
    } catch (error) {
      throw writeFailedError(error, `The time “${before.title}” was opened was not recorded`);
    }
  }

  private changeEntry(id: string, change: (entry: IndexedDocument) => IndexedDocument): Promise<IndexedDocument> {
    return this.index.save((saved) => {
      const index = saved.documents.findIndex((d) => d.id === id);
      if (index === -1) throw new ServiceError('NOT_FOUND', 'That document is not in your library.');
      const next = change(saved.documents[index]!);
      return { next: { ...saved, documents: saved.documents.with(index, next) }, result: { ...next } };
    });
  }

  /** Takes a document's entry out of the index (its files are the caller's); resolves once on disk. */
  async remove(id: string): Promise<IndexedDocument> {
    const before = this.summary(id);
    this.refuseIfReadOnly(`“${before.title}” was not deleted`);
    const removed = await this.index.save((saved) => {
      const entry = saved.documents.find((d) => d.id === id);
      if (!entry) throw new ServiceError('NOT_FOUND', 'That document is not in your library.');
      return { next: { ...saved, documents: saved.documents.filter((d) => d.id !== id) }, result: { ...entry } };
    });
    this.cache.delete(id);
    return removed;
  }

  /**
   * Puts an entry taken out by {@link LibraryStore.remove} back at the end of the index (its
   * files must be back first). Refuses when a document with the same id or text is in the
   * library again; resolves once on disk.
   */
  async reinstate(entry: IndexedDocument): Promise<IndexedDocument> {
    this.refuseIfReadOnly(`“${entry.title}” was not restored`);
    return this.index.save((saved) => {
      if (saved.documents.some((d) => d.id === entry.id || d.source.sha256 === entry.source.sha256)) {
        throw new ServiceError('INVALID_ARGUMENT', `“${entry.title}” is already in your library, so it was not restored.`);
      }
      return { next: { ...saved, documents: [...saved.documents, { ...entry }] }, result: { ...entry } };
    });
  }

  /** The entry of the document with this id or this text, if the library has one. */
  findSame(id: string, sha256: string): IndexedDocument | null {
    const found = this.entries().find((d) => d.id === id || d.source.sha256 === sha256);
    return found ? { ...found } : null;
  }

  /**
   * Adds a document: writes its text file first, then the index entry, so the index never
   * points at a missing file. The same content added twice returns the existing entry. The
   * entry is listed only once the index is on disk; a failed write is a WRITE_FAILED ServiceError.
   */
  async add(doc: NewDocument, importedAt: string): Promise<AddedDocument> {
    const id = documentIdFor(doc.source.sha256);
    // A document replaced by a new version keeps its id, so its text is also found by its hash.
    const existing = this.entries().find((d) => d.id === id || d.source.sha256 === doc.source.sha256);
    if (existing) return { summary: { ...existing }, existing: true };
    if (this.readOnly) {
      throw new ServiceError('NEWER_DATA', 'Your library was saved by a newer version of Marginalia; update it to add documents.');
    }
    const source: DocumentSource = { ...doc.source, importedAt };
    const name = (doc.parsed.author ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_AUTHOR_CHARS);
    const author = name ? { author: name } : {};
    const record: DocumentRecord = { id, title: doc.title, ...author, source, text: doc.parsed.text, blocks: doc.parsed.blocks };
    const summary: IndexedDocument = { id, title: doc.title, ...author, source, length: record.text.length };
    try {
      await writeFileAtomic(this.paths.document(id), JSON.stringify({ schemaVersion: DOCUMENT_FILE.version, ...record }));
      const added = await this.index.save((saved) => {
        const already = saved.documents.find((d) => d.id === id);
        if (already) return { next: saved, result: { summary: { ...already }, existing: true } };
        return { next: { ...saved, documents: [...saved.documents, summary] }, result: { summary: { ...summary }, existing: false } };
      });
      this.cache.set(id, record);
      return added;
    } catch (error) {
      throw writeFailedError(error, `“${doc.title}” was not added to your library`);
    }
  }

  /**
   * Replaces a document's text and blocks (a new version of it), keeping its id, title and
   * place in the library; the index entry follows. Resolves once both are on disk.
   */
  async replaceText(id: string, parsed: ParsedText, source: DocumentSource): Promise<DocumentRecord> {
    const current = await this.get(id);
    const record: DocumentRecord = { ...current, source, text: parsed.text, blocks: parsed.blocks };
    try {
      await writeFileAtomic(this.paths.document(id), JSON.stringify({ schemaVersion: DOCUMENT_FILE.version, ...record }));
      this.cache.set(id, record);
      await this.index.save((saved) => ({
        next: { ...saved, documents: saved.documents.map((d) => (d.id === id ? { ...d, source, length: record.text.length } : d)) },
        result: null,
      }));
    } catch (error) {
      throw writeFailedError(error, `The new version of “${current.title}” was not saved`);
    }
    return record;
  }
}
