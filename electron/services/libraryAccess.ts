/**
 * One rule for who may write to a data folder: a process that writes holds the lock
 * (`appLock.ts`) for its whole write session, the app for its lifetime and the command line for
 * one command. Readers take no lock and open the library read-only.
 *
 * | wants             | lock held by a command            | lock held by the app        |
 * |-------------------|-----------------------------------|-----------------------------|
 * | the app, to write | waits up to 15 s, then read-only  | read-only at once           |
 * | a command, write  | waits up to 10 s, then refuses    | refuses at once             |
 * | anyone, to read   | read-only, no lock                | read-only, no lock          |
 */
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { inspectLock, tryAcquireLock, type LockHolderKind, type LockRecord, STARTING_GRACE_MS } from './appLock';

/** How long the app waits for a command to finish before opening read-only. */
export const APP_WAIT_MS = 15_000;
/** How long a command waits for another command to finish before refusing. */
export const CLI_WAIT_MS = 10_000;

/** What a process asks of the data folder. */
export interface LibraryAccessRequest {
  dataDir: string;
  want: 'write' | 'read';
  holder: LockHolderKind;
  /** The command line's command, shown to whoever finds the lock (`import`, `annotations import`). */
  command?: string;
  /** How long to wait for a command holding the lock (default: 15 s for the app, 10 s for a command). */
  waitMs?: number;
  /** How often to look again while waiting. */
  pollMs?: number;
}

/** What the process may do, and why not when it may only read. */
export interface LibraryAccess {
  readOnly: boolean;
  /** A sentence for the user saying why the library is read-only; null when it is writable. */
  reason: string | null;
  /** The lock holder that made it read-only, if one did. */
  heldBy: LockRecord | null;
  /** Gives the lock back if this process took it (synchronous: safe at exit; idempotent). */
  release(): void;
}

const nothingToRelease = (): void => {};

function where(lock: LockRecord): string {
  return lock.host !== undefined && lock.host !== os.hostname() ? ` on ${lock.host}` : '';
}

/** "a Marginalia command (import, pid 1234)" or "the Marginalia app (process 1234)". */
function describe(lock: LockRecord): string {
  return lock.holder === 'cli'
    ? `a Marginalia command (${lock.command ?? 'unknown'}, pid ${lock.pid}${where(lock)})`
    : `the Marginalia app (process ${lock.pid}${where(lock)})`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The sentence for a writer that did not get the lock. */
function refusal(request: LibraryAccessRequest, lock: LockRecord | null): string {
  if (request.holder === 'app') {
    if (lock === null) {
      return 'Another Marginalia process is changing your library, so it is open read-only. Restart Marginalia when it has finished.';
    }
    if (lock.holder === 'cli') {
      return `${capitalised(describe(lock))} is changing your library, so it is open read-only. Restart Marginalia when it has finished.`;
    }
    return `Another copy of Marginalia (process ${lock.pid}${where(lock)}) has your library open, so it is open read-only here. Close that copy, then restart Marginalia to make changes.`;
  }
  if (lock === null) return 'Another Marginalia process is changing this library, so nothing was changed. Run the command again when it has finished.';
  if (lock.holder === 'app') return `The Marginalia app has this library open (process ${lock.pid}${where(lock)}). Close it, then run the command again.`;
  return `Another Marginalia command (${lock.command ?? 'unknown'}, pid ${lock.pid}${where(lock)}) is still changing this library, so nothing was changed. Run the command again when it has finished.`;
}

async function forReading(dataDir: string): Promise<LibraryAccess> {
  const state = await inspectLock(dataDir);
  const heldBy = state.state === 'held' ? state.lock : null;
  return {
    readOnly: true,
    reason: heldBy
      ? `${capitalised(describe(heldBy))} is changing this library; this command only reads it.`
      : 'This command only reads the library.',
    heldBy,
    release: nothingToRelease,
  };
}

/**
 * Opens a data folder for writing (taking the lock, waiting for a command that holds it) or for
 * reading (no lock). Never throws for a held lock: a writer that did not get it comes back
 * read-only with the reason, and the command line refuses with that sentence.
 */
export async function openLibraryAccess(request: LibraryAccessRequest): Promise<LibraryAccess> {
  if (request.want === 'read') return forReading(request.dataDir);
  // A writer may be the first to use a new data folder (`marginalia import … --data new-folder`).
  await mkdir(request.dataDir, { recursive: true });
  const waitMs = request.waitMs ?? (request.holder === 'app' ? APP_WAIT_MS : CLI_WAIT_MS);
  const pollMs = request.pollMs ?? 100;
  const started = Date.now();
  let last: LockRecord | null = null;
  for (;;) {
    const attempt = await tryAcquireLock(request.dataDir, {
      holder: request.holder,
      ...(request.command !== undefined ? { command: request.command } : {}),
    });
    if ('acquired' in attempt) return { readOnly: false, reason: null, heldBy: null, release: attempt.acquired.release };
    const elapsed = Date.now() - started;
    if ('heldBy' in attempt) {
      last = attempt.heldBy;
      // Only a command is waited for: it finishes by itself; an app holds the lock until closed.
      if (attempt.heldBy.holder === 'app' || elapsed >= waitMs) {
        return { readOnly: true, reason: refusal(request, last), heldBy: last, release: nothingToRelease };
      }
    } else if (elapsed >= Math.max(waitMs, STARTING_GRACE_MS + pollMs)) {
      // A lock file still being written after the grace period is judged stale, so this is rare.
      return { readOnly: true, reason: refusal(request, last), heldBy: last, release: nothingToRelease };
    }
    await sleep(pollMs);
  }
}
