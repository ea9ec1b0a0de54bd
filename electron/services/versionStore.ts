/**
 * Earlier versions of documents: when a document is replaced by a new version, its old text
 * and the user's annotations as they were are kept in `versions/<documentId>--v<n>.json`, so an
 * orphan still shows the passage it was made on and Undo can bring the old version back.
 */
import { readdir, rm } from 'node:fs/promises';
import { z } from 'zod';
import { annotationSchema, documentRecordSchema, type Annotation, type DocumentRecord } from '../../shared/model';
import type { FileKind } from './dataLayout';
import { openJsonDatabase, type OpenHooks } from './jsonDatabase';
import { fileInside } from './safePaths';
import { writeFailedError } from './writeFailure';

export const VERSION_FILE_VERSION = 1 as const;

const versionFileSchema = z.object({
  schemaVersion: z.literal(VERSION_FILE_VERSION),
  documentId: z.string(),
  version: z.number().int().min(1),
  replacedAt: z.string(),
  /** The document as it was before it was replaced. */
  document: documentRecordSchema,
  /** The user's own annotations as they were on it. */
  annotations: z.array(annotationSchema),
});
export type VersionFile = z.infer<typeof versionFileSchema>;

const VERSION_FILE: FileKind<VersionFile> = {
  label: 'earlier version',
  version: VERSION_FILE_VERSION,
  schema: versionFileSchema,
  migrations: [],
  defaults: () => ({
    schemaVersion: VERSION_FILE_VERSION,
    documentId: '',
    version: 1,
    replacedAt: '',
    document: { id: '', title: '', source: { kind: 'file', name: '', importedAt: '', sha256: '' }, text: '', blocks: [] },
    annotations: [],
  }),
};

export class VersionStore {
  constructor(
    private readonly versionsDir: string,
    private readonly hooks: OpenHooks = {},
  ) {}

  private fileOf(documentId: string, version: number): string {
    return fileInside(this.versionsDir, `${documentId}--v${version}`, '.json');
  }

  /** The version numbers kept for a document, oldest first. */
  async numbers(documentId: string): Promise<number[]> {
    const pattern = new RegExp(`^${documentId}--v(\\d{1,6})\\.json$`);
    const names = await readdir(this.versionsDir).catch(() => [] as string[]);
    return names.flatMap((n) => (pattern.exec(n) ? [Number(pattern.exec(n)![1])] : [])).sort((a, b) => a - b);
  }

  /** Keeps `document` and the user's `annotations` as the next earlier version; resolves with its number once on disk. */
  async keep(document: DocumentRecord, annotations: readonly Annotation[], replacedAt: string): Promise<number> {
    const version = ((await this.numbers(document.id)).at(-1) ?? 0) + 1;
    const opened = await openJsonDatabase(this.fileOf(document.id, version), VERSION_FILE, this.hooks);
    const entry: VersionFile = { schemaVersion: VERSION_FILE_VERSION, documentId: document.id, version, replacedAt, document, annotations: [...annotations] };
    try {
      await opened.save(() => ({ next: structuredClone(entry), result: null }));
    } catch (error) {
      throw writeFailedError(error, `The current version of “${document.title}” could not be kept, so it was not replaced`);
    }
    return version;
  }

  /** The latest earlier version of a document, or null. */
  async latest(documentId: string): Promise<VersionFile | null> {
    const last = (await this.numbers(documentId)).at(-1);
    if (last === undefined) return null;
    const opened = await openJsonDatabase(this.fileOf(documentId, last), VERSION_FILE, this.hooks);
    return opened.existed && opened.db.data.documentId === documentId ? structuredClone(opened.db.data) : null;
  }

  /** Forgets an earlier version (after Undo brought it back). */
  async drop(documentId: string, version: number): Promise<void> {
    await rm(this.fileOf(documentId, version), { force: true });
  }
}
