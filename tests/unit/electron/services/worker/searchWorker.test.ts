/**
 * The search host thread: the index lives in a worker, answers in order, survives the thread
 * dying (the next request starts a new one), and the service keeps working across that.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/services/createServices';
import { DataSession } from '../../../../../electron/services/dataSession';
import { SearchIndexService } from '../../../../../electron/services/searchIndex';
import { SearchWorker } from '../../../../../electron/services/worker/searchWorker';
import { parsePlainText } from '../../../../../shared/import/plainText';
import type { DocumentRecord } from '../../../../../shared/model';
import { useTempDirs } from '../../../../support/tempDir';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../../assets/samples');
const tempDir = useTempDirs();

function documentOf(id: string, text: string): DocumentRecord {
  const parsed = parsePlainText(text);
  return { id, title: id, source: { kind: 'file', name: `${id}.txt`, importedAt: '2026-01-01T00:00:00.000Z', sha256: id }, text: parsed.text, blocks: parsed.blocks };
}

describe('the search worker', () => {
  it('holds the index in its own thread: indexes, searches, writes and reloads the file', async () => {
    const file = path.join(await tempDir(), 'search-index.json');
    const worker = new SearchWorker();
    try {
      expect(worker.running).toBe(false);
      expect(await worker.request('load', { file })).toEqual({ stamps: {}, rebuilt: 'missing' });
      expect(worker.running).toBe(true);
      await worker.request('replaceDocument', { document: documentOf('cv', 'My résumé, updated.'), annotations: [], stamp: 's1' });
      const [group] = await worker.request('search', { query: { query: 'resume' }, ownerId: 'me' });
      expect(group).toMatchObject({ documentId: 'cv', hits: [{ kind: 'text', snippet: { text: 'My résumé, updated.', matchStart: 3, matchEnd: 9 } }] });
      await worker.request('save', { file });
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ documents: { cv: { stamp: 's1' } } });
      await worker.close();
      expect(worker.running).toBe(false);
      expect(await worker.request('load', { file })).toEqual({ stamps: { cv: 's1' }, rebuilt: null });
      expect((await worker.request('search', { query: { query: 'updatd' }, ownerId: 'me' })).map((g) => g.documentId)).toEqual(['cv']);
    } finally {
      await worker.close();
    }
  });

  it('says a damaged file cannot be used, and rejects an unknown operation without dying', async () => {
    const file = path.join(await tempDir(), 'search-index.json');
    await writeFile(file, '{"version": 1, "docu');
    const worker = new SearchWorker();
    try {
      expect(await worker.request('load', { file })).toEqual({ stamps: {}, rebuilt: 'unreadable' });
      await expect(worker.request('nothing' as 'load', { file })).rejects.toThrow('the search worker has no operation called “nothing”');
      expect(await worker.request('search', { query: { query: 'x' }, ownerId: 'me' })).toEqual([]);
    } finally {
      await worker.close();
    }
  });

  it('fails the waiting requests of a thread that dies, and the service recovers on the next search', async () => {
    const dataDir = await tempDir();
    await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    const worker = new SearchWorker();
    const service = new SearchIndexService(await DataSession.open({ dataDir, samplesDir: SAMPLES_DIR }), worker);
    try {
      const before = await service.search({ query: 'the' });
      expect(before.length).toBeGreaterThan(0);
      const waiting = worker.request('search', { query: { query: 'the' }, ownerId: 'me' });
      const stopping = worker.close();
      await expect(waiting).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('Search again') });
      await stopping;
      expect(await service.search({ query: 'the' })).toEqual(before);
    } finally {
      await service.close();
    }
  });
});
