/**
 * Opening a lowdb JSON file safely: migrated to the current version, validated with zod, never
 * overwritten when unreadable, and opened read-only when a newer app wrote it.
 */
import { readFile, rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { FileKind } from './dataLayout';
import { DurableJsonFile } from './durableJsonFile';
import { runMigrations } from './migrations/migration';

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

/** Raised on writing a file from a newer app version, or reading one this app cannot understand. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly version: number,
  ) {
    super(`${file} was written by a newer version of Marginalia (data version ${version})`);
    this.name = 'NewerDatabaseError';
  }
}

/** A database file, opened. */
export interface OpenedDatabase<T> {
  db: Low<T>;
  /** True when a newer app version wrote the file: it can be read, and any write throws. */
  readOnly: boolean;
  /** The version the file was migrated from in this open, or null. */
  migratedFrom: number | null;
  /** False when the file did not exist (it is created on the first write). */
  existed: boolean;
}

/** Hooks into opening. */
export interface OpenHooks {
  /** Awaited before a migrated file is written back, e.g. to take a backup. */
  beforeMigrate?: (file: string, from: number) => Promise<void>;
  /** Read only: an older file is migrated in memory but never written back. */
  readOnly?: boolean;
}

/** Name a damaged file is kept under, next to the original. */
export function asideName(file: string, now: Date): string {
  return `${file}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}`;
}

type Raw = Record<string, unknown>;

async function readRaw(file: string): Promise<{ raw: Raw | null; problem: unknown }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { raw: null, problem: null };
    throw error;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { raw: null, problem: new Error('not an object') };
    return { raw: value as Raw, problem: null };
  } catch (error) {
    return { raw: null, problem: error };
  }
}

async function moveAside(file: string, problem: unknown, readOnly = false): Promise<never> {
  if (readOnly) throw new UnreadableDatabaseError(file, file, problem);
  const movedTo = asideName(file, new Date());
  await rename(file, movedTo);
  throw new UnreadableDatabaseError(file, movedTo, problem);
}

/**
 * Opens the lowdb file at `file` as `kind`:
 * - missing: defaults, created on the first write;
 * - older version: migrated step by step (after `hooks.beforeMigrate`) and written back;
 * - newer version: read with the current schema if it can be, and locked against writes;
 *   otherwise {@link NewerDatabaseError}; the file is never changed;
 * - invalid JSON or shape: renamed aside untouched, then {@link UnreadableDatabaseError}.
 */
export async function openJsonDatabase<T>(file: string, kind: FileKind<T>, hooks: OpenHooks = {}): Promise<OpenedDatabase<T>> {
  const db = new Low<T>(new DurableJsonFile<T>(file), kind.defaults());
  const { raw, problem } = await readRaw(file);
  if (problem !== null) return moveAside(file, problem, hooks.readOnly);
  if (raw === null) return { db, readOnly: false, migratedFrom: null, existed: false };

  const version = raw['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return moveAside(file, new Error(`schemaVersion is ${JSON.stringify(version)}`), hooks.readOnly);
  }

  if (version > kind.version) {
    const readable = kind.schema.safeParse({ ...raw, schemaVersion: kind.version });
    if (!readable.success) throw new NewerDatabaseError(file, version);
    db.data = readable.data;
    db.write = async () => {
      throw new NewerDatabaseError(file, version);
    };
    return { db, readOnly: true, migratedFrom: null, existed: true };
  }

  let current: Raw = raw;
  if (version < kind.version) {
    try {
      current = runMigrations(raw, kind.version, kind.migrations);
    } catch (error) {
      return moveAside(file, error, hooks.readOnly);
    }
  }
  const parsed = kind.schema.safeParse(current);
  if (!parsed.success) return moveAside(file, parsed.error, hooks.readOnly);
  db.data = parsed.data;
  if (version < kind.version && !hooks.readOnly) {
    await hooks.beforeMigrate?.(file, version);
    await db.write();
  }
  return { db, readOnly: false, migratedFrom: version < kind.version ? version : null, existed: true };
}
