import { describe, expect, it } from 'vitest';
import { MissingMigrationError, runMigrations, type Migration } from '../../../../../electron/services/migrations/migration';
import { TEST_PERSON } from '../../../../support/person';

const CONTEXT = { profile: TEST_PERSON };

const steps: Migration[] = [
  { from: 1, describe: 'a', migrate: (d) => ({ ...d, a: true }) },
  { from: 2, describe: 'b', migrate: (d) => ({ ...d, b: d['a'] === true }) },
];

describe('runMigrations', () => {
  it('applies each step in order and stamps the version', () => {
    expect(runMigrations({ schemaVersion: 1 }, 3, steps, CONTEXT)).toEqual({ schemaVersion: 3, a: true, b: true });
    expect(runMigrations({ schemaVersion: 2, a: true }, 3, steps, CONTEXT)).toEqual({ schemaVersion: 3, a: true, b: true });
  });

  it('leaves current data alone', () => {
    const data = { schemaVersion: 3, x: 1 };
    expect(runMigrations(data, 3, steps, CONTEXT)).toBe(data);
  });

  it('fails when a step is missing', () => {
    expect(() => runMigrations({ schemaVersion: 1 }, 3, [steps[1]!], CONTEXT)).toThrow(MissingMigrationError);
  });
});
