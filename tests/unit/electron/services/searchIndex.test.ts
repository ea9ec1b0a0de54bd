/**
 * The search index on a real data folder: built on the first search and kept in
 * search-index.json, rebuilt when that file is deleted, damaged or of another version, and
 * up to date after highlights are added, changed or deleted, documents imported and tags renamed.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_INDEX_VERSION } from '../../../../shared/search';
import { createServices } from '../../../../electron/services/createServices';
import type { ServiceHandlers } from '../../../../electron/services/serviceApi';
import { DataSession } from '../../../../electron/services/dataSession';
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
