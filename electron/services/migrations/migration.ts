/**
 * Schema migrations: one pure function per version step. A file at version N is brought to
 * the current version by applying the steps N→N+1, N+1→N+2, … in order.
 */

import type { Person } from '../../../shared/model';

/** What a step may need besides the file itself. */
export interface MigrationContext {
  /** The local profile: who the user's own annotations were made by. */
  profile: Person;
}

/** One step from `from` to `from + 1`. `migrate` must not mutate its input. */
export interface Migration {
  from: number;
  describe: string;
  migrate: (data: Record<string, unknown>, context: MigrationContext) => Record<string, unknown>;
}

/** Raised when no chain of steps leads from a file's version to the current one. */
export class MissingMigrationError extends Error {
  constructor(readonly from: number) {
    super(`No migration from data version ${from}`);
    this.name = 'MissingMigrationError';
  }
}

/**
 * Applies the steps that lead from `data.schemaVersion` to `current`; each step's output gets
 * `schemaVersion` set to its target version.
 */
export function runMigrations(
  data: Record<string, unknown>,
  current: number,
  migrations: readonly Migration[],
  context: MigrationContext,
): Record<string, unknown> {
  let result = data;
  let version = Number(data['schemaVersion']);
  while (version < current) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new MissingMigrationError(version);
    result = { ...step.migrate(result, context), schemaVersion: version + 1 };
    version++;
  }
  return result;
}
