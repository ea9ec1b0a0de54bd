/**
 * Opening a lowdb JSON file safely: validated with zod, never overwritten when unreadable.
 */
import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';
import { SCHEMA_VERSION } from './dataLayout';

/** Raised when a database file exists but cannot be used; the file has been moved aside. */
export class UnreadableDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly movedTo: string,
    cause: unknown,
  ) {
    super(`${file} could not be read and was moved to ${movedTo}`, { cause });
    this.name = 'UnreadableDatabaseError';
  }
}

/** Raised when a file was written by a newer version of the app; the file is left untouched. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly version: number,
  ) {
    super(`${file} was written by a newer version of Marginalia (data version ${version})`);
    this.name = 'NewerDatabaseError';
  }
}

/** Name a damaged file is kept under, next to the original. */
export function asideName(file: string, now: Date): string {
  return `${file}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/**
 * Opens (or creates, on first write) the lowdb file at `file`. When the file holds invalid
 * JSON or data that fails `schema`, it is renamed aside, never rewritten, and an
 * {@link UnreadableDatabaseError} is thrown so the caller can tell the user. A file from a newer
 * version of the app is left as it is and raises {@link NewerDatabaseError}.
 */
export async function openJsonDatabase<T>(file: string, schema: z.ZodType<T>, defaults: () => T): Promise<Low<T>> {
  const db = new Low<T>(new JSONFile<T>(file), defaults());
  let problem: unknown = null;
  try {
    await db.read();
    const version = (db.data as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) throw new NewerDatabaseError(file, version);
    const parsed = schema.safeParse(db.data);
    if (parsed.success) db.data = parsed.data;
    else problem = parsed.error;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    problem = error;
  }
  if (problem !== null) {
    const movedTo = asideName(file, new Date());
    await rename(file, movedTo);
    throw new UnreadableDatabaseError(file, movedTo, problem);
  }
  return db;
}
