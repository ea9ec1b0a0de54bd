/**
 * A failed write changes nothing: the store keeps what is on disk, the caller is told plainly
 * that the change was not saved, and the next successful write does not carry the failed change.
 * Writes are made to fail for real, on real folders: we run as root, so permissions would not
 * stop them; a file or a folder is put where the other is expected instead.
 */
import { TEST_PERSON } from '../../../support/person';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../../../electron/services/annotationStore';
import { dataPaths, type DataPaths } from '../../../../electron/services/dataLayout';
import { LibraryStore, sha256Hex } from '../../../../electron/services/libraryStore';
import { writeFailedError } from '../../../../electron/services/writeFailure';
import { parsePlainText } from '../../../../shared/import/plainText';
import type { Annotation } from '../../../../shared/model';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();
const DOC = 'dwritefailure';
const STAMP = '2026-11-01T09:00:00.000Z';

function annotation(id: string, note = ''): Annotation {
  return {
    id,
    documentId: DOC,
    target: {
      selector: [
        { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 5 },
      ],
    },
    color: 'yellow',
    note,
    tags: ['t'],
    origin: 'own',
    creator: TEST_PERSON,
    motivation: 'highlighting',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

/** Ways to make the next write of DOC's highlights fail, and to undo them. */
const BLOCKERS = {
  'the annotations folder is replaced by a file (ENOTDIR)': {
    block: async (paths: DataPaths) => {
      await rename(paths.annotationsDir, `${paths.annotationsDir}.moved`);
      await writeFile(paths.annotationsDir, 'not a folder');
    },
    unblock: async (paths: DataPaths) => {
      await rm(paths.annotationsDir);
      await rename(`${paths.annotationsDir}.moved`, paths.annotationsDir);
    },
  },
  'the highlights file is replaced by a folder (EISDIR)': {
    block: async (paths: DataPaths) => {
      await rename(paths.annotations(DOC), `${paths.annotations(DOC)}.moved`);
      await mkdir(path.join(paths.annotations(DOC), 'inside'), { recursive: true });
    },
    unblock: async (paths: DataPaths) => {
      await rm(paths.annotations(DOC), { recursive: true });
      await rename(`${paths.annotations(DOC)}.moved`, paths.annotations(DOC));
    },
  },
};

/** Each change a store can make, applied to a file holding a1 and a2. */
const CHANGES: Record<string, (store: AnnotationStore) => Promise<unknown>> = {
  add: (store) => store.add(annotation('failed')),
  addMany: (store) => store.addMany(DOC, [annotation('failed'), annotation('failed-too')]),
  restore: (store) => store.restore(annotation('failed')),
  update: (store) => store.update(DOC, 'a1', { note: 'failed' }, '2026-11-02T00:00:00.000Z'),
  remove: (store) => store.remove(DOC, 'a1'),
  retag: (store) => store.retag(DOC, () => ['failed'], '2026-11-02T00:00:00.000Z'),
};

async function onDisk(paths: DataPaths): Promise<Annotation[]> {
  return (JSON.parse(await readFile(paths.annotations(DOC), 'utf8')) as { annotations: Annotation[] }).annotations;
}

async function storeWithTwo(): Promise<{ paths: DataPaths; store: AnnotationStore }> {
  const paths = dataPaths(await tempDir());
  await mkdir(paths.annotationsDir, { recursive: true });
  const store = new AnnotationStore(paths);
  await store.addMany(DOC, [annotation('a1', 'one'), annotation('a2', 'two')]);
  return { paths, store };
}

describe('a failed write of highlights', () => {
  for (const [blocker, { block, unblock }] of Object.entries(BLOCKERS)) {
    for (const [name, change] of Object.entries(CHANGES)) {
      it(`${name}: rejects with WRITE_FAILED and keeps nothing of it when ${blocker}`, async () => {
        const { paths, store } = await storeWithTwo();
        const before = (await store.list(DOC)).annotations;

        await block(paths);
        const error = await change(store).catch((e: unknown) => e);
        expect(error).toMatchObject({ name: 'ServiceError', code: 'WRITE_FAILED' });
        expect((error as Error).message).toMatch(/not saved/);
        expect((await store.list(DOC)).annotations).toEqual(before);

        await unblock(paths);
        await store.add(annotation('second'));
        expect(await onDisk(paths)).toEqual([...before, annotation('second')]);
        expect((await store.list(DOC)).annotations).toEqual([...before, annotation('second')]);
      });
    }
  }

  it('rejects every caller whose change rode on a failed write, and later writes do not carry them', async () => {
    const { paths, store } = await storeWithTwo();
    await BLOCKERS['the annotations folder is replaced by a file (ENOTDIR)'].block(paths);
    const results = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => store.add(annotation(`failed-${i}`))));
    expect(results.map((r) => r.status)).toEqual(Array(5).fill('rejected'));
    await BLOCKERS['the annotations folder is replaced by a file (ENOTDIR)'].unblock(paths);
    await store.add(annotation('second'));
    expect((await onDisk(paths)).map((a) => a.id)).toEqual(['a1', 'a2', 'second']);
  });

  it('saves concurrent changes together, in order, failing only the change that is refused', async () => {
    const { paths, store } = await storeWithTwo();
    const results = await Promise.allSettled([
      store.add(annotation('x')),
      store.update(DOC, 'missing', { note: 'no' }, STAMP),
      store.update(DOC, 'x', { note: 'edited' }, '2026-11-03T00:00:00.000Z'),
      store.remove(DOC, 'a1'),
      store.restore(annotation('a2')),
      store.add(annotation('y')),
    ]);
    expect(results.map((r) => (r.status === 'rejected' ? (r.reason as { code: string }).code : 'ok'))).toEqual([
      'ok',
      'NOT_FOUND',
      'ok',
      'ok',
      'INVALID_ARGUMENT',
      'ok',
    ]);
    const saved = await onDisk(paths);
    expect(saved.map((a) => [a.id, a.note])).toEqual([
      ['a2', 'two'],
      ['x', 'edited'],
      ['y', ''],
    ]);
    expect((await store.list(DOC)).annotations).toEqual(saved);
  });
});

describe('a failed write of the library', () => {
  async function openLibrary() {
    const paths = dataPaths(await tempDir());
    const library = await LibraryStore.open(paths);
    return { paths, library };
  }

  function newDocument(text: string) {
    return { parsed: parsePlainText(text), title: text, source: { kind: 'file' as const, name: 'x.txt', sha256: sha256Hex(text) } };
  }

  it('adds no document when the index cannot be written, and the next add does not carry it', async () => {
    const { paths, library } = await openLibrary();
    await rm(paths.library);
    await mkdir(path.join(paths.library, 'inside'), { recursive: true });
    await expect(library.add(newDocument('Failed document.'), STAMP)).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    expect(library.list()).toEqual([]);

    await rm(paths.library, { recursive: true });
    const added = await library.add(newDocument('Second document.'), STAMP);
    const index = JSON.parse(await readFile(paths.library, 'utf8')) as { documents: { title: string }[] };
    expect(index.documents.map((d) => d.title)).toEqual(['Second document.']);
    expect(library.list()).toEqual([added.summary]);
  });

  it('adds no document when its text cannot be written', async () => {
    const { paths, library } = await openLibrary();
    await rm(paths.documentsDir, { recursive: true });
    await writeFile(paths.documentsDir, 'not a folder');
    await expect(library.add(newDocument('Failed document.'), STAMP)).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    expect(library.list()).toEqual([]);
  });

  it('does not recreate a data folder that has gone (an unplugged drive): it says the folder is missing', async () => {
    const { paths, library } = await openLibrary();
    await rm(paths.dataDir, { recursive: true });
    const error = await library.add(newDocument('Nowhere to go.'), STAMP).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'WRITE_FAILED' });
    expect((error as Error).message).toMatch(/folder .*missing/);
    await expect(readFile(paths.library)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('writeFailedError', () => {
  it.each([
    ['ENOSPC', /disk is full/],
    ['EDQUOT', /disk is full/],
    ['EROFS', /read-only/],
    ['EACCES', /not allowed/],
    ['EPERM', /not allowed/],
    ['ENOTDIR', /folder .*missing/],
    ['ENOENT', /folder .*missing/],
    ['EISDIR', /folder .*missing/],
    ['EIO', /disk reported an error/],
    ['EWHATEVER', /unexpected error \(EWHATEVER\)/],
  ])('explains %s in plain words, with what to do', (code, why) => {
    const error = writeFailedError(Object.assign(new Error(`${code}: failed`), { code }), 'Your change was not saved');
    expect(error).toMatchObject({ name: 'ServiceError', code: 'WRITE_FAILED' });
    expect(error.message).toMatch(/^Your change was not saved because /);
    expect(error.message).toMatch(why);
    expect(error.message).toMatch(/Everything saved before is unchanged\./);
    expect(error.message).toMatch(/try again/i);
  });
});
