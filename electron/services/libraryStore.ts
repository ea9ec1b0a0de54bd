/**
 * The library: an index of documents (library.json, lowdb) and one file per document's text.
 * The index can always be rebuilt from the document files, so a damaged index loses nothing.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Low } from 'lowdb';
import { ServiceError } from '../../shared/errors';
import type { ParsedText } from '../../shared/import/plainText';
import type { DocumentRecord, DocumentSource } from '../../shared/model';
import { writeFileAtomic } from './atomicWrite';
import { DOCUMENT_FILE, LIBRARY_FILE, type DataPaths, type LibraryFile } from './dataLayout';
import { UnreadableDatabaseError, openJsonDatabase, type OpenHooks } from './jsonDatabase';

/** A document summary as the index stores it (counts are added by the caller). */
export type IndexedDocument = LibraryFile['documents'][number];

/** What the library needs to add a document. */
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

/** Reads and validates one document file; null when it is missing or damaged. */
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

/** Builds index entries from every readable document file, oldest import first. */
async function summariesFromDocuments(documentsDir: string): Promise<IndexedDocument[]> {
  const files = (await readdir(documentsDir).catch(() => [] as string[])).filter((f) => f.endsWith('.json') && !f.startsWith('.'));
  const records = await Promise.all(files.map((f) => readDocumentFile(path.join(documentsDir, f))));
  return records
    .filter((r): r is DocumentRecord => r !== null)
    .sort((a, b) => a.source.importedAt.localeCompare(b.source.importedAt))
    .map((r) => ({ id: r.id, title: r.title, source: r.source, length: r.text.length }));
}

export class LibraryStore {
  private readonly cache = new Map<string, DocumentRecord>();

  private constructor(
    private readonly paths: DataPaths,
    private readonly db: Low<LibraryFile>,
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
    }
    const notices: string[] = [];
    try {
      const opened = await openJsonDatabase(paths.library, LIBRARY_FILE, hooks);
      if (opened.readOnly) {
        notices.push(
          'Your library was saved by a newer version of Marginalia, so it is open read-only: you can read and export, but not add or change anything. Update Marginalia to make changes.',
        );
      }
      if (opened.existed) return new LibraryStore(paths, opened.db, false, opened.readOnly, notices);
      const found = await summariesFromDocuments(paths.documentsDir);
      opened.db.data.documents = found;
      if (!hooks.readOnly) await opened.db.write();
      if (found.length > 0) notices.push(`The library index was missing; it was rebuilt from your ${found.length} documents.`);
      return new LibraryStore(paths, opened.db, found.length === 0, false, notices);
    } catch (error) {
      if (!(error instanceof UnreadableDatabaseError)) throw error;
      const reopened = await openJsonDatabase(paths.library, LIBRARY_FILE, hooks);
      reopened.db.data.documents = await summariesFromDocuments(paths.documentsDir);
      if (!hooks.readOnly) await reopened.db.write();
      notices.push(
        `The library index was damaged. It was kept unchanged as ${path.basename(error.movedTo)} and rebuilt from your ${reopened.db.data.documents.length} documents; no highlights were lost.`,
      );
      return new LibraryStore(paths, reopened.db, false, false, notices);
    }
  }

  /** All documents in the order they were added. */
  list(): IndexedDocument[] {
    return this.db.data.documents.map((d) => ({ ...d }));
  }

  /** The summary of one document, or a NOT_FOUND ServiceError. */
  summary(id: string): IndexedDocument {
    const found = this.db.data.documents.find((d) => d.id === id);
    if (!found) throw new ServiceError('NOT_FOUND', 'That document is not in your library.');
    return { ...found };
  }

  /** Reads a whole document (text and blocks). */
  async get(id: string): Promise<DocumentRecord> {
    const summary = this.summary(id);
    const cached = this.cache.get(id);
    if (cached) return cached;
    const record = await readDocumentFile(this.paths.document(id));
    if (!record) {
      throw new ServiceError(
        'DAMAGED_DATA',
        `The stored text of “${summary.title}” is missing or damaged. Use File → Restore from Backup… to get it back.`,
      );
    }
    this.cache.set(id, record);
    return record;
  }

  /**
   * Adds a document: writes its text file first, then the index entry, so the index never
   * points at a missing file. The same content added twice returns the existing entry.
   */
  async add(doc: NewDocument, importedAt: string): Promise<AddedDocument> {
    const id = documentIdFor(doc.source.sha256);
    const existing = this.db.data.documents.find((d) => d.id === id);
    if (existing) return { summary: { ...existing }, existing: true };
    if (this.readOnly) {
      throw new ServiceError('NEWER_DATA', 'Your library was saved by a newer version of Marginalia; update it to add documents.');
    }
    const source: DocumentSource = { ...doc.source, importedAt };
    const record: DocumentRecord = { id, title: doc.title, source, text: doc.parsed.text, blocks: doc.parsed.blocks };
    await writeFileAtomic(this.paths.document(id), JSON.stringify({ schemaVersion: DOCUMENT_FILE.version, ...record }));
    const summary: IndexedDocument = { id, title: doc.title, source, length: record.text.length };
    this.db.data.documents.push(summary);
    await this.db.write();
    this.cache.set(id, record);
    return { summary: { ...summary }, existing: false };
  }
}
