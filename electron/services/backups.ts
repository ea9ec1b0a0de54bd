/**
 * Backups of the whole data folder: taken daily (the last 7 kept), before any migration and
 * before a restore (7 of each). A backup is a folder under backups/ holding copies, never hard
 * links, of the data files and of the damaged files kept aside (see `backupFiles.ts`), plus a
 * manifest with its date, counts and the list of its files.
 *
 * A restore copies the backup's files aside and checks them against the manifest before it
 * changes anything, takes a 'before-restore' backup of the current data (never pruning the one
 * being restored), then puts the copies in place (see `backupRestore.ts`).
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BackupInfo, BackupReason } from '../../shared/api';
import { ServiceError } from '../../shared/errors';
import {
  BACKED_UP_FOLDERS,
  type Manifest,
  backupTime,
  copyWithoutLink,
  countAnnotations,
  exists,
  isBackedUp,
  isDataFile,
  manifestSchema,
  namesIn,
} from './backupFiles';
import { installStaged, stageBackup } from './backupRestore';
import { copyTrashFiles } from './backupTrash';
import type { DataPaths } from './dataLayout';
import { fileInside, isPlainId } from './safePaths';
import { explainWriteError } from './writeFailure';

/** How many backups of each reason are kept. */
export const BACKUPS_KEPT = 7;

/** Folder inside the data folder where a restore puts the backup's copies before using them. */
const STAGING = '.restore-staging';

/** What the user is told when today's backup could not be made: the library opens anyway. */
export function dailyBackupFailedNotice(error: unknown): string {
  const { why, todo } = explainWriteError(error);
  return `Today’s backup could not be made because ${why}. Your library opened normally and nothing in it was changed; Marginalia will try the backup again at its next start. ${todo}`;
}

export class Backups {
  /** Backups of this instance are made one at a time, so none removes another's unfinished folder. */
  private creating: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly paths: DataPaths,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Copies the current data into a new backup and prunes old ones of the same reason, never
   * the backup named `keep`. Folders left half-made by an earlier crash are removed first.
   */
  create(reason: BackupReason, keep?: string): Promise<BackupInfo> {
    const made = this.creating.then(() => this.make(reason, keep));
    this.creating = made.catch(() => undefined);
    return made;
  }

  private async make(reason: BackupReason, keep: string | undefined): Promise<BackupInfo> {
    const createdAt = this.now().toISOString();
    const id = `${createdAt.replace(/[:.]/g, '-')}-${reason}`;
    await mkdir(this.paths.backupsDir, { recursive: true });
    await this.removeHalfMade();
    const partial = path.join(this.paths.backupsDir, `.${id}.partial`);
    let info: BackupInfo;
    try {
      info = await this.fill(partial, { id, createdAt, reason, documentCount: 0, annotationCount: 0 });
    } catch (error) {
      await rm(partial, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    await this.prune(reason, keep);
    return info;
  }

  /** Copies the data into the `partial` folder, writes the manifest, then moves it in place as `base.id`. */
  private async fill(partial: string, base: BackupInfo): Promise<BackupInfo> {
    const files: { path: string; bytes: number }[] = [];
    let documentCount = 0;
    let annotationCount = 0;
    for (const folder of BACKED_UP_FOLDERS) {
      const from = path.join(this.paths.dataDir, folder);
      await mkdir(path.join(partial, folder), { recursive: true });
      for (const name of (await namesIn(from)).filter((n) => isBackedUp(folder, n))) {
        const relative = path.posix.join(folder, name);
        if (folder === 'annotations' && isDataFile(folder, name)) {
          // Read once and write the same bytes, so the count matches the copy exactly.
          const text = await readFile(path.join(from, name), 'utf8');
          await writeFile(path.join(partial, relative), text);
          annotationCount += countAnnotations(text);
        } else {
          await copyWithoutLink(path.join(from, name), path.join(partial, relative));
        }
        if (folder === 'documents' && isDataFile(folder, name)) documentCount++;
        files.push({ path: relative, bytes: (await stat(path.join(partial, relative))).size });
      }
    }
    // Deleted documents waiting in the trash are part of the user's data too.
    for (const relative of await copyTrashFiles(this.paths.dataDir, partial)) {
      files.push({ path: relative, bytes: (await stat(path.join(partial, relative))).size });
    }
    const info: BackupInfo = { ...base, documentCount, annotationCount };
    const manifest: Manifest = { ...info, files };
    await writeFile(path.join(partial, 'manifest.json'), JSON.stringify(manifest, null, 2));
    await rename(partial, path.join(this.paths.backupsDir, info.id));
    return info;
  }

  /** Removes `backups/.<id>.partial` folders left by a backup interrupted by a crash. */
  private async removeHalfMade(): Promise<void> {
    for (const name of await namesIn(this.paths.backupsDir)) {
      if (name.startsWith('.') && name.endsWith('.partial')) await rm(path.join(this.paths.backupsDir, name), { recursive: true, force: true });
    }
  }

  /** The manifests of all complete backups, newest first. */
  private async manifests(): Promise<Manifest[]> {
    let entries: string[];
    try {
      entries = await readdir(this.paths.backupsDir);
    } catch {
      return [];
    }
    const found: Manifest[] = [];
    for (const entry of entries.filter(isPlainId)) {
      try {
        const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path.join(this.paths.backupsDir, entry, 'manifest.json'), 'utf8')));
        if (parsed.success && parsed.data.id === entry) found.push(parsed.data);
      } catch {
        // A folder without a readable manifest is not a backup; leave it alone.
      }
    }
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** All complete backups, newest first. */
  async list(): Promise<BackupInfo[]> {
    return (await this.manifests()).map(({ files: _files, ...info }) => info);
  }

  /** Takes today's daily backup if there is none yet and there is data to back up. */
  async ensureDaily(): Promise<BackupInfo | null> {
    if (!(await exists(this.paths.library))) return null;
    const today = this.now().toISOString().slice(0, 10);
    const daily = (await this.list()).filter((b) => b.reason === 'daily');
    if (daily.some((b) => b.createdAt.slice(0, 10) === today)) return null;
    return this.create('daily');
  }

  /**
   * Replaces the current data with a backup's. The backup's files are copied aside and checked
   * against its manifest first (an incomplete backup is refused with DAMAGED_DATA and nothing
   * changes); then a 'before-restore' backup of the current data is taken, so a restore can
   * itself be undone. Damaged files kept aside in the data folder are left in place.
   * A bad id is INVALID_ARGUMENT, a missing backup NOT_FOUND, a failed write WRITE_FAILED.
   */
  async restore(id: string): Promise<BackupInfo> {
    const source = fileInside(this.paths.backupsDir, id);
    const manifest = (await this.manifests()).find((b) => b.id === id);
    if (!manifest) throw new ServiceError('NOT_FOUND', 'That backup no longer exists.');
    const { files: _files, ...backup } = manifest;
    const staging = path.join(this.paths.dataDir, STAGING);
    const explained = (error: unknown, what: string, kept: string): Error => {
      if (error instanceof ServiceError) return error;
      const { why, todo } = explainWriteError(error);
      return new ServiceError('WRITE_FAILED', `The backup from ${backupTime(backup)} ${what} because ${why}. ${kept} ${todo}`);
    };
    try {
      await rm(staging, { recursive: true, force: true });
      const staged = await stageBackup(source, staging, manifest).catch((error: unknown) => {
        throw explained(error, 'was not restored', 'Your library was not changed.');
      });
      await this.create('before-restore', id).catch((error: unknown) => {
        throw explained(error, 'was not restored: a safety backup of your library could not be made first', 'Your library was not changed.');
      });
      await installStaged(this.paths.dataDir, staging, staged).catch((error: unknown) => {
        throw explained(
          error,
          'was only partly restored',
          'Your library as it was just before is kept in the newest “before-restore” backup; restore that one, or this one again, once the problem is solved.',
        );
      });
    } finally {
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    }
    return backup;
  }

  private async prune(reason: BackupReason, keep: string | undefined): Promise<void> {
    const sameReason = (await this.list()).filter((b) => b.reason === reason && b.id !== keep);
    for (const stale of sameReason.slice(BACKUPS_KEPT)) {
      await rm(path.join(this.paths.backupsDir, stale.id), { recursive: true, force: true });
    }
  }
}
