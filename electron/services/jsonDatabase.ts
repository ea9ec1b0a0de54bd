/**
 * Opening a lowdb JSON file safely: migrated to the current version, validated with zod, never
 * overwritten when unreadable, and opened read-only when a newer app wrote it. Changes are
 * saved before they count: `db.data` only ever holds what is on disk.
 */
import { readFile, rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { ServiceError } from '../../shared/errors';
import type { FileKind } from './dataLayout';
import { DurableJsonFile } from './durableJsonFile';
import { runMigrations, type MigrationContext } from './migrations/migration';

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

/**
 * A change to a database: given the data as saved (never to be modified in place), returns the
 * next data (the same object when nothing changes) and the caller's result. May throw to refuse.
 */
export type Change<T, R> = (saved: Readonly<T>) => { next: T; result: R };

/** A database file, opened. */
export interface OpenedDatabase<T> {
  /** `db.data` is the data as it is on disk; change it only through {@link OpenedDatabase.save}. */
  db: Low<T>;
  /**
   * Saves a change: `change` runs on the data as saved, the data it returns is written, and
   * only once that is on disk does it become `db.data`, so a failed write changes nothing.
   * Changes asked for while a write runs are applied in call order and written together; each
   * caller resolves once a write holding its change is on disk, and rejects with the write's
   * error when that write failed (or with what `change` threw, leaving the others to be saved).
   */
  save<R>(change: Change<T, R>): Promise<R>;
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
  /** What migrations may need (the local profile); required to open a file that needs migrating. */
  migrationContext?: MigrationContext;
}

interface PendingChange<T> {
  change: Change<T, unknown>;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/** The save queue of one database: see {@link OpenedDatabase.save}. */
class SaveQueue<T> {
  private queue: PendingChange<T>[] = [];
  private running = false;

  constructor(private readonly db: Low<T>) {}

  save<R>(change: Change<T, R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ change, resolve: resolve as (result: unknown) => void, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      let data = this.db.data;
      const applied: { pending: PendingChange<T>; result: unknown }[] = [];
      for (const pending of batch) {
        try {
          const { next, result } = pending.change(data);
          data = next;
          applied.push({ pending, result });
        } catch (error) {
          pending.reject(error);
        }
      }
      if (data !== this.db.data) {
        try {
          await this.db.adapter.write(data);
        } catch (error) {
          for (const { pending } of applied) pending.reject(error);
          continue;
        }
        this.db.data = data;
      }
      for (const { pending, result } of applied) pending.resolve(result);
    }
    this.running = false;
  }
}

/** A database whose saves are refused with `error`. */
function refusingSaves<T>(db: Low<T>, error: () => Error) {
  return {
    db,
    save: async <R>(_change: Change<T, R>): Promise<R> => {
      throw error();
    },
  };
}

/** A database whose saves go through a {@link SaveQueue}. */
function queuedSaves<T>(db: Low<T>) {
  const queue = new SaveQueue(db);
  return { db, save: <R>(change: Change<T, R>) => queue.save(change) };
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
/** The context migrations run with; a file that needs one cannot be migrated without it. */
function migrationContextOf(hooks: OpenHooks): MigrationContext {
  if (!hooks.migrationContext) throw new Error('A data file needs migrating, but no migration context (profile) was given.');
  return hooks.migrationContext;
}

export async function openJsonDatabase<T>(file: string, kind: FileKind<T>, hooks: OpenHooks = {}): Promise<OpenedDatabase<T>> {
  const db = new Low<T>(new DurableJsonFile<T>(file), kind.defaults());
  const { raw, problem } = await readRaw(file);
  if (problem !== null) return moveAside(file, problem, hooks.readOnly);
  const saving = hooks.readOnly
    ? refusingSaves(db, () => new ServiceError('FORBIDDEN', 'The library is open read-only, so nothing was changed.'))
    : queuedSaves(db);
  if (raw === null) return { ...saving, readOnly: false, migratedFrom: null, existed: false };

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
    return { ...refusingSaves(db, () => new NewerDatabaseError(file, version)), readOnly: true, migratedFrom: null, existed: true };
  }

  let current: Raw = raw;
  if (version < kind.version) {
    // Outside the try: a missing context is our bug, never a reason to move the user's file aside.
    const context = migrationContextOf(hooks);
    try {
      current = runMigrations(raw, kind.version, kind.migrations, context);
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
  return { ...saving, readOnly: false, migratedFrom: version < kind.version ? version : null, existed: true };
}
