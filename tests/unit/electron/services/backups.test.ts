import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../../shared/api';
import { BACKUPS_KEPT, Backups } from '../../../../electron/services/backups';
import { openUserApi } from '../../../support/userApi';
import { ANNOTATIONS_FILE, dataPaths } from '../../../../electron/services/dataLayout';
import { answeringDialogs } from '../../../support/dialogs';
import { useTempDirs } from '../../../support/tempDir';
import { testClock } from '../../../support/clock';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const V1_FILE = path.resolve(__dirname, '../../../fixtures/data-v1/annotations/d2f1e0.json');
const tempDir = useTempDirs();

/** A clock the test moves forward by whole days. */
const clock = testClock;

function start(dataDir: string, now: () => Date): Promise<ApiHandlers> {
  return openUserApi({ dataDir, samplesDir: SAMPLES_DIR, dialogs: answeringDialogs(), now });
}

describe('daily backups', () => {
  it('takes one backup a day once there is data, and keeps the last seven', async () => {
    const dataDir = await tempDir();
    const time = clock();
    await start(dataDir, time.now); // first launch: nothing to back up yet
    expect(await new Backups(dataPaths(dataDir)).list()).toEqual([]);

    await start(dataDir, time.now);
    await start(dataDir, time.now); // same day: no second backup
    let list = await new Backups(dataPaths(dataDir)).list();
    expect(list.map((b) => b.reason)).toEqual(['daily']);
    expect(list[0]).toMatchObject({ documentCount: 3, annotationCount: 0, createdAt: '2026-11-01T09:00:00.000Z' });

    for (let day = 1; day <= 9; day++) {
      time.advanceDays(1);
      await start(dataDir, time.now);
    }
    list = await new Backups(dataPaths(dataDir)).list();
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(list[0]!.createdAt).toBe('2026-11-10T09:00:00.000Z');
    expect(list[BACKUPS_KEPT - 1]!.createdAt).toBe('2026-11-04T09:00:00.000Z');
  });
});

describe('restore', () => {
  it('brings back deleted highlights, after backing up the current state', async () => {
    const dataDir = await tempDir();
    const time = clock();
    const first = await start(dataDir, time.now);
    const [doc] = await first.listDocuments({});
    const kept = await first.createAnnotation({ documentId: doc!.id, start: 0, end: 9, color: 'blue', note: 'keep me', tags: ['x'] });
    time.advanceDays(1);
    const services = await start(dataDir, time.now); // takes the daily backup with the highlight
    const [daily] = await services.listBackups({});
    expect(daily).toMatchObject({ reason: 'daily', annotationCount: 1, documentCount: 3 });

    await services.deleteAnnotation({ documentId: doc!.id, annotationId: kept.id });
    expect((await services.listAnnotations({ documentId: doc!.id })).annotations).toEqual([]);

    time.advanceDays(0.01);
    expect(await services.restoreBackup({ backupId: daily!.id })).toEqual({ restored: daily });
    expect((await services.listAnnotations({ documentId: doc!.id })).annotations).toEqual([kept]);
    expect(await services.listDocuments({})).toHaveLength(3);

    const reasons = (await services.listBackups({})).map((b) => `${b.reason}:${b.annotationCount}`);
    expect(reasons).toEqual(['before-restore:0', 'daily:1']);
    await expect(services.restoreBackup({ backupId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('migrations', () => {
  it('backs up the old files before migrating them', async () => {
    const dataDir = await tempDir();
    const time = clock();
    const services = await start(dataDir, time.now);
    const [doc] = await services.listDocuments({});
    const v1 = (await readFile(V1_FILE, 'utf8')).replaceAll('d2f1e0', doc!.id);
    const file = path.join(dataDir, 'annotations', `${doc!.id}.json`);
    await writeFile(file, v1);

    const fresh = await start(dataDir, time.now); // also takes today's daily backup of the v1 file
    const { annotations } = await fresh.listAnnotations({ documentId: doc!.id });
    expect(annotations.map((a) => a.origin)).toEqual(['own', 'own']);
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(ANNOTATIONS_FILE.version);

    const migration = (await fresh.listBackups({})).find((b) => b.reason === 'before-migration');
    expect(migration).toMatchObject({ annotationCount: 2 });
    const backedUp = path.join(dataDir, 'backups', migration!.id, 'annotations', `${doc!.id}.json`);
    expect(await readFile(backedUp, 'utf8')).toBe(v1);
  });

  it('leaves files aside as damaged out of backups', async () => {
    const dataDir = await tempDir();
    await start(dataDir, clock().now);
    await copyFile(V1_FILE, path.join(dataDir, 'annotations', '.x.json.tmp'));
    const info = await new Backups(dataPaths(dataDir)).create('daily');
    expect(await readdir(path.join(dataDir, 'backups', info.id, 'annotations'))).toEqual([]);
  });
});
