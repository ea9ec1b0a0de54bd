/**
 * The lock the app holds on its data folder while it runs, so the command line does not write
 * to a library the app has open. A lock whose process is gone is stale and ignored.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'marginalia.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of the running app holding the data folder, or null when none does. */
export async function lockHolder(dataDir: string): Promise<number | null> {
  try {
    const { pid } = JSON.parse(await readFile(path.join(dataDir, LOCK_FILE), 'utf8')) as { pid?: unknown };
    return typeof pid === 'number' && pid !== process.pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock for this process; returns a function that releases it (safe to call at exit). */
export async function acquireAppLock(dataDir: string): Promise<() => void> {
  const file = path.join(dataDir, LOCK_FILE);
  await writeFile(file, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
  return () => rmSync(file, { force: true });
}

/** Removes the lock file if this process holds it. */
export async function releaseAppLock(dataDir: string): Promise<void> {
  const file = path.join(dataDir, LOCK_FILE);
  const held = await readFile(file, 'utf8').catch(() => null);
  if (held && (JSON.parse(held) as { pid?: number }).pid === process.pid) await rm(file, { force: true });
}
