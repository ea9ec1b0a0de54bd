/**
 * Deleting documents into the trash and restoring them, on real temp data folders: the files
 * move (never deleted), the index follows, restore puts everything back byte for byte,
 * refuses clearly when the same document is back, and entries are purged after 30 days.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/services/createServices';
import { dataPaths } from '../../../../../electron/services/dataLayout';
import { TRASH_KEPT_DAYS } from '../../../../../electron/services/trash';
import { useTempDirs } from '../../../../support/tempDir';
import { testClock } from '../../../../support/clock';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../../assets/samples');
const tempDir = useTempDirs();
const DAY = 86_400_000;

const clock = testClock;

async function setUp(time = clock()) {
  const dataDir = await tempDir();
  const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR, now: time.now });
  const [first, second] = await services.listDocuments({});
  const document = await services.getDocument({ documentId: first!.id });
  const at = document.text.indexOf('Moscow');
  await services.createAnnotation({ documentId: first!.id, start: at, end: at + 6, color: 'pink', note: 'the city', tags: ['place'] });
  return { dataDir, services, time, documentId: first!.id, otherId: second!.id };
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  return out.sort();
}

describe('deleteDocument', () => {
  it('moves the text, highlights, layers and versions into one trash entry with a manifest, and drops it from the library', async () => {
    const { dataDir, services, documentId } = await setUp();
    const paths = dataPaths(dataDir);
    // Another person's layer and an earlier version, as files the document owns.
    await writeFile(path.join(paths.layersDir, `${documentId}--p1234.json`), '{"schemaVersion":1}');
    await writeFile(path.join(paths.versionsDir, `${documentId}--v1.json`), '{"schemaVersion":1}');
    const annotationsBefore = await readFile(paths.annotations(documentId));
    const textBefore = await readFile(paths.document(documentId));

    const { entry } = await services.deleteDocument({ documentId });
    expect(entry).toMatchObject({ documentId, annotationCount: 1, layerCount: 1, versionCount: 1, deletedAt: '2026-11-01T09:00:00.000Z', purgeAt: '2026-12-01T09:00:00.000Z' });
    expect((await services.listDocuments({})).map((d) => d.id)).not.toContain(documentId);
    await expect(services.getDocument({ documentId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readFile(paths.annotations(documentId))).rejects.toThrow();

    const entryDir = path.join(dataDir, 'trash', entry.id);
    expect(await filesUnder(entryDir)).toEqual(
      [`annotations.${documentId}.json`, `documents.${documentId}.json`, `layers.${documentId}--p1234.json`, 'manifest.json', `versions.${documentId}--v1.json`].sort(),
    );
    expect(await readFile(path.join(entryDir, `annotations.${documentId}.json`))).toEqual(annotationsBefore);
    expect(await readFile(path.join(entryDir, `documents.${documentId}.json`))).toEqual(textBefore);
    expect(await services.listTrash({})).toEqual([entry]);
  });

  it('refuses an unknown document, and a document id that is not a plain id, writing nothing', async () => {
    const { dataDir, services } = await setUp();
    await expect(services.deleteDocument({ documentId: 'dnothere' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readdir(path.join(dataDir, 'trash'))).rejects.toThrow();
  });

  it('leaves the document where it was when the trash cannot be written, saying why', async () => {
    const { dataDir, services, documentId } = await setUp();
    const before = await readFile(dataPaths(dataDir).annotations(documentId));
    // Something else is where the trash folder should be.
    await writeFile(path.join(dataDir, 'trash'), 'not a folder');
    await expect(services.deleteDocument({ documentId })).rejects.toMatchObject({ code: 'WRITE_FAILED', message: expect.stringMatching(/was not deleted because/) });
    expect((await services.listDocuments({})).map((d) => d.id)).toContain(documentId);
    expect(await readFile(dataPaths(dataDir).annotations(documentId))).toEqual(before);
    expect((await services.listAnnotations({ documentId })).annotations).toHaveLength(1);
  });

  it('is refused, like every write, when the library is open read-only', async () => {
    const { dataDir, documentId } = await setUp();
    const readOnly = await createServices({ dataDir, samplesDir: SAMPLES_DIR, readOnly: true, readOnlyReason: 'A command is changing your library.' });
    await expect(readOnly.deleteDocument({ documentId })).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'A command is changing your library.' });
    await expect(readOnly.restoreFromTrash({ entryId: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await readOnly.listTrash({})).toEqual([]);
  });
});

describe('restoreFromTrash', () => {
  it('puts everything back byte for byte, with the same title, highlights and place in the search', async () => {
    const { dataDir, services, documentId } = await setUp();
    const paths = dataPaths(dataDir);
    await services.renameDocument({ documentId, title: 'Kremlin visit' });
    await services.recordDocumentOpened({ documentId });
    const before = (await services.listDocuments({})).find((d) => d.id === documentId)!;
    const annotationsBefore = await readFile(paths.annotations(documentId));
    const found = async () => (await services.searchLibrary({ query: 'the city' })).map((g) => `${g.documentId} ${g.title}`);
    expect(await found()).toEqual([`${documentId} Kremlin visit`]);

    const { entry } = await services.deleteDocument({ documentId });
    expect(await found()).toEqual([]);

    const { document } = await services.restoreFromTrash({ entryId: entry.id });
    expect(document).toEqual(before);
    expect(await readFile(paths.annotations(documentId))).toEqual(annotationsBefore);
    expect((await services.listAnnotations({ documentId })).annotations.map((a) => a.note)).toEqual(['the city']);
    expect(await services.listTrash({})).toEqual([]);
    expect(await readdir(path.join(dataDir, 'trash'))).toEqual([]);
    expect(await found()).toEqual([`${documentId} Kremlin visit`]);
  });

  it('refuses clearly, keeping the trash entry, when the same document is back in the library', async () => {
    const { dataDir, services, documentId } = await setUp();
    const record = await services.getDocument({ documentId });
    const { entry } = await services.deleteDocument({ documentId });
    // The user imports the same text again meanwhile.
    const file = path.join(await tempDir(), 'again.txt');
    await writeFile(file, record.text);
    const again = await services.importDocumentFile({ path: file });
    expect(again.document.id).toBe(documentId);

    await expect(services.restoreFromTrash({ entryId: entry.id })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/was not restored because the same document is in your library again.*was kept/),
    });
    expect(await services.listTrash({})).toEqual([entry]);
    expect((await readdir(path.join(dataDir, 'trash', entry.id))).length).toBeGreaterThan(1);
  });

  it('refuses an entry that is not there and ids that are not plain ids', async () => {
    const { services } = await setUp();
    await expect(services.restoreFromTrash({ entryId: 'nothing-here' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'That item is no longer in the trash.' });
  });

  it('never trusts a manifest: one naming files outside the document is not listed nor restored', async () => {
    const { dataDir, services, documentId } = await setUp();
    const { entry } = await services.deleteDocument({ documentId });
    const manifestFile = path.join(dataDir, 'trash', entry.id, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { files: { folder: string; name: string }[] };
    manifest.files.push({ folder: 'documents', name: '../library.json' } as never);
    await writeFile(manifestFile, JSON.stringify(manifest));
    expect(await services.listTrash({})).toEqual([]);
    await expect(services.restoreFromTrash({ entryId: entry.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('purging the trash', () => {
  it(`deletes entries older than ${TRASH_KEPT_DAYS} days when the library opens, and keeps younger ones`, async () => {
    const time = clock();
    const { dataDir, services, documentId, otherId } = await setUp(time);
    const { entry: old } = await services.deleteDocument({ documentId });
    time.advance(10 * DAY);
    const { entry: young } = await services.deleteDocument({ documentId: otherId });

    time.advance((TRASH_KEPT_DAYS - 10) * DAY - 1);
    expect((await (await createServices({ dataDir, samplesDir: SAMPLES_DIR, now: time.now })).listTrash({})).map((e) => e.id)).toEqual([young.id, old.id]);

    time.advance(1);
    const reopened = await createServices({ dataDir, samplesDir: SAMPLES_DIR, now: time.now });
    expect((await reopened.listTrash({})).map((e) => e.id)).toEqual([young.id]);
    expect(await readdir(path.join(dataDir, 'trash'))).toEqual([young.id]);
  });

  it('leaves folders it cannot read alone', async () => {
    const time = clock();
    const { dataDir } = await setUp(time);
    await mkdir(path.join(dataDir, 'trash', 'strange'), { recursive: true });
    await writeFile(path.join(dataDir, 'trash', 'strange', 'manifest.json'), '{ not json');
    time.advance(365 * DAY);
    await createServices({ dataDir, samplesDir: SAMPLES_DIR, now: time.now });
    expect(await readdir(path.join(dataDir, 'trash', 'strange'))).toEqual(['manifest.json']);
  });
});
