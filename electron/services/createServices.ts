/**
 * The service layer behind the API contract: plain Node, no Electron. Main's IPC handlers and
 * the e2e test bridge both call these handlers through `dispatchCall`.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describeRange } from '../../shared/anchoring';
import type { ApiHandlers, ApiName } from '../../shared/api';
import { ServiceError } from '../../shared/errors';
import type { AnnotatedDocument } from '../../shared/export/markdown';
import { planImport } from '../../shared/import/w3cImport';
import { LIMITS, tagSchema } from '../../shared/apiSchemas';
import type { ProgressEvent } from '../../shared/api';
import { parsePlainText } from '../../shared/import/plainText';
import { parseDocument } from '../../shared/import';
import { plural } from '../../shared/text/plural';
import type { Annotation, DocumentSummary } from '../../shared/model';
import { readAnnotationFile } from './annotationFile';
import { AnnotationStore } from './annotationStore';
import { Backups } from './backups';
import { dataPaths, type DataPaths } from './dataLayout';
import type { Dialogs } from './dialogs';
import { documentExport, libraryExport, writeExportFile } from './exportFiles';
import { decodeText, readTextFile } from './fileImport';
import { NewerDatabaseError, UnreadableDatabaseError, type OpenHooks } from './jsonDatabase';
import { LibraryStore, sha256Hex, type IndexedDocument } from './libraryStore';
import { loadSamples } from './samples';

/** What the services need from their host. */
export interface ServiceOptions {
  /** Folder holding library.json, documents/, annotations/ and backups/. */
  dataDir: string;
  /** Folder holding the bundled samples and their manifest. */
  samplesDir: string;
  dialogs: Dialogs;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Receives progress of long tasks (library exports). */
  onProgress?: (event: ProgressEvent) => void;
  /**
   * Read only (the command line while the app has the library open): nothing in the data
   * folder is written; calls that would change it are refused with `readOnlyReason`.
   */
  readOnly?: boolean;
  readOnlyReason?: string;
}

/** Calls that change the data folder. */
const MUTATING: ReadonlySet<ApiName> = new Set<ApiName>([
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'renameTag',
  'deleteTag',
  'openFile',
  'importAnnotations',
  'restoreBackup',
]);

/** File-name-safe version of a title, for suggested export names. */
export function fileNameFor(title: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return safe.length > 0 ? safe : 'Untitled';
}

/** Title for a document whose text has no title line: its file name without extension. */
function titleFromFileName(name: string): string {
  return path.basename(name, path.extname(name)).replace(/[_]+/g, ' ').trim() || name;
}

/** The open stores; replaced as a whole when a backup is restored. */
interface DataState {
  library: LibraryStore;
  annotations: AnnotationStore;
}

async function openState(paths: DataPaths, hooks: OpenHooks): Promise<DataState> {
  const library = await LibraryStore.open(paths, hooks);
  return { library, annotations: new AnnotationStore(paths, hooks) };
}

/** Opens the library (seeding the samples on first launch) and returns the API handlers. */
export async function createServices(options: ServiceOptions): Promise<ApiHandlers> {
  const now = options.now ?? (() => new Date());
  const paths = dataPaths(options.dataDir);
  const backups = new Backups(paths, now);

  // One backup before the first migration of this session, whichever file migrates first.
  let migrationBackup: Promise<unknown> | null = null;
  const hooks: OpenHooks = {
    readOnly: options.readOnly === true,
    beforeMigrate: async () => {
      migrationBackup ??= backups.create('before-migration');
      await migrationBackup;
    },
  };

  if (!options.readOnly) await backups.ensureDaily();
  let state = await openState(paths, hooks);
  const notices = [...state.library.notices];

  if (state.library.created && !options.readOnly) {
    for (const sample of await loadSamples(options.samplesDir)) {
      const parsed = parsePlainText(decodeText(sample.file, sample.bytes));
      await state.library.add(
        { parsed, title: sample.title, source: { kind: 'sample', name: sample.file, sha256: sha256Hex(parsed.text) } },
        now().toISOString(),
      );
    }
  }

  /** Damaged highlight files found this session, by document: what the user is told. */
  const damaged = new Map<string, string>();

  async function describeDamage(documentId: string, error: UnreadableDatabaseError): Promise<string> {
    const title = state.library.summary(documentId).title;
    const newest = (await backups.list())[0];
    const offer = newest
      ? ` Use File → Restore from Backup… to get them back (newest backup: ${newest.createdAt.slice(0, 16).replace('T', ' ')} UTC, ${plural(newest.annotationCount, 'highlight')}).`
      : '';
    return `The highlights of “${title}” were damaged. The file was kept unchanged as ${path.basename(error.movedTo)}; new highlights go to a fresh file.${offer}`;
  }

  /**
   * Runs an annotation-store call. A damaged file has been moved aside by the store: the damage
   * is remembered for the user and the call runs again on a fresh file. A file from a newer
   * version that cannot be read becomes a clear NEWER_DATA error.
   */
  async function onAnnotations<T>(documentId: string, run: (store: AnnotationStore) => Promise<T>): Promise<T> {
    state.library.summary(documentId);
    try {
      return await run(state.annotations);
    } catch (error) {
      if (error instanceof UnreadableDatabaseError) {
        damaged.set(documentId, await describeDamage(documentId, error));
        return run(state.annotations);
      }
      if (error instanceof NewerDatabaseError) {
        throw new ServiceError(
          'NEWER_DATA',
          `The highlights of “${state.library.summary(documentId).title}” were saved by a newer version of Marginalia (data version ${error.version}) and cannot be read by this one. The file was left untouched; update Marginalia to open them.`,
        );
      }
      throw error;
    }
  }

  /** Applies a tag change to every document's annotations; returns how many annotations changed. */
  async function retagLibrary(change: (tags: readonly string[]) => string[]): Promise<number> {
    const stamp = now().toISOString();
    let changed = 0;
    for (const doc of state.library.list()) {
      changed += await onAnnotations(doc.id, (store) => store.retag(doc.id, change, stamp));
    }
    return changed;
  }

  /** Files this session wrote for the user; the only ones "Show in folder" will reveal. */
  const written = new Set<string>();

  async function annotated(documentId: string): Promise<AnnotatedDocument> {
    const document = await state.library.get(documentId);
    const { annotations } = await onAnnotations(documentId, (store) => store.list(documentId));
    return { document, annotations };
  }

  async function withCount(summary: IndexedDocument): Promise<DocumentSummary> {
    const count = await onAnnotations(summary.id, (store) => store.count(summary.id)).catch(() => 0);
    return { ...summary, annotationCount: count };
  }

  const handlers: ApiHandlers = {
    async listDocuments() {
      return Promise.all(state.library.list().map(withCount));
    },

    async getDocument({ documentId }) {
      return state.library.get(documentId);
    },

    async listAnnotations({ documentId }) {
      const list = await onAnnotations(documentId, (store) => store.list(documentId));
      return { ...list, problem: damaged.get(documentId) ?? null };
    },

    async createAnnotation({ documentId, start, end, color, note, tags }) {
      const document = await state.library.get(documentId);
      if (end > document.text.length) {
        throw new ServiceError('INVALID_ARGUMENT', 'The selection is outside the document.');
      }
      if (document.text.slice(start, end).trim().length === 0) {
        throw new ServiceError('INVALID_ARGUMENT', 'Select some text to highlight.');
      }
      const stamp = now().toISOString();
      const annotation: Annotation = {
        id: randomUUID(),
        documentId,
        target: { selector: describeRange(document.text, start, end) },
        color,
        note,
        tags,
        origin: 'own',
        createdAt: stamp,
        updatedAt: stamp,
      };
      return onAnnotations(documentId, (store) => store.add(annotation));
    },

    async updateAnnotation({ documentId, annotationId, changes }) {
      return onAnnotations(documentId, (store) => store.update(documentId, annotationId, changes, now().toISOString()));
    },

    async deleteAnnotation({ documentId, annotationId }) {
      await onAnnotations(documentId, (store) => store.remove(documentId, annotationId));
      return { deleted: annotationId };
    },

    async restoreAnnotation({ annotation }) {
      await state.library.get(annotation.documentId);
      return onAnnotations(annotation.documentId, (store) => store.restore(annotation));
    },

    async listTags() {
      const counts = new Map<string, number>();
      for (const doc of state.library.list()) {
        const { annotations } = await onAnnotations(doc.id, (store) => store.list(doc.id));
        for (const a of annotations) for (const tag of a.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      }
      return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
    },

    async renameTag({ from, to }) {
      // Renaming onto an existing tag merges the two; an annotation never carries a tag twice.
      const rename = (tags: readonly string[]) =>
        tags.includes(from) ? [...new Set(tags.map((t) => (t === from ? to : t)))] : [...tags];
      return { changed: await retagLibrary(rename) };
    },

    async deleteTag({ tag }) {
      return { changed: await retagLibrary((tags) => tags.filter((t) => t !== tag)) };
    },

    async openFile() {
      const chosen = await options.dialogs.chooseFileToOpen();
      if (chosen === null) return { status: 'cancelled' };
      const file = await readTextFile(chosen);
      const parsed = parseDocument(file.name, file.text);
      if (parsed.blocks.length === 0) throw new ServiceError('EMPTY_FILE', `“${file.name}” has no text to read, so nothing was imported.`);
      const title = parsed.title ?? titleFromFileName(file.name);
      const added = await state.library.add(
        { parsed, title, source: { kind: 'file', name: file.name, sha256: sha256Hex(parsed.text) } },
        now().toISOString(),
      );
      const document = await withCount(added.summary);
      return added.existing ? { status: 'already-in-library', document } : { status: 'imported', document };
    },

    async exportDocument({ documentId, format, markdown }) {
      const doc = await annotated(documentId);
      const target = await options.dialogs.chooseSavePath({
        title: format === 'md' ? 'Export highlights as Markdown' : 'Export annotations as W3C JSON-LD',
        defaultName: `${fileNameFor(doc.document.title)}.${format}`,
        extension: format,
      });
      if (target === null) return { status: 'cancelled' };
      await writeExportFile(target, documentExport(doc, format, { ...markdown, exportedAt: now().toISOString() }));
      written.add(target);
      return { status: 'written', path: target };
    },

    async exportLibrary({ format, tag, layout, markdown }) {
      const summaries = state.library.list();
      const docs: AnnotatedDocument[] = [];
      for (const summary of summaries) {
        const doc = await annotated(summary.id);
        const annotations = tag === undefined ? doc.annotations : doc.annotations.filter((a) => a.tags.includes(tag));
        if (tag === undefined || annotations.length > 0) docs.push({ document: doc.document, annotations });
      }
      if (docs.length === 0) throw new ServiceError('NOT_FOUND', tag ? `No highlights are tagged “${tag}”.` : 'Your library is empty.');
      const folder = await options.dialogs.chooseFolder({ title: 'Export highlights into folder' });
      if (folder === null) return { status: 'cancelled' };
      const title = tag ? `Highlights tagged “${tag}”` : 'Marginalia highlights';
      const files = libraryExport(docs, format, layout, { ...markdown, exportedAt: now().toISOString(), title });
      const paths: string[] = [];
      for (const [index, file] of files.entries()) {
        const target = path.join(folder, file.name);
        await writeExportFile(target, file.content);
        written.add(target);
        paths.push(target);
        options.onProgress?.({ task: 'export', done: index + 1, total: files.length });
      }
      return { status: 'written', folder, files: paths };
    },

    async importAnnotations({ documentId }) {
      const document = await state.library.get(documentId);
      const chosen = await options.dialogs.chooseFileToOpen('annotations');
      if (chosen === null) return { status: 'cancelled' };
      const read = await readAnnotationFile(chosen);
      const problems = [...read.problems];
      const clean = read.annotations.map((a) => {
        const tags = a.tags.flatMap((t) => {
          const parsed = tagSchema.safeParse(t);
          if (!parsed.success) problems.push(`a tag was left out: ${JSON.stringify(t.slice(0, 40))}`);
          return parsed.success ? [parsed.data] : [];
        });
        if (a.note.length > LIMITS.noteChars) problems.push('a note longer than 100,000 characters was shortened');
        return { ...a, tags: [...new Set(tags)].slice(0, LIMITS.tagsPerAnnotation), note: a.note.slice(0, LIMITS.noteChars) };
      });
      const { annotations: existing } = await onAnnotations(documentId, (store) => store.list(documentId));
      const plan = planImport(document, existing, clean, now().toISOString(), randomUUID);
      await onAnnotations(documentId, (store) => store.addMany(documentId, plan.toAdd));
      return { status: 'imported', imported: plan.toAdd.length, duplicates: plan.duplicates, orphans: plan.orphans, problems };
    },

    async showInFolder({ path: target }) {
      if (!written.has(target)) throw new ServiceError('FORBIDDEN', 'Only files Marginalia exported can be shown.');
      await options.dialogs.showInFolder(target);
      return { shown: target };
    },

    async getStatus() {
      return { readOnly: state.library.readOnly, notices: [...notices] };
    },

    async listBackups() {
      return backups.list();
    },

    async restoreBackup({ backupId }) {
      if (!(await backups.list()).some((b) => b.id === backupId)) {
        throw new ServiceError('NOT_FOUND', 'That backup no longer exists.');
      }
      const restored = await backups.restore(backupId);
      state = await openState(paths, hooks);
      damaged.clear();
      notices.splice(0, notices.length, ...state.library.notices);
      return { restored };
    },
  };
  if (!options.readOnly) return handlers;
  const refuse = () => {
    throw new ServiceError('FORBIDDEN', options.readOnlyReason ?? 'The library is open read-only.');
  };
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [name, MUTATING.has(name as ApiName) ? refuse : handler]),
  ) as unknown as ApiHandlers;
}
