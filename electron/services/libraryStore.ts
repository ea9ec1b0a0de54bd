/**
 * The library: an index of documents (library.json, lowdb) and one file per document's text.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import type { Low } from 'lowdb';
import { ServiceError } from '../../shared/errors';
import type { ParsedText } from '../../shared/import/plainText';
import type { DocumentRecord, DocumentSource } from '../../shared/model';
import { writeFileAtomic } from './atomicWrite';
import {
  SCHEMA_VERSION,
  dataPaths,
  documentFileSchema,
  libraryFileSchema,
  type LibraryFile,
} from './dataLayout';
import { openJsonDatabase } from './jsonDatabase';

/** A document summary as the index stores it (counts are added by the caller). */
export type IndexedDocument = LibraryFile['documents'][number];

/** What the library needs to add a document. */
export interface NewDocument {
  parsed: ParsedText;
  title: string;
  source: Omit<DocumentSource, 'importedAt'>;
}

/** Result of adding a document: `existing` is true when the same bytes were imported before. */
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

export class LibraryStore {
  private readonly cache = new Map<string, DocumentRecord>();

  private constructor(
    private readonly paths: ReturnType<typeof dataPaths>,
    private readonly db: Low<LibraryFile>,
    /** True when this open created the library (first launch). */
    readonly created: boolean,
  ) {}

  /** Opens the library in `dataDir`, creating the folder structure on first use. */
  static async open(dataDir: string): Promise<LibraryStore> {
    const paths = dataPaths(dataDir);
    await mkdir(paths.documentsDir, { recursive: true });
    await mkdir(paths.annotationsDir, { recursive: true });
    const db = await openJsonDatabase(paths.library, libraryFileSchema, () => ({
      schemaVersion: SCHEMA_VERSION,
      documents: [],
    }));
    const created = (await readFile(paths.library).catch(() => null)) === null;
    if (created) await db.write();
    return new LibraryStore(paths, db, created);
  }

  /** All documents in the order they were added. */
  list(): IndexedDocument[] {
    return this.db.data.documents.map((d) => ({ ...d }));
  }

  /** True when a document with this id is in the library. */
  has(id: string): boolean {
    return this.db.data.documents.some((d) => d.id === id);
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
    let raw: string;
    try {
      raw = await readFile(this.paths.document(id), 'utf8');
    } catch {
      throw new ServiceError('NOT_FOUND', `The text of “${summary.title}” is missing from the data folder.`);
    }
    const parsed = documentFileSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) {
      throw new ServiceError('UNREADABLE_FILE', `The stored text of “${summary.title}” is damaged.`);
    }
    const { schemaVersion: _version, ...record } = parsed.data;
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
    const source: DocumentSource = { ...doc.source, importedAt };
    const record: DocumentRecord = { id, title: doc.title, source, text: doc.parsed.text, blocks: doc.parsed.blocks };
    await writeFileAtomic(this.paths.document(id), JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...record }));
    const summary: IndexedDocument = { id, title: doc.title, source, length: record.text.length };
    this.db.data.documents.push(summary);
    await this.db.write();
    this.cache.set(id, record);
    return { summary: { ...summary }, existing: false };
  }
}
