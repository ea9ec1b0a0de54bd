/**
 * The data folder's lock file on real temp folders and real processes: exclusive creation,
 * symlinks never followed, staleness (ended process, reused pid, the fallback without start
 * times), token-checked release, and one winner when processes race for a stale lock.
 */
import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import { lstat, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  LOCK_FILE,
  SILENT_AFTER_MS,
  STARTING_GRACE_MS,
  judgeLock,
  linuxStartTime,
  tryAcquireLock,
  type HeldLock,
  type LockAttempt,
  type ProcessProbe,
} from '../../../../electron/services/appLock';
import { useTempDirs } from '../../../support/tempDir';

const CONTENDER = path.resolve(__dirname, '../../../support/lockContender.ts');
const tempDir = useTempDirs();

function acquired(attempt: LockAttempt): HeldLock {
  if (!('acquired' in attempt)) throw new Error(`expected the lock, got ${JSON.stringify(attempt)}`);
  return attempt.acquired;
}

async function lockText(dataDir: string): Promise<string> {
  return readFile(path.join(dataDir, LOCK_FILE), 'utf8');
}

/** Starts tests/support/lockContender.ts on `dataDir`: resolves `ready` once loaded, `answer` with "won" or "lost", `closed` when it has exited. */
function startContender(dataDir: string): { child: ChildProcessByStdio<Writable, Readable, null>; ready: Promise<void>; answer: Promise<string>; closed: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CONTENDER, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const next = () => new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('error', reject);
    child.once('close', (code) => reject(new Error(`lock contender exited early (code ${code})`)));
  });
  const ready = next().then((line) => {
    if (line !== 'ready') throw new Error(`lock contender said “${line}” instead of ready`);
  });
  const answer = ready.then(next);
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return { child, ready, answer, closed };
}

/** A pid no process has any more: a child that has exited (and been reaped). */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid;
}

describe('the lock file', () => {
  it('is created exclusively: a second acquire fails while it is held, and succeeds after release', async () => {
    const data = await tempDir();
    const first = acquired(await tryAcquireLock(data, { holder: 'cli', command: 'import' }));
    expect(JSON.parse(await lockText(data))).toEqual({
      pid: process.pid,
      startedAt: expect.any(String),
      token: first.record.token,
      holder: 'cli',
      command: 'import',
      host: os.hostname(),
      ...(process.platform === 'linux' ? { processStart: linuxStartTime(process.pid) } : {}),
    });
    const second = await tryAcquireLock(data, { holder: 'app' });
    expect(second).toEqual({ heldBy: expect.objectContaining({ pid: process.pid, token: first.record.token, holder: 'cli' }) });
    first.release();
    await expect(readdir(data)).resolves.toEqual([]);
    acquired(await tryAcquireLock(data, { holder: 'app' })).release();
  });

  it('never follows or writes through a symlink planted at the lock path', async () => {
    const data = await tempDir();
    const victim = path.join(data, 'victim.json');
    await writeFile(victim, 'precious');
    await symlink(victim, path.join(data, LOCK_FILE));
    const lock = acquired(await tryAcquireLock(data, { holder: 'app' }));
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect((await lstat(path.join(data, LOCK_FILE))).isSymbolicLink()).toBe(false);
    expect(JSON.parse(await lockText(data))).toMatchObject({ token: lock.record.token });
    lock.release();
    expect(await readFile(victim, 'utf8')).toBe('precious');

    // A dangling link is not followed either: its target is never created.
    const missing = path.join(data, 'created-through-link.json');
    await symlink(missing, path.join(data, LOCK_FILE));
    acquired(await tryAcquireLock(data, { holder: 'cli' })).release();
    await expect(lstat(missing)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('takes over a lock whose process has ended', async () => {
    const data = await tempDir();
    const pid = endedPid();
    await writeFile(path.join(data, LOCK_FILE), JSON.stringify({ pid, startedAt: '2020-01-01T00:00:00Z', token: 'old', holder: 'app', host: os.hostname() }));
    const lock = acquired(await tryAcquireLock(data, { holder: 'cli' }));
    expect(JSON.parse(await lockText(data))).toMatchObject({ pid: process.pid, token: lock.record.token });
    lock.release();
    // Nothing was left behind by the takeover.
    expect(await readdir(data)).toEqual([]);
  });

  it.runIf(process.platform === 'linux')('takes over a lock whose pid is alive but belongs to another process (pid reuse)', async () => {
    const data = await tempDir();
    const live = process.ppid;
    const reused = { pid: live, startedAt: '2020-01-01T00:00:00Z', token: 'old', holder: 'app', host: os.hostname(), processStart: '1' };
    await writeFile(path.join(data, LOCK_FILE), JSON.stringify(reused));
    acquired(await tryAcquireLock(data, { holder: 'cli' })).release();

    // The same live pid with its real start time is a holder, and is left alone.
    const real = { ...reused, processStart: linuxStartTime(live) };
    await writeFile(path.join(data, LOCK_FILE), JSON.stringify(real));
    expect(await tryAcquireLock(data, { holder: 'cli' })).toEqual({ heldBy: expect.objectContaining({ pid: live, token: 'old' }) });
    expect(JSON.parse(await lockText(data))).toEqual(real);
  });

  it('releases only a lock that still carries its token', async () => {
    const data = await tempDir();
    const lock = acquired(await tryAcquireLock(data, { holder: 'cli' }));
    const someoneElse = JSON.stringify({ ...lock.record, token: 'someone-else' });
    await writeFile(path.join(data, LOCK_FILE), someoneElse);
    lock.release();
    expect(await lockText(data)).toBe(someoneElse);
  });

  it('lets exactly one of many in-process attempts win a stale lock', async () => {
    const data = await tempDir();
    const ended = endedPid();
    for (let round = 0; round < 20; round++) {
      await writeFile(path.join(data, LOCK_FILE), JSON.stringify({ pid: ended, startedAt: '', token: `stale-${round}`, holder: 'app', host: os.hostname() }));
      const attempts = await Promise.all(Array.from({ length: 8 }, () => tryAcquireLock(data, { holder: 'cli' })));
      const winners = attempts.filter((a) => 'acquired' in a);
      expect(winners, `round ${round}`).toHaveLength(1);
      expect(JSON.parse(await lockText(data)).token).toBe(acquired(winners[0]!).record.token);
      acquired(winners[0]!).release();
      expect(await readdir(data), `round ${round}: nothing left behind`).toEqual([]);
    }
  });

  it('lets exactly one of several processes started together win a stale lock', async () => {
    const data = await tempDir();
    await writeFile(path.join(data, LOCK_FILE), JSON.stringify({ pid: endedPid(), startedAt: '', token: 'stale', holder: 'app', host: os.hostname() }));
    const contenders = Array.from({ length: 4 }, () => startContender(data));
    await Promise.all(contenders.map((c) => c.ready));
    // Every contender is loaded and waiting: all of them try at the same moment, shortly after.
    const startAt = String(Date.now() + 100);
    for (const c of contenders) c.child.stdin.write(`${startAt}\n`);
    const results = await Promise.all(contenders.map((c) => c.answer));
    // Only now may the winner let go, so every loser found the lock held.
    for (const c of contenders) c.child.stdin.end();
    await Promise.all(contenders.map((c) => c.closed));
    expect(results.sort()).toEqual(['lost', 'lost', 'lost', 'won']);
    expect(await readdir(data)).toEqual([]);
  });
});

describe('judging a lock', () => {
  const here: ProcessProbe = { isAlive: (pid) => pid === 4242, startOf: (pid) => (pid === 4242 ? '777' : null), host: 'this-computer' };
  const withoutStartTimes: ProcessProbe = { ...here, startOf: () => null };
  const lock = (fields: object) => JSON.stringify({ pid: 4242, startedAt: '', token: 't', holder: 'app', host: 'this-computer', ...fields });

  it('compares start times where the system gives them', () => {
    expect(judgeLock(lock({ processStart: '777' }), 0, here)).toMatchObject({ state: 'held' });
    expect(judgeLock(lock({ processStart: '778' }), 0, here)).toMatchObject({ state: 'stale', why: 'process 4242 is another program now' });
    expect(judgeLock(lock({ pid: 99, processStart: '777' }), 0, here)).toMatchObject({ state: 'stale', why: 'process 99 has ended' });
  });

  it('falls back to a live pid and an age bound without start times (other systems, other computers, older locks)', () => {
    expect(judgeLock(lock({ processStart: '777' }), 0, withoutStartTimes)).toMatchObject({ state: 'held' });
    expect(judgeLock(lock({ processStart: '777' }), SILENT_AFTER_MS + 1, withoutStartTimes)).toMatchObject({ state: 'stale' });
    // A lock from another computer: its pid means nothing here, only its age does.
    expect(judgeLock(lock({ pid: 99, host: 'other-computer' }), 60_000, here)).toMatchObject({ state: 'held' });
    expect(judgeLock(lock({ pid: 99, host: 'other-computer' }), SILENT_AFTER_MS + 1, here)).toMatchObject({ state: 'stale' });
    // A lock written by an older Marginalia ({ pid } only) counts as the app's.
    expect(judgeLock(JSON.stringify({ pid: 4242 }), 0, here)).toMatchObject({ state: 'held', lock: { holder: 'app', token: '' } });
  });

  it('waits for a lock file still being written, and takes over one that stays empty', () => {
    expect(judgeLock('', 10, here)).toEqual({ state: 'starting' });
    expect(judgeLock('{"pid":', STARTING_GRACE_MS + 1, here)).toMatchObject({ state: 'stale' });
  });
});
