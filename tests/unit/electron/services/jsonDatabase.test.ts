import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_FILE } from '../../../../electron/services/dataLayout';
import { NewerDatabaseError, UnreadableDatabaseError, openJsonDatabase } from '../../../../electron/services/jsonDatabase';
import { TEST_PERSON } from '../../../support/person';
import { useTempDirs } from '../../../support/tempDir';

/** What the app passes when it opens files: the profile that migrations may need. */
const HOOKS = { migrationContext: { profile: TEST_PERSON } };

const tempDir = useTempDirs();
const V1_FILE = path.resolve(__dirname, '../../../fixtures/data-v1/annotations/d2f1e0.json');

describe('openJsonDatabase', () => {
  it('starts from defaults when the file does not exist, and writes it on the first save', async () => {
    const file = path.join(await tempDir(), 'a.json');
    const opened = await openJsonDatabase(file, ANNOTATIONS_FILE, HOOKS);
    expect(opened).toMatchObject({ readOnly: false, migratedFrom: null, existed: false });
    expect(opened.db.data).toEqual(ANNOTATIONS_FILE.defaults());
    await opened.db.write();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(ANNOTATIONS_FILE.defaults());
  });

  it.each([
    ['truncated JSON', '{"schemaVersion":2,"annotations":[{"id":'],
    ['an empty file', ''],
    ['JSON that is not an object', '[1,2]'],
    ['a file without a version', '{"annotations":[]}'],
    ['a file of the wrong shape', '{"schemaVersion":3,"annotations":"oops"}'],
    ['an annotation missing fields', '{"schemaVersion":3,"annotations":[{"id":"x"}]}'],
    ['an older file that cannot be migrated', '{"schemaVersion":2,"annotations":"oops"}'],
  ])('moves %s aside, untouched, and says so', async (_label, content) => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.json');
    await writeFile(file, content);
    const error = await openJsonDatabase(file, ANNOTATIONS_FILE, HOOKS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDatabaseError);
    const aside = (await readdir(dir)).filter((f) => f.startsWith('a.json.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(dir, aside[0]!), 'utf8')).toBe(content);
    expect(await readdir(dir)).not.toContain('a.json');
  });

  it('ignores a stale temp file left by an interrupted write', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.json'), JSON.stringify({ schemaVersion: ANNOTATIONS_FILE.version, annotations: [] }));
    await writeFile(path.join(dir, '.a.json.tmp'), '{"schemaVersion":3,"annot');
    const opened = await openJsonDatabase(path.join(dir, 'a.json'), ANNOTATIONS_FILE, HOOKS);
    expect(opened.db.data.annotations).toEqual([]);
    await opened.db.write();
    expect(JSON.parse(await readFile(path.join(dir, 'a.json'), 'utf8'))).toEqual({ schemaVersion: ANNOTATIONS_FILE.version, annotations: [] });
  });

  it('migrates an older file after the before-migration hook, and writes it back', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.json');
    await cp(V1_FILE, file);
    const seen: number[] = [];
    const opened = await openJsonDatabase(file, ANNOTATIONS_FILE, {
      ...HOOKS,
      beforeMigrate: async (f, from) => {
        // The hook runs while the file is still the old version.
        expect(JSON.parse(await readFile(f, 'utf8')).schemaVersion).toBe(1);
        seen.push(from);
      },
    });
    expect(seen).toEqual([1]);
    expect(opened.migratedFrom).toBe(1);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.schemaVersion).toBe(ANNOTATIONS_FILE.version);
    expect(onDisk.annotations.map((a: { origin: string }) => a.origin)).toEqual(['own', 'own']);
    expect(onDisk.annotations.map((a: { creator: unknown }) => a.creator)).toEqual([TEST_PERSON, TEST_PERSON]);
  });

  it('opens a newer file it can read as read-only and never writes it', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.json');
    const v1 = JSON.parse(await readFile(V1_FILE, 'utf8'));
    const newer = JSON.stringify({
      schemaVersion: 9,
      annotations: v1.annotations.map((a: object) => ({ ...a, origin: 'own', creator: TEST_PERSON, motivation: 'highlighting', futureField: 1 })),
      futureTopLevel: true,
    });
    await writeFile(file, newer);
    const opened = await openJsonDatabase(file, ANNOTATIONS_FILE, HOOKS);
    expect(opened.readOnly).toBe(true);
    expect(opened.db.data.annotations).toHaveLength(2);
    await expect(opened.db.write()).rejects.toBeInstanceOf(NewerDatabaseError);
    expect(await readFile(file, 'utf8')).toBe(newer);
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('saves a change before it counts: db.data holds only what is on disk', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.json');
    const opened = await openJsonDatabase(file, ANNOTATIONS_FILE, HOOKS);
    const saved = opened.db.data;
    const v1 = JSON.parse(await readFile(V1_FILE, 'utf8'));
    const one = { ...v1.annotations[0], origin: 'own', creator: TEST_PERSON, motivation: 'highlighting' };

    await mkdir(path.join(file, 'inside'), { recursive: true }); // a folder where the file goes: the write fails
    await expect(opened.save((data) => ({ next: { ...data, annotations: [one] }, result: 1 }))).rejects.toMatchObject({ code: 'EISDIR' });
    expect(opened.db.data).toBe(saved);

    await rm(file, { recursive: true });
    await expect(opened.save((data) => ({ next: data, result: 'unchanged' }))).resolves.toBe('unchanged');
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' }); // nothing changed, nothing written
    await expect(opened.save((data) => ({ next: { ...data, annotations: [one] }, result: 2 }))).resolves.toBe(2);
    expect(JSON.parse(await readFile(file, 'utf8')).annotations).toEqual([one]);
    expect(opened.db.data.annotations).toEqual([one]);
  });

  it('refuses saves to a newer file and when opened read only', async () => {
    const dir = await tempDir();
    const newer = path.join(dir, 'newer.json');
    await writeFile(newer, JSON.stringify({ schemaVersion: 9, annotations: [] }));
    const opened = await openJsonDatabase(newer, ANNOTATIONS_FILE, HOOKS);
    await expect(opened.save((data) => ({ next: { ...data }, result: null }))).rejects.toBeInstanceOf(NewerDatabaseError);
    const readOnly = await openJsonDatabase(path.join(dir, 'b.json'), ANNOTATIONS_FILE, { readOnly: true });
    await expect(readOnly.save((data) => ({ next: { ...data }, result: null }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await readdir(dir)).sort()).toEqual(['newer.json']);
  });

  it('refuses a newer file it cannot read, leaving it exactly as it is', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.json');
    const content = '{"schemaVersion":7,"items":{"totally":"different"}}';
    await writeFile(file, content);
    await expect(openJsonDatabase(file, ANNOTATIONS_FILE, HOOKS)).rejects.toBeInstanceOf(NewerDatabaseError);
    expect(await readFile(file, 'utf8')).toBe(content);
    expect(await readdir(dir)).toEqual(['a.json']);
  });
});
