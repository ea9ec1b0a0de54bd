/**
 * What a backup holds and how its files are copied: library.json, shares.json, documents/, annotations/, layers/, versions/
 * and the user's export templates in templates/,
 * with the damaged files kept aside in them (`*.unreadable-*`), and a manifest listing every
 * file with its size. Files are always copied (a copy-on-write clone where the file system can),
 * never hard-linked, so changing a live file can never change a backup, nor the other way round.
 */
import { constants } from 'node:fs';
import { copyFile, readdir, stat } from 'node:fs/promises';
import { z } from 'zod';
import type { BackupInfo } from '../../shared/api';

/** A backup's manifest.json. */
export const manifestSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.enum(['daily', 'before-migration', 'before-restore']),
  documentCount: z.number().int().min(0),
  annotationCount: z.number().int().min(0),
  /** Every file of the backup but the manifest, with its size; missing in backups of earlier versions. */
  files: z.array(z.object({ path: z.string(), bytes: z.number().int().min(0) })).optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** The folders of a data folder that a backup holds, relative to it ('' is the data folder itself). */
export const BACKED_UP_FOLDERS = ['', 'documents', 'annotations', 'layers', 'versions', 'templates'] as const;

/** Folders whose files a restore adds or replaces but never removes: the user's tools, not the library's data. */
export const KEPT_ON_RESTORE: ReadonlySet<BackedUpFolder> = new Set<BackedUpFolder>(['templates']);

/** The data files at the top of a data folder that a backup holds (profile.json is identity, never rolled back). */
const TOP_LEVEL_FILES: readonly string[] = ['library.json', 'shares.json'];
export type BackedUpFolder = (typeof BACKED_UP_FOLDERS)[number];

/** A data file of `folder`: library.json and shares.json at the top, `*.mustache` in templates/, `*.json` elsewhere; never temp or hidden files. */
export function isDataFile(folder: BackedUpFolder, name: string): boolean {
  if (name.startsWith('.')) return false;
  if (folder === 'templates') return name.endsWith('.mustache');
  return folder === '' ? TOP_LEVEL_FILES.includes(name) : name.endsWith('.json');
}

/** A damaged data file the app kept aside (`<name>.json.unreadable-<time>`). */
export function isKeptAside(folder: BackedUpFolder, name: string): boolean {
  if (name.startsWith('.')) return false;
  return folder === '' ? TOP_LEVEL_FILES.some((f) => name.startsWith(`${f}.unreadable-`)) : /\.json\.unreadable-/.test(name);
}

/** The files of `folder` a backup holds: its data files and the damaged files kept aside. */
export function isBackedUp(folder: BackedUpFolder, name: string): boolean {
  return isDataFile(folder, name) || isKeptAside(folder, name);
}

/** Names in `dir`, sorted (none when it does not exist). */
export async function namesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** True when `file` exists. */
export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Copies a file: a copy-on-write clone where the file system supports it, else a full copy; never a hard link. */
export async function copyWithoutLink(from: string, to: string): Promise<void> {
  await copyFile(from, to, constants.COPYFILE_FICLONE);
}

/** Number of annotations in the text of a highlights file (0 when it is not one). */
export function countAnnotations(text: string): number {
  try {
    const data = JSON.parse(text) as { annotations?: unknown };
    return Array.isArray(data.annotations) ? data.annotations.length : 0;
  } catch {
    return 0;
  }
}

/** A backup's time, for messages: "2026-11-01 09:00 UTC". */
export function backupTime(backup: Pick<BackupInfo, 'createdAt'>): string {
  return `${backup.createdAt.slice(0, 16).replace('T', ' ')} UTC`;
}
