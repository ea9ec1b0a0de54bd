/**
 * The trash: deleted documents kept for {@link TRASH_KEPT_DAYS} days, each in its own folder
 * `trash/<entry>/` holding a manifest and the document's files (its text, the user's
 * highlights, other people's layers, earlier versions), moved there by rename, never copied
 * and never deleted until the entry is purged. This module only moves files; the library index
 * is changed by the caller (`handlers/trashHandlers.ts`).
 */
import { mkdir, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TrashEntry } from '../../shared/api';
import { ServiceError } from '../../shared/errors';
import type { IndexedDocument } from '../../shared/model';
import { writeFileAtomic } from './atomicWrite';
import type { DataPaths } from './dataLayout';
import { fileInside, isPlainId } from './safePaths';
import {
  TRASH_MANIFEST_VERSION,
  TRASHED_FOLDERS,
  type TrashedFile,
  type TrashManifest,
  isFileOfDocument,
  keptName,
  parseTrashManifest,
} from './trashManifest';

/** How many days a deleted document stays in the trash. */
export const TRASH_KEPT_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The manifest's file name inside an entry folder. */
export const MANIFEST_FILE = 'manifest.json';

/** An entry id: the deletion time (digits only) and the document id, so ids sort by time and never are paths. */
function entryIdFor(deletedAt: string, documentId: string, attempt: number): string {
  const time = deletedAt.replace(/\D/g, '').slice(0, 17);
  const id = `${time}-${documentId}${attempt > 0 ? `-${attempt}` : ''}`;
  return id.slice(0, 100);
}

/** When an entry deleted at `deletedAt` is purged (ISO). */
export function purgeTimeOf(deletedAt: string): string {
  const time = Date.parse(deletedAt);
  return new Date((Number.isNaN(time) ? 0 : time) + TRASH_KEPT_DAYS * DAY_MS).toISOString();
}

/** What the API shows of a manifest. */
export function entryOf(manifest: TrashManifest): TrashEntry {
  const count = (folder: TrashedFile['folder']) => manifest.files.filter((f) => f.folder === folder).length;
  return {
    id: manifest.entryId,
    documentId: manifest.document.id,
    title: manifest.document.title,
    deletedAt: manifest.deletedAt,
    purgeAt: purgeTimeOf(manifest.deletedAt),
    annotationCount: manifest.annotationCount,
    layerCount: count('layers'),
    versionCount: count('versions'),
  };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

export class Trash {
  constructor(private readonly paths: DataPaths) {}

  private folderOf(entryId: string): string {
    return fileInside(this.paths.trashDir, entryId);
  }

  /** The live files of a document: its text file first, then its highlights, layers and versions. */
  private async filesOf(documentId: string): Promise<TrashedFile[]> {
    const files: TrashedFile[] = [];
    for (const folder of TRASHED_FOLDERS) {
      const dir = path.join(this.paths.dataDir, folder);
      const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => isFileOfDocument(folder, n, documentId)).sort();
      for (const name of names) files.push({ folder, name, bytes: (await stat(path.join(dir, name))).size });
    }
    return files;
  }

  /**
   * Moves a document's files into a new trash entry: the manifest is written first, then each
   * file is renamed into the entry. On a failure the files already moved are put back and the
   * entry removed, and the error is thrown.
   */
  async moveIn(document: IndexedDocument, annotationCount: number, deletedAt: string): Promise<TrashManifest> {
    await mkdir(this.paths.trashDir, { recursive: true });
    let entryId = entryIdFor(deletedAt, document.id, 0);
    for (let attempt = 1; await exists(this.folderOf(entryId)); attempt++) entryId = entryIdFor(deletedAt, document.id, attempt);
    const folder = this.folderOf(entryId);
    const files = await this.filesOf(document.id);
    const manifest: TrashManifest = { schemaVersion: TRASH_MANIFEST_VERSION, entryId, deletedAt, document, annotationCount, files };
    await mkdir(folder);
    const moved: TrashedFile[] = [];
    try {
      await writeFileAtomic(path.join(folder, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
      for (const file of files) {
        await rename(path.join(this.paths.dataDir, file.folder, file.name), path.join(folder, keptName(file)));
        moved.push(file);
      }
    } catch (error) {
      await this.putBack(folder, moved).catch(() => undefined);
      await this.removeEntryFolder(folder).catch(() => undefined);
      throw error;
    }
    return manifest;
  }

  /** Moves files of an entry back to the live folders. */
  private async putBack(folder: string, files: readonly TrashedFile[]): Promise<void> {
    for (const file of files) {
      await mkdir(path.join(this.paths.dataDir, file.folder), { recursive: true });
      await rename(path.join(folder, keptName(file)), path.join(this.paths.dataDir, file.folder, file.name));
    }
  }

  /** Removes an entry folder that holds nothing but its manifest (never a folder with files left in it). */
  private async removeEntryFolder(folder: string): Promise<void> {
    await rm(path.join(folder, MANIFEST_FILE), { force: true });
    await rmdir(folder);
  }

  /** The manifest of one entry; NOT_FOUND when there is no such entry (or it cannot be read). */
  async read(entryId: string): Promise<TrashManifest> {
    const folder = this.folderOf(entryId);
    const manifest = await readFile(path.join(folder, MANIFEST_FILE), 'utf8').then(
      (text) => parseTrashManifest(JSON.parse(text), entryId),
      () => null,
    );
    if (!manifest) throw new ServiceError('NOT_FOUND', 'That item is no longer in the trash.');
    return manifest;
  }

  /** Every readable entry, most recently deleted first. Folders without a readable manifest are left alone. */
  async list(): Promise<TrashManifest[]> {
    const names = (await readdir(this.paths.trashDir).catch(() => [] as string[])).filter(isPlainId);
    const found: TrashManifest[] = [];
    for (const name of names) {
      const manifest = await this.read(name).catch(() => null);
      if (manifest) found.push(manifest);
    }
    return found.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || b.entryId.localeCompare(a.entryId));
  }

  /**
   * Moves an entry's files back to the live folders, the document's text last. Refuses with
   * INVALID_ARGUMENT, changing nothing, when a live file of the same name exists; a file missing
   * from the entry is skipped, except the text (DAMAGED_DATA). Returns the files moved back.
   */
  async moveOut(manifest: TrashManifest): Promise<TrashedFile[]> {
    const folder = this.folderOf(manifest.entryId);
    const present: TrashedFile[] = [];
    for (const file of manifest.files) if (await exists(path.join(folder, keptName(file)))) present.push(file);
    if (!present.some((f) => f.folder === 'documents')) {
      throw new ServiceError('DAMAGED_DATA', `The text of “${manifest.document.title}” is missing from the trash, so it cannot be restored.`);
    }
    const clashing = [];
    for (const file of present) if (await exists(path.join(this.paths.dataDir, file.folder, file.name))) clashing.push(`${file.folder}/${file.name}`);
    if (clashing.length > 0) {
      throw new ServiceError(
        'INVALID_ARGUMENT',
        `“${manifest.document.title}” was not restored because your library has files of the same name again (${clashing.slice(0, 3).join(', ')}). It stays in the trash, unchanged.`,
      );
    }
    const ordered = [...present.filter((f) => f.folder !== 'documents'), ...present.filter((f) => f.folder === 'documents')];
    const moved: TrashedFile[] = [];
    try {
      for (const file of ordered) {
        await mkdir(path.join(this.paths.dataDir, file.folder), { recursive: true });
        await rename(path.join(folder, keptName(file)), path.join(this.paths.dataDir, file.folder, file.name));
        moved.push(file);
      }
    } catch (error) {
      await this.moveBackIn(manifest, moved).catch(() => undefined);
      throw error;
    }
    return moved;
  }

  /** Undoes {@link Trash.moveOut}: puts files moved back to the library into the entry again. */
  async moveBackIn(manifest: TrashManifest, files: readonly TrashedFile[]): Promise<void> {
    const folder = this.folderOf(manifest.entryId);
    for (const file of files) await rename(path.join(this.paths.dataDir, file.folder, file.name), path.join(folder, keptName(file)));
  }

  /** Removes an emptied entry (after a restore): its manifest and folder. */
  async forget(manifest: TrashManifest): Promise<void> {
    await this.removeEntryFolder(this.folderOf(manifest.entryId)).catch(() => undefined);
  }

  /** Deletes, for good, entries whose {@link TRASH_KEPT_DAYS} days are over at `now`; resolves with how many. */
  async purge(now: Date): Promise<number> {
    let purged = 0;
    for (const manifest of await this.list()) {
      const deleted = Date.parse(manifest.deletedAt);
      if (Number.isNaN(deleted) || now.getTime() - deleted < TRASH_KEPT_DAYS * DAY_MS) continue;
      await rm(this.folderOf(manifest.entryId), { recursive: true, force: true });
      purged++;
    }
    return purged;
  }
}
