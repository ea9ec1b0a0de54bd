/**
 * Backups never block opening: a daily backup that cannot be made becomes a notice and the
 * library opens anyway; a backup folder left half-made by a crash is removed at the next backup.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backups } from '../../../../electron/services/backups';
import { createServices } from '../../../../electron/services/createServices';
import { dataPaths } from '../../../../electron/services/dataLayout';
import { useTempDirs } from '../../../support/tempDir';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const tempDir = useTempDirs();

function start(dataDir: string, now = () => new Date('2026-11-01T09:00:00.000Z')) {
  return createServices({ dataDir, samplesDir: SAMPLES_DIR, now });
}

describe('a daily backup that fails', () => {
  it('opens the library anyway and tells the user', async () => {
    const dataDir = await tempDir();
    const first = await start(dataDir);
    const [doc] = await first.listDocuments({});
    await first.createAnnotation({ documentId: doc!.id, start: 0, end: 9, color: 'blue', note: '', tags: [] });
    await rm(path.join(dataDir, 'backups'), { recursive: true, force: true });
    await writeFile(path.join(dataDir, 'backups'), 'a file where the backups folder should be');

    const services = await start(dataDir);
    expect(await services.listDocuments({})).toHaveLength(3);
    expect((await services.listAnnotations({ documentId: doc!.id })).annotations).toHaveLength(1);
    const { notices } = await services.getStatus({});
    expect(notices.join(' ')).toMatch(/Today’s backup could not be made.*Your library opened normally/s);
    // The library still works.
    await services.createAnnotation({ documentId: doc!.id, start: 10, end: 20, color: 'pink', note: '', tags: [] });
  });
});

describe('half-made backups', () => {
  it('are removed at the next backup', async () => {
    const dataDir = await tempDir();
    await start(dataDir);
    const backupsDir = path.join(dataDir, 'backups');
    const stale = path.join(backupsDir, '.2026-10-30T09-00-00-000Z-daily.partial');
    await mkdir(path.join(stale, 'documents'), { recursive: true });
    await writeFile(path.join(stale, 'documents', 'd1.json'), '{}');
    await writeFile(path.join(backupsDir, 'notes.txt'), 'a file of the user');

    const info = await new Backups(dataPaths(dataDir), () => new Date('2026-11-01T09:00:00.000Z')).create('daily');
    expect((await readdir(backupsDir)).sort()).toEqual([info.id, 'notes.txt'].sort());
  });
});
