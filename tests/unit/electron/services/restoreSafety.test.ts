/**
 * Restoring a backup never empties the library: the backup's files are copied aside before the
 * safety backup is taken, the backup being restored is never pruned, an incomplete backup is
 * refused, damaged files kept aside survive, and live files are copies, never hard links.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, Backups } from '../../../../electron/services/backups';
import { createServices } from '../../../../electron/services/createServices';
import { dataPaths } from '../../../../electron/services/dataLayout';
import { LibraryStore, sha256Hex } from '../../../../electron/services/libraryStore';
import { parsePlainText } from '../../../../shared/import/plainText';
import { useTempDirs } from '../../../support/tempDir';
import { testClock } from '../../../support/clock';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const tempDir = useTempDirs();

/** A clock the test moves forward. */
const clock = testClock;

function start(dataDir: string, now: () => Date) {
  return createServices({ dataDir, samplesDir: SAMPLES_DIR, now });
}

/** Adds a document to the library on disk, as another session would. */
async function addDocument(dataDir: string, text: string): Promise<void> {
  const library = await LibraryStore.open(dataPaths(dataDir));
  await library.add({ parsed: parsePlainText(text), title: text, source: { kind: 'file', name: 'x.txt', sha256: sha256Hex(text) } }, '2026-11-01T09:30:00.000Z');
}

async function inode(file: string): Promise<number> {
  return (await stat(file)).ino;
}

describe('restoring a backup', () => {
  it('restores the oldest before-restore backup when seven exist, with its documents and highlights', async () => {
    const dataDir = await tempDir();
    const time = clock();
    const services = await start(dataDir, time.now);
    const [doc] = await services.listDocuments({});
    const oldestNote = await services.createAnnotation({ documentId: doc!.id, start: 0, end: 9, color: 'blue', note: 'oldest', tags: [] });
    const backups = new Backups(dataPaths(dataDir), time.now);
    const oldest = await backups.create('before-restore');

    await services.deleteAnnotation({ documentId: doc!.id, annotationId: oldestNote.id });
    await services.createAnnotation({ documentId: doc!.id, start: 0, end: 9, color: 'pink', note: 'newer', tags: [] });
    await addDocument(dataDir, 'A fourth document, added after the oldest backup.');
    for (let i = 1; i < BACKUPS_KEPT; i++) {
      time.advanceMinutes(1);
      await backups.create('before-restore');
    }
    expect((await backups.list()).filter((b) => b.reason === 'before-restore')).toHaveLength(BACKUPS_KEPT);
    expect((await backups.list()).at(-1)!.id).toBe(oldest.id);

    time.advanceMinutes(1);
    expect(await services.restoreBackup({ backupId: oldest.id })).toEqual({ restored: oldest });
    expect(await services.listDocuments({})).toHaveLength(3);
    expect((await services.listAnnotations({ documentId: doc!.id })).annotations).toEqual([oldestNote]);
    // The backup that was restored is still there, and so is the safety backup of the state before.
    const after = await backups.list();
    expect(after.map((b) => b.id)).toContain(oldest.id);
    expect(after[0]).toMatchObject({ reason: 'before-restore', documentCount: 4, annotationCount: 1 });
  });

  it('keeps damaged files that were moved aside, and backs them up', async () => {
    const dataDir = await tempDir();
    const time = clock();
    const first = await start(dataDir, time.now);
    const [doc] = await first.listDocuments({});
    await first.createAnnotation({ documentId: doc!.id, start: 0, end: 9, color: 'blue', note: '', tags: [] });
    const backups = new Backups(dataPaths(dataDir), time.now);
    const daily = await backups.create('daily');

    // A damaged highlights file, found by the app at its next start and moved aside …
    await writeFile(path.join(dataDir, 'annotations', `${doc!.id}.json`), '{"schemaVersion":2,"annotations":[{"id":');
    const services = await start(dataDir, time.now);
    expect((await services.listAnnotations({ documentId: doc!.id })).problem).toMatch(/damaged/);
    const annotationsAside = (await readdir(path.join(dataDir, 'annotations'))).find((f) => f.includes('.unreadable-'));
    expect(annotationsAside).toBeDefined();
    // … and damaged files kept aside in documents/ and beside library.json.
    const kept = {
      [path.join('annotations', annotationsAside!)]: '{"schemaVersion":2,"annotations":[{"id":',
      [path.join('documents', `${doc!.id}.json.unreadable-2026-10-01T00-00-00-000Z`)]: 'damaged document',
      ['library.json.unreadable-2026-10-02T00-00-00-000Z']: 'damaged index',
    };
    await writeFile(path.join(dataDir, 'documents', `${doc!.id}.json.unreadable-2026-10-01T00-00-00-000Z`), 'damaged document');
    await writeFile(path.join(dataDir, 'library.json.unreadable-2026-10-02T00-00-00-000Z'), 'damaged index');

    time.advanceMinutes(1);
    await services.restoreBackup({ backupId: daily.id });
    for (const [file, content] of Object.entries(kept)) expect(await readFile(path.join(dataDir, file), 'utf8')).toBe(content);

    time.advanceMinutes(1);
    const next = await backups.create('daily');
    for (const [file, content] of Object.entries(kept)) {
      expect(await readFile(path.join(dataDir, 'backups', next.id, file), 'utf8')).toBe(content);
    }
  });

  it('copies files: live files never share an inode with a backup', async () => {
    const dataDir = await tempDir();
    const time = clock();
    const services = await start(dataDir, time.now);
    const [doc] = await services.listDocuments({});
    await services.createAnnotation({ documentId: doc!.id, start: 0, end: 9, color: 'blue', note: '', tags: [] });
    const backup = await new Backups(dataPaths(dataDir), time.now).create('daily');
    const pairs = (await readdir(path.join(dataDir, 'documents')))
      .map((f) => path.join('documents', f))
      .concat(path.join('annotations', `${doc!.id}.json`), 'library.json');
    const inBackup = (file: string) => path.join(dataDir, 'backups', backup.id, file);
    for (const file of pairs) expect(await inode(path.join(dataDir, file))).not.toBe(await inode(inBackup(file)));

    time.advanceMinutes(1);
    await services.restoreBackup({ backupId: backup.id });
    for (const file of pairs) {
      expect(await readFile(path.join(dataDir, file), 'utf8')).toBe(await readFile(inBackup(file), 'utf8'));
      expect(await inode(path.join(dataDir, file))).not.toBe(await inode(inBackup(file)));
    }
  });

  it('refuses an incomplete backup and changes nothing', async () => {
    const dataDir = await tempDir();
    const time = clock();
    const services = await start(dataDir, time.now);
    const [doc] = await services.listDocuments({});
    const kept = await services.createAnnotation({ documentId: doc!.id, start: 0, end: 9, color: 'blue', note: 'kept', tags: [] });
    const backups = new Backups(dataPaths(dataDir), time.now);
    const backup = await backups.create('daily');
    await rm(path.join(dataDir, 'backups', backup.id, 'annotations', `${doc!.id}.json`));
    const libraryBefore = await readFile(path.join(dataDir, 'library.json'), 'utf8');

    time.advanceMinutes(1);
    const error = await services.restoreBackup({ backupId: backup.id }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ServiceError', code: 'DAMAGED_DATA' });
    expect((error as Error).message).toMatch(/incomplete.*not changed/s);
    expect((await services.listAnnotations({ documentId: doc!.id })).annotations).toEqual([kept]);
    expect(await readFile(path.join(dataDir, 'library.json'), 'utf8')).toBe(libraryBefore);
    expect((await backups.list()).map((b) => b.reason)).toEqual(['daily']);
    expect((await readdir(dataDir)).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses an older backup whose manifest counts do not match its files', async () => {
    const dataDir = await tempDir();
    const time = clock();
    const services = await start(dataDir, time.now);
    const backups = new Backups(dataPaths(dataDir), time.now);
    const backup = await backups.create('daily');
    const folder = path.join(dataDir, 'backups', backup.id);
    // A manifest as earlier versions wrote it: counts only, no list of files.
    await writeFile(path.join(folder, 'manifest.json'), JSON.stringify({ ...backup }));
    const [first] = await readdir(path.join(folder, 'documents'));
    await rm(path.join(folder, 'documents', first!));
    await expect(services.restoreBackup({ backupId: backup.id })).rejects.toMatchObject({ code: 'DAMAGED_DATA' });
    expect(await services.listDocuments({})).toHaveLength(3);
  });

  it('refuses a backup id that is a path', async () => {
    const dataDir = await tempDir();
    await expect(new Backups(dataPaths(dataDir)).restore('../backups')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(new Backups(dataPaths(dataDir)).restore('a/b')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('says a backup that is gone no longer exists', async () => {
    const dataDir = await tempDir();
    await mkdir(dataDir, { recursive: true });
    await expect(new Backups(dataPaths(dataDir)).restore('2026-11-01T09-00-00-000Z-daily')).rejects.toMatchObject({
      name: 'ServiceError',
      code: 'NOT_FOUND',
    });
  });
});
