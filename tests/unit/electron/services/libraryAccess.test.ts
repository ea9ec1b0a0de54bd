/**
 * Who may write to a data folder: the decision of openLibraryAccess on real temp folders with
 * real locks, and the read-only reason reaching the user through the services.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, tryAcquireLock, type HeldLock } from '../../../../electron/services/appLock';
import { createServices } from '../../../../electron/services/createServices';
import { openLibraryAccess } from '../../../../electron/services/libraryAccess';
import { useTempDirs } from '../../../support/tempDir';

const SAMPLES = path.resolve(__dirname, '../../../../assets/samples');
const tempDir = useTempDirs();

async function holdLock(dataDir: string, holder: 'app' | 'cli'): Promise<HeldLock> {
  const attempt = await tryAcquireLock(dataDir, { holder, command: 'import' });
  if (!('acquired' in attempt)) throw new Error('the test could not take the lock');
  return attempt.acquired;
}

describe('openLibraryAccess', () => {
  it('gives a writer the lock for its session and takes it back on release', async () => {
    const data = await tempDir();
    const access = await openLibraryAccess({ dataDir: data, want: 'write', holder: 'cli', command: 'import' });
    expect(access).toMatchObject({ readOnly: false, reason: null, heldBy: null });
    expect(await readdir(data)).toEqual([LOCK_FILE]);
    access.release();
    access.release();
    expect(await readdir(data)).toEqual([]);
  });

  it('opens readers read-only without a lock, naming a writer that holds one', async () => {
    const data = await tempDir();
    const alone = await openLibraryAccess({ dataDir: data, want: 'read', holder: 'cli' });
    expect(alone).toMatchObject({ readOnly: true, reason: 'This command only reads the library.' });
    expect(await readdir(data)).toEqual([]);
    const writer = await holdLock(data, 'cli');
    const reader = await openLibraryAccess({ dataDir: data, want: 'read', holder: 'cli' });
    expect(reader.reason).toBe(`A Marginalia command (import, pid ${process.pid}) is changing this library; this command only reads it.`);
    reader.release();
    expect(await readdir(data)).toEqual([LOCK_FILE]);
    writer.release();
  });

  it('refuses a command at once while the app holds the library', async () => {
    const data = await tempDir();
    const appLock = await holdLock(data, 'app');
    const access = await openLibraryAccess({ dataDir: data, want: 'write', holder: 'cli', command: 'import', waitMs: 60_000 });
    expect(access).toMatchObject({
      readOnly: true,
      reason: `The Marginalia app has this library open (process ${process.pid}). Close it, then run the command again.`,
      heldBy: { holder: 'app', token: appLock.record.token },
    });
    appLock.release();
  });

  it('lets a command wait for another command, and refuses when it does not finish in time', async () => {
    const data = await tempDir();
    const first = await holdLock(data, 'cli');
    setTimeout(() => first.release(), 300);
    const waited = await openLibraryAccess({ dataDir: data, want: 'write', holder: 'cli', command: 'annotations import', waitMs: 10_000, pollMs: 20 });
    expect(waited).toMatchObject({ readOnly: false });
    const refused = await openLibraryAccess({ dataDir: data, want: 'write', holder: 'cli', command: 'import', waitMs: 200, pollMs: 20 });
    expect(refused.reason).toBe(
      `Another Marginalia command (annotations import, pid ${process.pid}) is still changing this library, so nothing was changed. Run the command again when it has finished.`,
    );
    waited.release();
  });

  it('opens the app read-only when a command keeps the lock, and tells the user why at start-up', async () => {
    const data = await tempDir();
    const command = await holdLock(data, 'cli');
    const access = await openLibraryAccess({ dataDir: data, want: 'write', holder: 'app', waitMs: 200, pollMs: 20 });
    const expected = `A Marginalia command (import, pid ${process.pid}) is changing your library, so it is open read-only. Restart Marginalia when it has finished.`;
    expect(access).toMatchObject({ readOnly: true, reason: expected });
    const services = await createServices({
      dataDir: data,
      samplesDir: SAMPLES,
      readOnly: true,
      readOnlyReason: access.reason!,
      startupNotice: access.reason!,
    });
    // The notice is about the lock, not damaged files: read-only, and no backup is offered.
    expect(await services.getStatus({})).toMatchObject({ readOnly: true, offerRestore: false });
    expect((await services.getStatus({})).notices).toContain(expected);
    await expect(services.deleteTag({ tag: 'x' })).rejects.toThrow(expected);
    expect(await readdir(data)).toEqual([LOCK_FILE]);
    command.release();
  });

  it('opens the app read-only at once when another copy of the app holds the library', async () => {
    const data = await tempDir();
    const other = await holdLock(data, 'app');
    const access = await openLibraryAccess({ dataDir: data, want: 'write', holder: 'app', waitMs: 60_000 });
    expect(access.reason).toBe(
      `Another copy of Marginalia (process ${process.pid}) has your library open, so it is open read-only here. Close that copy, then restart Marginalia to make changes.`,
    );
    other.release();
  });
});
