import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationsFileSchema } from '../../../../electron/services/dataLayout';
import { NewerDatabaseError, UnreadableDatabaseError, openJsonDatabase } from '../../../../electron/services/jsonDatabase';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();
const defaults = () => ({ schemaVersion: 1 as const, annotations: [] });

describe('openJsonDatabase', () => {
  it('starts from defaults when the file does not exist, and writes it on the first save', async () => {
    const file = path.join(await tempDir(), 'a.json');
    const db = await openJsonDatabase(file, annotationsFileSchema, defaults);
    expect(db.data).toEqual(defaults());
    await db.write();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(defaults());
  });

  it.each([
    ['truncated JSON', '{"schemaVersion":1,"annotations":[{"id":'],
    ['an empty file', ''],
    ['a file of the wrong shape', '{"schemaVersion":1,"annotations":"oops"}'],
  ])('moves %s aside, untouched, and says so', async (_label, content) => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.json');
    await writeFile(file, content);
    const error = await openJsonDatabase(file, annotationsFileSchema, defaults).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDatabaseError);
    const aside = (await readdir(dir)).filter((f) => f.startsWith('a.json.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(dir, aside[0]!), 'utf8')).toBe(content);
  });

  it('leaves a file from a newer version exactly as it is', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.json');
    const content = '{"schemaVersion":7,"annotations":[],"future":true}';
    await writeFile(file, content);
    await expect(openJsonDatabase(file, annotationsFileSchema, defaults)).rejects.toBeInstanceOf(NewerDatabaseError);
    expect(await readFile(file, 'utf8')).toBe(content);
    expect(await readdir(dir)).toEqual(['a.json']);
  });
});
