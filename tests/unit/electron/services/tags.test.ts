import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../../shared/api';
import { openUserApi } from '../../../support/userApi';
import { answeringDialogs } from '../../../support/dialogs';
import { useTempDirs } from '../../../support/tempDir';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const tempDir = useTempDirs();

async function setUp(): Promise<{ services: ApiHandlers; dataDir: string; docs: string[] }> {
  const dataDir = await tempDir();
  const services = await openUserApi({ dataDir, samplesDir: SAMPLES_DIR, dialogs: answeringDialogs() });
  const docs = (await services.listDocuments({})).map((d) => d.id);
  const tagSets = [
    [docs[0]!, ['russia', 'to read']],
    [docs[0]!, ['Russia', 'syria']],
    [docs[1]!, ['russia']],
    [docs[2]!, ['syria', 'to read']],
  ] as const;
  for (const [documentId, tags] of tagSets) {
    await services.createAnnotation({ documentId, start: 0, end: 5, color: 'yellow', note: '', tags: [...tags] });
  }
  return { services, dataDir, docs };
}

async function tagsOf(services: ApiHandlers, documentId: string): Promise<string[][]> {
  return (await services.listAnnotations({ documentId })).annotations.map((a) => a.tags);
}

describe('tags across the library', () => {
  it('counts each tag over every document', async () => {
    const { services } = await setUp();
    expect(await services.listTags({})).toEqual([
      { tag: 'russia', count: 2 },
      { tag: 'Russia', count: 1 },
      { tag: 'syria', count: 2 },
      { tag: 'to read', count: 2 },
    ]);
  });

  it('renames a tag everywhere and saves only the documents that changed', async () => {
    const { services, dataDir, docs } = await setUp();
    const untouched = await readFile(path.join(dataDir, 'annotations', `${docs[2]}.json`), 'utf8');
    expect(await services.renameTag({ from: 'russia', to: 'Russian Federation' })).toEqual({ changed: 2 });
    expect(await tagsOf(services, docs[0]!)).toEqual([['Russian Federation', 'to read'], ['Russia', 'syria']]);
    expect(await tagsOf(services, docs[1]!)).toEqual([['Russian Federation']]);
    expect(await readFile(path.join(dataDir, 'annotations', `${docs[2]}.json`), 'utf8')).toBe(untouched);
  });

  it('merges into an existing tag without doubling it on a highlight', async () => {
    const { services, docs } = await setUp();
    await services.updateAnnotation({
      documentId: docs[0]!,
      annotationId: (await services.listAnnotations({ documentId: docs[0]! })).annotations[1]!.id,
      changes: { tags: ['Russia', 'russia'] },
    });
    expect(await services.renameTag({ from: 'Russia', to: 'russia' })).toEqual({ changed: 1 });
    expect(await tagsOf(services, docs[0]!)).toEqual([['russia', 'to read'], ['russia']]);
    expect((await services.listTags({})).find((t) => t.tag === 'russia')?.count).toBe(3);
  });

  it('deletes a tag everywhere', async () => {
    const { services, docs } = await setUp();
    expect(await services.deleteTag({ tag: 'to read' })).toEqual({ changed: 2 });
    expect((await services.listTags({})).map((t) => t.tag)).toEqual(['russia', 'Russia', 'syria']);
    expect(await tagsOf(services, docs[2]!)).toEqual([['syria']]);
  });
});

describe('restoreAnnotation (undo of a delete)', () => {
  it('puts the same annotation back and refuses a duplicate', async () => {
    const { services, docs } = await setUp();
    const [first] = (await services.listAnnotations({ documentId: docs[1]! })).annotations;
    await services.deleteAnnotation({ documentId: docs[1]!, annotationId: first!.id });
    expect(await services.restoreAnnotation({ annotation: first! })).toEqual(first);
    expect((await services.listAnnotations({ documentId: docs[1]! })).annotations).toEqual([first]);
    await expect(services.restoreAnnotation({ annotation: first! })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
