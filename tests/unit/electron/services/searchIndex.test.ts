/**
 * The search index on a real data folder: built on the first search and kept in
 * search-index.json, rebuilt when that file is deleted, damaged or of another version, and
 * up to date after highlights are added, changed or deleted, documents imported and tags renamed.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model';
import { SEARCH_INDEX_VERSION } from '../../../../shared/search';
import { createServices } from '../../../../electron/services/createServices';
import type { ServiceHandlers } from '../../../../electron/services/serviceApi';
import { DataSession } from '../../../../electron/services/dataSession';
import { layerKeyFor } from '../../../../electron/services/layerStore';
import { SEARCH_INDEX_FILE, SearchIndexService } from '../../../../electron/services/searchIndex';
import { useTempDirs } from '../../../support/tempDir';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const tempDir = useTempDirs();
const TEXT = 'A résumé for the Vienna job\n\nThe Congress of Vienna redrew the map of Europe. Diplomats danced all winter.\n';

async function setUp(): Promise<{ services: ServiceHandlers; dataDir: string; documentId: string }> {
  const dataDir = await tempDir();
  const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
  const file = path.join(await tempDir(), 'vienna.txt');
  await writeFile(file, TEXT);
  const opened = await services.importDocumentFile({ path: file });
  if (opened.status !== 'imported') throw new Error('not imported');
  return { services, dataDir, documentId: opened.document.id };
}

/** The kinds of hits (`kind:annotationId`) in one document, sorted. */
async function hits(services: ServiceHandlers, query: string, documentId: string): Promise<string[]> {
  const groups = await services.searchLibrary({ query, documentId });
  return groups.flatMap((g) => g.hits.map((h) => `${h.kind}${h.annotationId ? `:${h.annotationId}` : ''}`)).sort();
}

async function readIndexFile(dataDir: string): Promise<{ version: number; documents: Record<string, unknown> }> {
  return JSON.parse(await readFile(path.join(dataDir, SEARCH_INDEX_FILE), 'utf8')) as { version: number; documents: Record<string, unknown> };
}

async function reopen(dataDir: string): Promise<ServiceHandlers> {
  return createServices({ dataDir, samplesDir: SAMPLES_DIR });
}

describe('the search index service', () => {
  it('builds the index on the first search and keeps it in search-index.json, which a later session reads', async () => {
    const { services, dataDir, documentId } = await setUp();
    await expect(readFile(path.join(dataDir, SEARCH_INDEX_FILE))).rejects.toThrow();
    const groups = await services.searchLibrary({ query: 'resume' });
    expect(groups.map((g) => g.title)).toContain('A résumé for the Vienna job');
    const saved = await readIndexFile(dataDir);
    expect(saved.version).toBe(SEARCH_INDEX_VERSION);
    expect(Object.keys(saved.documents)).toContain(documentId);
    expect(Object.keys(saved.documents).length).toBe((await services.listDocuments({})).length);
    expect(await hits(await reopen(dataDir), 'Congress', documentId)).toEqual(['text']);
  });

  it('is rebuilt when the file is deleted, damaged or of another version', async () => {
    const { services, dataDir, documentId } = await setUp();
    await services.searchLibrary({ query: 'vienna' });
    const file = path.join(dataDir, SEARCH_INDEX_FILE);
    for (const damage of [() => rm(file), () => writeFile(file, '{"version": 1, "documents": {'), () => writeFile(file, JSON.stringify({ version: SEARCH_INDEX_VERSION + 1, documents: {}, index: {} }))]) {
      await damage();
      const fresh = await reopen(dataDir);
      expect(await hits(fresh, 'diplomats', documentId)).toEqual(['text']);
      expect((await readIndexFile(dataDir)).version).toBe(SEARCH_INDEX_VERSION);
    }
  });

  it('finds a new highlight, its note and tag at once, follows edits and deletions, and keeps them in the file', async () => {
    const { services, dataDir, documentId } = await setUp();
    expect(await hits(services, 'waltz', documentId)).toEqual([]);
    const start = TEXT.indexOf('Diplomats');
    const created = await services.createAnnotation({ documentId, start, end: start + 'Diplomats danced'.length, color: 'green', note: 'a waltz every night', tags: ['congress-dance'] });
    const id = created.id;
    expect(await hits(services, 'waltz', documentId)).toEqual([`note:${id}`]);
    expect(await hits(services, 'diplomats', documentId)).toEqual([`quote:${id}`, 'text']);
    const [group] = await services.searchLibrary({ query: 'diplomats', documentId, color: 'green', layer: 'own' });
    expect(group!.hits).toEqual([expect.objectContaining({ kind: 'quote', annotationId: id, color: 'green', offset: start, end: start + 'Diplomats danced'.length, tags: ['congress-dance'] })]);
    expect(await hits(await reopen(dataDir), 'waltz', documentId)).toEqual([`note:${id}`]);

    await services.updateAnnotation({ documentId, annotationId: id, changes: { note: 'a polka' } });
    expect(await hits(services, 'waltz', documentId)).toEqual([]);
    expect(await hits(services, 'polka', documentId)).toEqual([`note:${id}`]);
    await services.renameTag({ from: 'congress-dance', to: 'ballroom' });
    expect(await hits(services, 'ballroom', documentId)).toEqual([`tag:${id}`]);
    await services.deleteAnnotation({ documentId, annotationId: id });
    expect(await hits(services, 'polka', documentId)).toEqual([]);
  });

  it('finds a document imported after the index was built, and a highlight added by a session that never searched', async () => {
    const { services, dataDir } = await setUp();
    await services.searchLibrary({ query: 'vienna' });
    const file = path.join(await tempDir(), 'tokyo.txt');
    await writeFile(file, '東京都の地図\n\nA map of Tokyo.\n');
    await services.importDocumentFile({ path: file });
    expect((await services.searchLibrary({ query: '東京' })).map((g) => g.title)).toEqual(['tokyo']);
    // A session that never searches (the command line, say) adds a highlight: the saved index is now stale.
    const [tokyo] = await services.searchLibrary({ query: '東京' });
    await (await reopen(dataDir)).createAnnotation({ documentId: tokyo!.documentId, start: 0, end: 3, color: 'blue', note: 'the shogunate moved here', tags: [] });
    expect((await (await reopen(dataDir)).searchLibrary({ query: 'shogunate' })).map((g) => g.documentId)).toEqual([tokyo!.documentId]);
  });

  it('lists the people with annotations in the library, for the layer filter', async () => {
    const { services, documentId } = await setUp();
    expect(await services.listSearchPeople({})).toEqual([]);
    await services.createAnnotation({ documentId, start: 0, end: 8, color: 'pink', note: '', tags: [] });
    const me = (await services.getProfile({})).person;
    expect(await services.listSearchPeople({})).toEqual([{ id: me.id, name: me.name }]);
  });

  it('writes a change a little later, or at once when flushed, and never for a read-only library', async () => {
    const { services, dataDir, documentId } = await setUp();
    await services.searchLibrary({ query: 'vienna' });
    const session = await DataSession.open({ dataDir, samplesDir: SAMPLES_DIR });
    const index = new SearchIndexService(session);
    expect((await index.refresh()).rebuilt).toBeNull();
    const before = await readFile(index.file, 'utf8');
    await services.createAnnotation({ documentId, start: 0, end: 8, color: 'pink', note: 'quadrille', tags: [] });
    expect(await index.refresh()).toEqual({ indexed: 1, removed: 0, rebuilt: null });
    expect(await readFile(index.file, 'utf8')).toBe(before);
    await index.flush();
    expect(await readFile(index.file, 'utf8')).toContain('quadrille');

    await rm(index.file);
    const readOnly = new SearchIndexService(await DataSession.open({ dataDir, samplesDir: SAMPLES_DIR, readOnly: true }));
    expect((await readOnly.search({ query: 'quadrille' })).map((g) => g.documentId)).toEqual([documentId]);
    await readOnly.flush();
    await expect(readFile(index.file)).rejects.toThrow();
  });
});

describe('searching again when nothing changed', () => {
  /** Writes Alice's layer on a document straight into the folder, as another process would: a copy of `like` with her note. */
  async function writeLayerBehindTheBack(dataDir: string, like: Annotation, note: string): Promise<string> {
    const alice = { id: 'urn:uuid:0b5e6f0e-1c1d-4f43-9a53-2f7a3c1b9d10', type: 'Person' as const, name: 'Alice' };
    const annotation = { ...like, id: randomUUID(), creator: alice, note, origin: 'own' as const };
    const source = { kind: 'packet', id: 'urn:uuid:5d1c1e9e-4b7e-4d0c-8f0a-6a1e2b3c4d5e', revision: 1, title: 'Week 3', instructions: '', receivedAt: like.createdAt };
    const layer = { schemaVersion: 1, documentId: like.documentId, creator: alice, role: 'teacher', source, annotations: [annotation] };
    await mkdir(path.join(dataDir, 'layers'), { recursive: true });
    await writeFile(path.join(dataDir, 'layers', `${like.documentId}--${layerKeyFor(alice)}.json`), JSON.stringify(layer));
    return annotation.id;
  }

  it('does not look at the files again in the session that holds the library, until that session itself is called', async () => {
    const { services, dataDir, documentId } = await setUp();
    const mine = await services.createAnnotation({ documentId, start: 0, end: 8, color: 'pink', note: 'quadrille', tags: [] });
    expect(await hits(services, 'quadrille', documentId)).toEqual([`note:${mine.id}`]);
    // A layer written by another process, which the library lock forbids while this session holds it: not looked for.
    const hers = await writeLayerBehindTheBack(dataDir, mine, 'mazurka');
    expect(await hits(services, 'mazurka', documentId)).toEqual([]);
    expect(await hits(services, 'quadrille', documentId)).toEqual([`note:${mine.id}`]);
    // Any other call may have changed the folder, so the next search looks at every document's files again.
    await services.listDocuments({});
    expect(await hits(services, 'mazurka', documentId)).toEqual([`note:${hers}`]);
  });

  it('always looks in a read-only session, where another process may be writing', async () => {
    const { services, dataDir, documentId } = await setUp();
    const mine = await services.createAnnotation({ documentId, start: 0, end: 8, color: 'pink', note: 'quadrille', tags: [] });
    const readOnly = await createServices({ dataDir, samplesDir: SAMPLES_DIR, readOnly: true });
    expect(await hits(readOnly, 'mazurka', documentId)).toEqual([]);
    const hers = await writeLayerBehindTheBack(dataDir, mine, 'mazurka');
    expect(await hits(readOnly, 'mazurka', documentId)).toEqual([`note:${hers}`]);
  });

  it('never serves stale results after an edit, a delete, a restore from backup or the trash, an import or a new version', async () => {
    const { services: first, dataDir, documentId } = await setUp();
    const start = TEXT.indexOf('Diplomats');
    const kept = await first.createAnnotation({ documentId, start, end: start + 'Diplomats'.length, color: 'green', note: 'quadrille', tags: [] });
    // The next start of the day takes today's backup, with the highlight in it.
    const services = await reopen(dataDir);
    const found = async (query: string, id = documentId) => hits(services, query, id);
    expect(await found('quadrille')).toEqual([`note:${kept.id}`]);

    await services.updateAnnotation({ documentId, annotationId: kept.id, changes: { note: 'polka' } });
    expect(await found('quadrille')).toEqual([]);
    expect(await found('polka')).toEqual([`note:${kept.id}`]);
    await services.deleteAnnotation({ documentId, annotationId: kept.id });
    expect(await found('polka')).toEqual([]);

    const [backup] = await services.listBackups({});
    await services.restoreBackup({ backupId: backup!.id });
    expect(await found('quadrille')).toEqual([`note:${kept.id}`]);

    const clippings = path.join(await tempDir(), 'My Clippings.txt');
    await writeFile(
      clippings,
      '\ufeffA résumé for the Vienna job (Someone)\r\n- Your Highlight on page 1 | Location 1-2 | Added on Monday, 3 March 2025 10:00:00\r\n\r\nThe Congress of Vienna redrew the map of Europe.\r\n==========\r\n',
    );
    expect((await services.importForeignFile({ path: clippings, dryRun: false })).written).toBe(true);
    expect((await found('redrew')).filter((h) => h.startsWith('quote:'))).toHaveLength(1);

    await services.deleteDocument({ documentId });
    expect(await services.searchLibrary({ query: 'redrew' })).toEqual([]);
    const [entry] = await services.listTrash({});
    await services.restoreFromTrash({ entryId: entry!.id });
    expect((await services.searchLibrary({ query: 'redrew' })).map((g) => g.documentId)).toEqual([documentId]);

    const tokyo = path.join(await tempDir(), 'tokyo.txt');
    await writeFile(tokyo, 'A map of Tokyo\n\nThe shogunate moved here.\n');
    await services.importDocumentFile({ path: tokyo });
    expect((await services.searchLibrary({ query: 'shogunate' })).map((g) => g.title)).toEqual(['A map of Tokyo']);

    const second = path.join(await tempDir(), 'vienna-2.txt');
    await writeFile(second, `${TEXT}\nA mazurka closed the last ball.\n`);
    const replaced = await services.replaceDocumentFile({ documentId, path: second });
    expect((await services.searchLibrary({ query: 'mazurka' })).map((g) => g.documentId)).toEqual([replaced.document.id]);
  });
});

