/**
 * Backups of the whole data folder: taken daily (the last 7 kept), before any migration and
 * before a restore. A backup is a folder under backups/ with copies of library.json,
 * documents/ and annotations/, plus a manifest with its date and counts. Document files are
 * written once and never changed, so they are hard-linked where the file system allows.
 */
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { BackupInfo, BackupReason } from '../../shared/api';
import type { DataPaths } from './dataLayout';

/** How many backups of each reason are kept. */
export const BACKUPS_KEPT = 7;

const manifestSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.enum(['daily', 'before-migration', 'before-restore']),
  documentCount: z.number().int().min(0),
  annotationCount: z.number().int().min(0),
});

/** Data files in a folder: `*.json`, leaving out temp files and files kept aside as damaged. */
async function dataFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.json') && !f.startsWith('.'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}

function countAnnotations(text: string): number {
  try {
    const data = JSON.parse(text) as { annotations?: unknown };
    return Array.isArray(data.annotations) ? data.annotations.length : 0;
  } catch {
    return 0;
  }
}

export class Backups {
  constructor(
    private readonly paths: DataPaths,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Copies the current data into a new backup and prunes old ones of the same reason. */
  async create(reason: BackupReason): Promise<BackupInfo> {
    const createdAt = this.now().toISOString();
    const id = `${createdAt.replace(/[:.]/g, '-')}-${reason}`;
    const partial = path.join(this.paths.backupsDir, `.${id}.partial`);
    await rm(partial, { recursive: true, force: true });
    await mkdir(path.join(partial, 'documents'), { recursive: true });
    await mkdir(path.join(partial, 'annotations'), { recursive: true });
    if (await exists(this.paths.library)) await copyFile(this.paths.library, path.join(partial, 'library.json'));
    const documents = await dataFiles(this.paths.documentsDir);
    for (const file of documents) await linkOrCopy(path.join(this.paths.documentsDir, file), path.join(partial, 'documents', file));
    let annotationCount = 0;
    for (const file of await dataFiles(this.paths.annotationsDir)) {
      // Read once and write the same bytes, so the count matches the copy exactly.
      const text = await readFile(path.join(this.paths.annotationsDir, file), 'utf8');
      await writeFile(path.join(partial, 'annotations', file), text);
      annotationCount += countAnnotations(text);
    }
    const info: BackupInfo = { id, createdAt, reason, documentCount: documents.length, annotationCount };
    await writeFile(path.join(partial, 'manifest.json'), JSON.stringify(info, null, 2));
    await rename(partial, path.join(this.paths.backupsDir, id));
    await this.prune(reason);
    return info;
  }

  /** All complete backups, newest first. */
  async list(): Promise<BackupInfo[]> {
    let entries: string[];
    try {
      entries = await readdir(this.paths.backupsDir);
    } catch {
      return [];
    }
    const infos: BackupInfo[] = [];
    for (const entry of entries.filter((e) => !e.startsWith('.'))) {
      try {
        const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path.join(this.paths.backupsDir, entry, 'manifest.json'), 'utf8')));
        if (parsed.success && parsed.data.id === entry) infos.push(parsed.data);
      } catch {
        // A folder without a readable manifest is not a backup; leave it alone.
      }
    }
    return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
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
   * Replaces the current data with a backup's. A 'before-restore' backup of the current data
   * is taken first, so a restore can itself be undone.
   */
  async restore(id: string): Promise<BackupInfo> {
    const backup = (await this.list()).find((b) => b.id === id);
    if (!backup) throw new Error(`No backup ${id}`);
    const source = path.join(this.paths.backupsDir, id);
    await this.create('before-restore');
    const staging = path.join(this.paths.dataDir, '.restore-staging');
    const old = path.join(this.paths.dataDir, '.restore-old');
    await rm(staging, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
    for (const dir of ['documents', 'annotations']) {
      await mkdir(path.join(staging, dir), { recursive: true });
      for (const file of await dataFiles(path.join(source, dir))) {
        await linkOrCopy(path.join(source, dir, file), path.join(staging, dir, file));
      }
    }
    await mkdir(old, { recursive: true });
    for (const dir of ['documents', 'annotations']) {
      if (await exists(path.join(this.paths.dataDir, dir))) await rename(path.join(this.paths.dataDir, dir), path.join(old, dir));
      await rename(path.join(staging, dir), path.join(this.paths.dataDir, dir));
    }
    if (await exists(path.join(source, 'library.json'))) {
      await copyFile(path.join(source, 'library.json'), path.join(staging, 'library.json'));
      await rename(path.join(staging, 'library.json'), this.paths.library);
    } else {
      await rm(this.paths.library, { force: true });
    }
    await rm(staging, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
    return backup;
  }

  private async prune(reason: BackupReason): Promise<void> {
    const sameReason = (await this.list()).filter((b) => b.reason === reason);
    for (const stale of sameReason.slice(BACKUPS_KEPT)) {
      await rm(path.join(this.paths.backupsDir, stale.id), { recursive: true, force: true });
    }
  }
}
