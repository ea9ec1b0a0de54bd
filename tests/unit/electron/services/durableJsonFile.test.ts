import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DurableJsonFile } from '../../../../electron/services/durableJsonFile';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

describe('DurableJsonFile', () => {
  it('reads null for a missing file and back what it wrote', async () => {
    const file = path.join(await tempDir(), 'a.json');
    const adapter = new DurableJsonFile<{ n: number }>(file);
    expect(await adapter.read()).toBeNull();
    await adapter.write({ n: 1 });
    expect(await adapter.read()).toEqual({ n: 1 });
  });

  it('serializes concurrent saves, resolves each once its data is on disk, and ends with the last', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.json');
    const adapter = new DurableJsonFile<{ n: number }>(file);
    const seen: [number, number][] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        adapter.write({ n }).then(async () => {
          seen.push([n, (JSON.parse(await readFile(file, 'utf8')) as { n: number }).n]);
        }),
      ),
    );
    // When a save resolves, the file on disk holds that save or a later one.
    expect(seen).toHaveLength(20);
    for (const [mine, onDisk] of seen) expect(onDisk).toBeGreaterThanOrEqual(mine);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 19 });
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('creates the file’s own folder, but never a missing parent (a data folder that has gone)', async () => {
    const dir = await tempDir();
    const adapter = new DurableJsonFile<object>(path.join(dir, 'own', 'a.json'));
    await expect(adapter.write({ ok: true })).resolves.toBeUndefined();
    const gone = new DurableJsonFile<object>(path.join(dir, 'missing', 'deeper', 'a.json'));
    await expect(gone.write({})).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual(['own']);
  });

  it('rejects a save it could not make and keeps going', async () => {
    const dir = await tempDir();
    const adapter = new DurableJsonFile<object>(path.join(dir, 'a.json'));
    const blocked = new DurableJsonFile<object>(path.join(dir, 'a.json', 'x.json'));
    await adapter.write({ n: 1 });
    await expect(blocked.write({})).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(adapter.write({ n: 2 })).resolves.toBeUndefined();
    expect(JSON.parse(await readFile(path.join(dir, 'a.json'), 'utf8'))).toEqual({ n: 2 });
    expect(await readdir(dir)).toEqual(['a.json']);
  });
});
