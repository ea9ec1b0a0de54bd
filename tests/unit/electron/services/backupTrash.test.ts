/**
 * Backups hold the trash: a document deleted into it is in the next backup, and restoring a
 * backup brings its trash entries back (entries in the live trash are kept as they are).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backups } from '../../../../electron/services/backups';
import { createServices } from '../../../../electron/services/createServices';
import { dataPaths } from '../../../../electron/services/dataLayout';
import { useTempDirs } from '../../../support/tempDir';
import { testClock } from '../../../support/clock';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const tempDir = useTempDirs();

const clock = testClock;

describe('backups and the trash', () => {
  it('copies every trash entry into a backup and lists its files in the manifest', async () => {
    const dataDir = await tempDir();
    const time = clock();
    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR, now: time.now });
    const [first] = await services.listDocuments({});
    const { entry } = await services.deleteDocument({ documentId: first!.id });

    const backup = await new Backups(dataPaths(dataDir), time.now).create('daily');
    const backupDir = path.join(dataDir, 'backups', backup.id);
    const liveEntry = path.join(dataDir, 'trash', entry.id);
    const names = (await readdir(liveEntry)).sort();
    expect((await readdir(path.join(backupDir, 'trash', entry.id))).sort()).toEqual(names);
    for (const name of names) expect(await readFile(path.join(backupDir, 'trash', entry.id, name))).toEqual(await readFile(path.join(liveEntry, name)));
    const manifest = JSON.parse(await readFile(path.join(backupDir, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining(names.map((n) => `trash/${entry.id}/${n}`)));
  });

  it('brings back the backup’s trash entries on restore, keeping the live ones', async () => {
    const dataDir = await tempDir();
    const time = clock();
    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR, now: time.now });
    const [first, second] = await services.listDocuments({});
    const { entry: inBackup } = await services.deleteDocument({ documentId: first!.id });
    const backup = await new Backups(dataPaths(dataDir), time.now).create('daily');

    // After the backup: that entry is restored, and another document deleted.
    await services.restoreFromTrash({ entryId: inBackup.id });
    time.advanceDays(1);
    const { entry: live } = await services.deleteDocument({ documentId: second!.id });

    await services.restoreBackup({ backupId: backup.id });
    expect((await services.listTrash({})).map((e) => e.id).sort()).toEqual([inBackup.id, live.id].sort());
    expect((await services.listDocuments({})).map((d) => d.id)).not.toContain(first!.id);
    const { document } = await services.restoreFromTrash({ entryId: inBackup.id });
    expect(document.id).toBe(first!.id);
  });
});
