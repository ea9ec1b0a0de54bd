/**
 * The trash in backups. A backup holds every trash entry (`trash/<entry>/<file>`, plain-id
 * folders, their `.json` files), listed in its manifest like every other file. Restoring a
 * backup adds the entries it holds that the live trash does not have, and keeps the live
 * entries as they are: nothing in the trash is ever deleted by a restore.
 */
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { copyWithoutLink, exists, namesIn } from './backupFiles';
import { isPlainId } from './safePaths';

/** The trash folder's name in a data folder and in a backup. */
export const TRASH_FOLDER = 'trash';

/** A file of a trash entry a backup holds: a `.json` file, never a hidden or temporary one. */
function isTrashFile(name: string): boolean {
  return name.endsWith('.json') && !name.startsWith('.');
}

/** The trash files under `root` (a data folder or a backup), as `trash/<entry>/<name>` paths. */
export async function trashFilesIn(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of (await namesIn(path.join(root, TRASH_FOLDER))).filter(isPlainId)) {
    for (const name of (await namesIn(path.join(root, TRASH_FOLDER, entry))).filter(isTrashFile)) files.push(path.posix.join(TRASH_FOLDER, entry, name));
  }
  return files;
}

/** Copies the trash files under `from` to the same paths under `to` (never links); resolves with their paths. */
export async function copyTrashFiles(from: string, to: string): Promise<string[]> {
  const files = await trashFilesIn(from);
  for (const relative of files) {
    await mkdir(path.dirname(path.join(to, relative)), { recursive: true });
    await copyWithoutLink(path.join(from, relative), path.join(to, relative));
  }
  return files;
}

/** Moves the staged trash entries the live trash of `dataDir` does not have into it; live entries are kept. */
export async function installStagedTrash(dataDir: string, staging: string, files: readonly string[]): Promise<void> {
  const entries = [...new Set(files.map((f) => f.split('/')[1]!))];
  await mkdir(path.join(dataDir, TRASH_FOLDER), { recursive: true });
  for (const entry of entries) {
    const live = path.join(dataDir, TRASH_FOLDER, entry);
    if (await exists(live)) continue;
    await rename(path.join(staging, TRASH_FOLDER, entry), live);
  }
}
