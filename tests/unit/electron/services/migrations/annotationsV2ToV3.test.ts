import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_FILE } from '../../../../../electron/services/dataLayout';
import { annotationsV1ToV2 } from '../../../../../electron/services/migrations/annotationsV1ToV2';
import { annotationsV2ToV3 } from '../../../../../electron/services/migrations/annotationsV2ToV3';
import { runMigrations } from '../../../../../electron/services/migrations/migration';
import { createServices } from '../../../../../electron/services/createServices';
import { TEST_PERSON } from '../../../../support/person';
import { useTempDirs } from '../../../../support/tempDir';

const V1_FILE = path.resolve(__dirname, '../../../../fixtures/data-v1/annotations/d2f1e0.json');
const SAMPLES_DIR = path.resolve(__dirname, '../../../../../assets/samples');
const CONTEXT = { profile: TEST_PERSON };
const tempDir = useTempDirs();

describe('annotations v2 → v3', () => {
  const v1 = JSON.parse(readFileSync(V1_FILE, 'utf8')) as Record<string, unknown>;
  const v2 = runMigrations(v1, 2, [annotationsV1ToV2], CONTEXT);

  it('makes the local profile the creator of every annotation, with a motivation from its note, and changes nothing else', () => {
    const v3 = runMigrations(v2, 3, [annotationsV2ToV3], CONTEXT);
    const before = v2['annotations'] as Record<string, unknown>[];
    const after = v3['annotations'] as Record<string, unknown>[];
    expect(v3['schemaVersion']).toBe(3);
    expect(after).toHaveLength(before.length);
    after.forEach((a, i) => {
      const note = String(before[i]!['note']).trim();
      expect(a).toEqual({ ...before[i], creator: TEST_PERSON, motivation: note ? 'commenting' : 'highlighting' });
    });
    expect(new Set(after.map((a) => a['motivation']))).toEqual(new Set(['commenting', 'highlighting']));
  });

  it('produces a file the current schema accepts, and does not mutate its input', () => {
    const copy = structuredClone(v2);
    expect(ANNOTATIONS_FILE.schema.safeParse(runMigrations(v2, ANNOTATIONS_FILE.version, ANNOTATIONS_FILE.migrations, CONTEXT)).success).toBe(true);
    annotationsV2ToV3.migrate(v2, CONTEXT);
    expect(v2).toEqual(copy);
  });

  it('migrates a real v2 file on opening, to the profile saved in the data folder, after a backup', async () => {
    const dataDir = await tempDir();
    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    const [doc] = await services.listDocuments({});
    await mkdir(path.join(dataDir, 'annotations'), { recursive: true });
    const file = path.join(dataDir, 'annotations', `${doc!.id}.json`);
    const v2File = { ...v2, annotations: (v2['annotations'] as object[]).map((a) => ({ ...a, documentId: doc!.id })) };
    await writeFile(file, JSON.stringify(v2File));
    const profile = JSON.parse(await readFile(path.join(dataDir, 'profile.json'), 'utf8')) as { id: string };

    const reopened = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    const { annotations } = await reopened.listAnnotations({ documentId: doc!.id });
    expect(annotations.length).toBe((v2['annotations'] as object[]).length);
    expect(new Set(annotations.map((a) => a.creator.id))).toEqual(new Set([profile.id]));
    expect(profile.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    const backups = await reopened.listBackups({});
    expect(backups.some((b) => b.reason === 'before-migration')).toBe(true);
  });
});
