import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_FILE } from '../../../../../electron/services/dataLayout';
import { annotationsV1ToV2 } from '../../../../../electron/services/migrations/annotationsV1ToV2';
import { runMigrations } from '../../../../../electron/services/migrations/migration';
import { TEST_PERSON } from '../../../../support/person';

const CONTEXT = { profile: TEST_PERSON };

const V1_FILE = path.resolve(__dirname, '../../../../fixtures/data-v1/annotations/d2f1e0.json');

describe('annotations v1 → v2', () => {
  const v1 = JSON.parse(readFileSync(V1_FILE, 'utf8')) as Record<string, unknown>;

  it('marks every annotation as the user’s own and changes nothing else', () => {
    const v2 = runMigrations(v1, 2, [annotationsV1ToV2], CONTEXT);
    const before = v1['annotations'] as Record<string, unknown>[];
    const after = v2['annotations'] as Record<string, unknown>[];
    expect(v2['schemaVersion']).toBe(2);
    expect(after).toHaveLength(before.length);
    after.forEach((a, i) => expect(a).toEqual({ ...before[i], origin: 'own' }));
  });

  it('produces a file the current schema accepts', () => {
    expect(ANNOTATIONS_FILE.schema.safeParse(runMigrations(v1, ANNOTATIONS_FILE.version, ANNOTATIONS_FILE.migrations, CONTEXT)).success).toBe(true);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(v1);
    annotationsV1ToV2.migrate(v1, CONTEXT);
    expect(v1).toEqual(copy);
  });
});
