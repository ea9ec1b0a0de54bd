/**
 * Library management on real temp data folders: renaming a document (checked, kept across
 * restarts and index rebuilds, used by exports and search), recording when it was opened, and
 * the tags listed per document; older and newer index files load and keep what they hold.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/services/createServices';
import { dataPaths } from '../../../../../electron/services/dataLayout';
import { MAX_TITLE_CHARS } from '../../../../../shared/library/documentTitle';
import { useTempDirs } from '../../../../support/tempDir';
import { testClock } from '../../../../support/clock';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../../assets/samples');
const tempDir = useTempDirs();

const clock = testClock;

async function setUp(time = clock()) {
  const dataDir = await tempDir();
  const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR, now: time.now });
  const [first, second] = await services.listDocuments({});
  return { dataDir, services, time, documentId: first!.id, otherId: second!.id };
}

async function readJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
}

describe('renameDocument', () => {
  it('trims the title, saves it in the index and the document file, and keeps it after a restart and an index rebuild', async () => {
    const { dataDir, services, documentId } = await setUp();
    const renamed = await services.renameDocument({ documentId, title: '  Kremlin\n visit  ' });
    expect(renamed).toMatchObject({ id: documentId, title: 'Kremlin visit', annotationCount: 0, tags: [] });
    expect((await services.getDocument({ documentId })).title).toBe('Kremlin visit');
    expect((await readJson(dataPaths(dataDir).document(documentId)))['title']).toBe('Kremlin visit');

    const again = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    expect((await again.listDocuments({})).find((d) => d.id === documentId)?.title).toBe('Kremlin visit');
    await rm(dataPaths(dataDir).library);
    const rebuilt = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    expect((await rebuilt.listDocuments({})).find((d) => d.id === documentId)?.title).toBe('Kremlin visit');
  });

  it('refuses an empty or over-long title with a sentence saying why, changing nothing', async () => {
    const { dataDir, services, documentId } = await setUp();
    const before = await readFile(dataPaths(dataDir).library, 'utf8');
    await expect(services.renameDocument({ documentId, title: ' \n ' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/cannot be empty/) });
    await expect(services.renameDocument({ documentId, title: 'x'.repeat(MAX_TITLE_CHARS + 1) })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(new RegExp(`at most ${MAX_TITLE_CHARS} characters`)),
    });
    await expect(services.renameDocument({ documentId: 'dnothere', title: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await readFile(dataPaths(dataDir).library, 'utf8')).toBe(before);
  });

  it('is used by exports and by search results', async () => {
    const { services, documentId } = await setUp();
    const document = await services.getDocument({ documentId });
    const at = document.text.indexOf('Moscow');
    await services.createAnnotation({ documentId, start: at, end: at + 6, color: 'blue', note: 'a capital note', tags: [] });
    await services.searchLibrary({ query: 'capital' });
    await services.renameDocument({ documentId, title: 'Kremlin visit' });
    const target = path.join(await tempDir(), 'out.md');
    await services.exportDocumentTo({ documentId, format: 'md', markdown: { order: 'reading', includeNotes: true, includeColours: true, includeOrphans: true }, layer: 'own', path: target, overwrite: false });
    expect(await readFile(target, 'utf8')).toMatch(/^# Kremlin visit/m);
    expect((await services.searchLibrary({ query: 'capital', documentId })).map((g) => g.title)).toEqual(['Kremlin visit']);
  });
});

describe('recordDocumentOpened and listDocuments', () => {
  it('records when a document was opened, lists it with the tags its highlights carry', async () => {
    const time = clock();
    const { dataDir, services, documentId, otherId } = await setUp(time);
    time.advance(60_000);
    expect(await services.recordDocumentOpened({ documentId })).toEqual({ openedAt: '2026-11-01T09:01:00.000Z' });
    const document = await services.getDocument({ documentId });
    const at = document.text.indexOf('Moscow');
    await services.createAnnotation({ documentId, start: at, end: at + 6, color: 'blue', note: '', tags: ['place', 'city'] });
    await services.createAnnotation({ documentId, start: at, end: at + 3, color: 'blue', note: '', tags: ['place'] });

    const listed = await services.listDocuments({});
    expect(listed.find((d) => d.id === documentId)).toMatchObject({ openedAt: '2026-11-01T09:01:00.000Z', annotationCount: 2, tags: ['city', 'place'] });
    expect(listed.find((d) => d.id === otherId)).toMatchObject({ tags: [] });
    expect(listed.find((d) => d.id === otherId)?.openedAt).toBeUndefined();
    const onDisk = (await readJson(dataPaths(dataDir).library))['documents'] as { id: string; openedAt?: string }[];
    expect(onDisk.find((d) => d.id === documentId)?.openedAt).toBe('2026-11-01T09:01:00.000Z');
  });

  it('loads an index written before openedAt existed, and one whose openedAt is odd, without moving it aside', async () => {
    const { dataDir, documentId } = await setUp();
    const file = dataPaths(dataDir).library;
    const index = await readJson(file);
    const documents = index['documents'] as Record<string, unknown>[];
    documents[0]!['openedAt'] = 12345;
    await writeFile(file, JSON.stringify(index));
    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    expect((await services.getStatus({})).notices).toEqual([]);
    const listed = await services.listDocuments({});
    expect(listed).toHaveLength(3);
    expect(listed.find((d) => d.id === documentId)?.openedAt).toBeUndefined();
  });

  it('keeps fields of an entry it does not know when it saves the index', async () => {
    const { dataDir, documentId } = await setUp();
    const file = dataPaths(dataDir).library;
    const index = await readJson(file);
    (index['documents'] as Record<string, unknown>[])[0]!['pinned'] = { since: 'later' };
    await writeFile(file, JSON.stringify(index));
    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    await services.recordDocumentOpened({ documentId });
    const saved = ((await readJson(file))['documents'] as Record<string, unknown>[])[0]!;
    expect(saved['pinned']).toEqual({ since: 'later' });
    expect(typeof saved['openedAt']).toBe('string');
  });
});
