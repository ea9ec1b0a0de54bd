import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Creates `folder` if it is missing, but not its parents: a data folder that has gone (an
 * unplugged drive, a deleted folder) makes the write fail rather than quietly start a new,
 * empty data folder somewhere else.
 */
async function ensureOwnFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Writes `data` to `file` so that readers see either the old or the new content, never a
 * torn file: write a temporary file beside it, flush it to disk, then rename it over the target.
 * The file's own folder is created if missing; its parent must exist. Rejects with the
 * system's error (its `code` says why); the old file is then unchanged.
 */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  await ensureOwnFolder(path.dirname(file));
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
