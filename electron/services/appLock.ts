/**
 * The lock file that lets one process at a time write to a data folder (`marginalia.lock`).
 *
 * - Taken with an exclusive create (O_CREAT|O_EXCL, plus O_NOFOLLOW where the system has it),
 *   so two processes can never both create it and a symlink planted at its path is never
 *   followed or written through.
 * - Holds `{ pid, startedAt, token, holder, command?, host, processStart? }`; `token` is random
 *   and only the process that knows it releases the lock.
 * - A lock is stale when its process is gone, or when the pid is alive but belongs to another
 *   process (Linux: the start time in /proc/<pid>/stat, field 22, differs from `processStart`).
 *   Where the start time cannot be compared (no /proc, another computer, a lock from an older
 *   Marginalia), a live pid counts as holding the lock until the file has gone unrefreshed for
 *   `SILENT_AFTER_MS`; holders touch it every `HEARTBEAT_MS`.
 * - A stale lock is taken over by one process only (see `takeOver`), then a new lock is created
 *   exclusively: of several processes racing for a stale lock, one wins.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, readFileSync, unlinkSync } from 'node:fs';
import { link, lstat, lutimes, open, readlink, rename, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The lock file's name in the data folder. */
export const LOCK_FILE = 'marginalia.lock';
/** How often a holder refreshes the lock's modification time. */
export const HEARTBEAT_MS = 60_000;
/** Without a start time to compare, a lock not refreshed for this long is stale. */
export const SILENT_AFTER_MS = 10 * 60_000;
/** A lock file without readable content (being written) younger than this is still starting. */
export const STARTING_GRACE_MS = 5_000;

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** Who writes: the app for its lifetime, or one command of the command line. */
export type LockHolderKind = 'app' | 'cli';

/** The content of the lock file. */
export interface LockRecord {
  pid: number;
  /** When the lock was taken (ISO time). */
  startedAt: string;
  /** Random; proves ownership on release. Empty for locks written by older versions. */
  token: string;
  holder: LockHolderKind;
  /** The command line's command (`import`, `annotations import`). */
  command?: string;
  /** Host name of the holder's computer; pids are only compared on the same one. */
  host?: string;
  /** The holder's process start time as the OS reports it (Linux: /proc/<pid>/stat field 22). */
  processStart?: string;
}

/** What is known about the processes on this computer (injectable so the fallback can be tested). */
export interface ProcessProbe {
  isAlive(pid: number): boolean;
  /** The process's start time as an opaque string, or null when the OS does not say. */
  startOf(pid: number): string | null;
  host: string;
}

/** The lock as another process sees it. */
export type LockState =
  | { state: 'free' }
  | { state: 'held'; lock: LockRecord }
  | { state: 'starting' }
  | { state: 'stale'; fingerprint: string; why: string };

/** A lock this process holds. */
export interface HeldLock {
  readonly record: LockRecord;
  /** Removes the lock file if it is still ours (synchronous, so it can run at exit). */
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 (starttime, clock ticks after boot) of /proc/<pid>/stat, or null without /proc. */
export function linuxStartTime(pid: number): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command name) is in parentheses and may hold spaces; field 3 follows the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[22 - 3] ?? null;
  } catch {
    return null;
  }
}

/** The probe for this computer's real processes. */
export const systemProbe: ProcessProbe = { isAlive, startOf: linuxStartTime, host: os.hostname() };

function parseRecord(text: string): LockRecord | null {
  try {
    const raw = JSON.parse(text) as Partial<LockRecord> | null;
    if (!raw || typeof raw !== 'object' || typeof raw.pid !== 'number' || !Number.isInteger(raw.pid) || raw.pid <= 0) return null;
    return {
      pid: raw.pid,
      startedAt: typeof raw.startedAt === 'string' ? raw.startedAt : '',
      token: typeof raw.token === 'string' ? raw.token : '',
      // Older versions only locked from the app.
      holder: raw.holder === 'cli' ? 'cli' : 'app',
      ...(typeof raw.command === 'string' ? { command: raw.command } : {}),
      ...(typeof raw.host === 'string' ? { host: raw.host } : {}),
      ...(typeof raw.processStart === 'string' ? { processStart: raw.processStart } : {}),
    };
  } catch {
    return null;
  }
}

/**
 * Judges a lock file's content: held by a live process, still being written, or stale (with
 * why). `ageMs` is the time since the file was last refreshed.
 */
export function judgeLock(text: string, ageMs: number, probe: ProcessProbe = systemProbe): LockState {
  const record = parseRecord(text);
  if (!record) {
    return ageMs < STARTING_GRACE_MS ? { state: 'starting' } : { state: 'stale', fingerprint: text, why: 'the lock file holds no lock' };
  }
  const sameHost = record.host === undefined || record.host === probe.host;
  if (sameHost) {
    if (!probe.isAlive(record.pid)) return { state: 'stale', fingerprint: text, why: `process ${record.pid} has ended` };
    const start = record.processStart === undefined ? null : probe.startOf(record.pid);
    if (start !== null) {
      return start === record.processStart
        ? { state: 'held', lock: record }
        : { state: 'stale', fingerprint: text, why: `process ${record.pid} is another program now` };
    }
  }
  return ageMs < SILENT_AFTER_MS
    ? { state: 'held', lock: record }
    : { state: 'stale', fingerprint: text, why: `the lock was not refreshed for ${Math.round(ageMs / 60_000)} minutes` };
}

/** The lock file's content without following a symlink; a symlink or other non-file is named as such. */
async function readLockFile(file: string): Promise<{ text: string; ageMs: number } | null> {
  try {
    const info = await lstat(file);
    if (info.isSymbolicLink()) return { text: `symlink to ${await readlink(file)}`, ageMs: Infinity };
    if (!info.isFile()) return { text: `not a file (mode ${info.mode.toString(8)})`, ageMs: Infinity };
    const handle = await open(file, constants.O_RDONLY | NOFOLLOW);
    try {
      return { text: await handle.readFile('utf8'), ageMs: Date.now() - info.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** How the lock of a data folder looks now (no lock is taken). */
export async function inspectLock(dataDir: string, probe: ProcessProbe = systemProbe): Promise<LockState> {
  const read = await readLockFile(path.join(dataDir, LOCK_FILE));
  return read === null ? { state: 'free' } : judgeLock(read.text, read.ageMs, probe);
}

/** Moves a non-file (a planted symlink) aside; what turns out not to be the judged thing is put back. */
async function moveAsideChecked(file: string, fingerprint: string): Promise<void> {
  const aside = `${file}.stale-${randomUUID()}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readLockFile(aside);
  if (moved?.text !== fingerprint) await link(aside, file).catch(() => {});
  await unlink(aside).catch(() => {});
}

/** A takeover marker left by a process that died during its takeover (it takes milliseconds). */
async function clearAbandoned(marker: string): Promise<void> {
  const info = await lstat(marker).catch(() => null);
  // Linking changed the inode's ctime; a stale lock's inode is touched by nothing else.
  if (info && Date.now() - info.ctimeMs > STARTING_GRACE_MS) await unlink(marker).catch(() => {});
}

/**
 * Removes a stale lock so that a new one can be created exclusively. Whoever hard-links the
 * lock to `<lock>.takeover-<fingerprint>` first (an exclusive create) is the only process
 * allowed to remove that stale lock; it checks through the link that it linked the stale file
 * and not a fresh lock that replaced it. Without hard links (some USB or network file
 * systems) and for a planted symlink, the lock is renamed aside and checked instead.
 */
async function takeOver(file: string, fingerprint: string): Promise<void> {
  const info = await lstat(file).catch(() => null);
  if (info === null) return;
  if (!info.isFile()) return moveAsideChecked(file, fingerprint);
  const marker = `${file}.takeover-${createHash('sha256').update(fingerprint).digest('hex').slice(0, 16)}`;
  try {
    await link(file, marker);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'EEXIST') return clearAbandoned(marker);
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return moveAsideChecked(file, fingerprint);
    throw error;
  }
  try {
    if ((await readLockFile(marker))?.text === fingerprint) await unlink(file).catch(() => {});
  } finally {
    await unlink(marker).catch(() => {});
  }
}

async function createExclusive(file: string, record: LockRecord): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(record));
  } finally {
    await handle.close();
  }
  return true;
}

/** Whether the lock file is still this token's, read without following symlinks. */
function ownedSync(file: string, token: string): boolean {
  try {
    if (!lstatSync(file).isFile()) return false;
    const fd = openSync(file, constants.O_RDONLY | NOFOLLOW);
    try {
      return parseRecord(readFileSync(fd, 'utf8'))?.token === token;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

function holding(file: string, record: LockRecord): HeldLock {
  const heartbeat = setInterval(() => {
    if (ownedSync(file, record.token)) void lutimes(file, new Date(), new Date()).catch(() => {});
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return {
    record,
    release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      if (ownedSync(file, record.token)) {
        try {
          unlinkSync(file);
        } catch {
          // Already gone.
        }
      }
    },
  };
}

/** Who wants the lock. */
export interface LockRequest {
  holder: LockHolderKind;
  command?: string;
}

/** The outcome of one attempt: the lock, a live holder, or a lock still being written. */
export type LockAttempt = { acquired: HeldLock } | { heldBy: LockRecord } | { starting: true };

/**
 * One attempt to take the data folder's lock: creates it exclusively, taking over a stale one.
 * Does not wait; `openLibraryAccess` decides whether to wait and what to tell the user.
 */
export async function tryAcquireLock(dataDir: string, request: LockRequest, probe: ProcessProbe = systemProbe): Promise<LockAttempt> {
  const file = path.join(dataDir, LOCK_FILE);
  const processStart = probe.startOf(process.pid);
  const record: LockRecord = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    token: randomUUID(),
    holder: request.holder,
    ...(request.command !== undefined ? { command: request.command } : {}),
    host: probe.host,
    ...(processStart !== null ? { processStart } : {}),
  };
  // A few rounds: a lock that vanishes or is taken over between two steps is looked at again.
  for (let round = 0; round < 5; round++) {
    if (await createExclusive(file, record)) return { acquired: holding(file, record) };
    const state = await inspectLock(dataDir, probe);
    if (state.state === 'held') return { heldBy: state.lock };
    if (state.state === 'starting') return { starting: true };
    if (state.state === 'stale') await takeOver(file, state.fingerprint);
  }
  return { starting: true };
}
