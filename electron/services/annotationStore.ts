/**
 * Annotations, one lowdb file per document, so a save rewrites only that document's file.
 */
import type { Low } from 'lowdb';
import { ServiceError } from '../../shared/errors';
import type { Annotation } from '../../shared/model';
import { SCHEMA_VERSION, annotationsFileSchema, dataPaths, type AnnotationsFile } from './dataLayout';
import { NewerDatabaseError, UnreadableDatabaseError, openJsonDatabase } from './jsonDatabase';

/** Fields of an annotation a user can change. */
export type AnnotationChanges = Partial<Pick<Annotation, 'color' | 'note' | 'tags'>>;

export class AnnotationStore {
  private readonly open = new Map<string, Promise<Low<AnnotationsFile>>>();
  private readonly paths: ReturnType<typeof dataPaths>;

  constructor(dataDir: string) {
    this.paths = dataPaths(dataDir);
  }

  private db(documentId: string): Promise<Low<AnnotationsFile>> {
    let pending = this.open.get(documentId);
    if (!pending) {
      pending = openJsonDatabase(this.paths.annotations(documentId), annotationsFileSchema, () => ({
        schemaVersion: SCHEMA_VERSION,
        annotations: [],
      })).catch((error: unknown) => {
        throw explainOpenFailure(error);
      });
      // A failed open is not cached, so a later call tries again.
      pending.catch(() => this.open.delete(documentId));
      this.open.set(documentId, pending);
    }
    return pending;
  }

  /** All annotations of a document, oldest first. */
  async list(documentId: string): Promise<Annotation[]> {
    return (await this.db(documentId)).data.annotations.map((a) => structuredClone(a));
  }

  /** Number of annotations of a document. */
  async count(documentId: string): Promise<number> {
    return (await this.db(documentId)).data.annotations.length;
  }

  /** Saves a new annotation; resolves once it is on disk. */
  async add(annotation: Annotation): Promise<Annotation> {
    const db = await this.db(annotation.documentId);
    db.data.annotations.push(structuredClone(annotation));
    await db.write();
    return structuredClone(annotation);
  }

  /** Applies `changes` to one annotation and saves; resolves with the updated annotation. */
  async update(documentId: string, id: string, changes: AnnotationChanges, updatedAt: string): Promise<Annotation> {
    const db = await this.db(documentId);
    const existing = db.data.annotations.find((a) => a.id === id);
    if (!existing) throw new ServiceError('NOT_FOUND', 'That highlight no longer exists.');
    Object.assign(existing, structuredClone(changes), { updatedAt });
    await db.write();
    return structuredClone(existing);
  }

  /** Deletes one annotation and saves. */
  async remove(documentId: string, id: string): Promise<void> {
    const db = await this.db(documentId);
    const index = db.data.annotations.findIndex((a) => a.id === id);
    if (index === -1) throw new ServiceError('NOT_FOUND', 'That highlight no longer exists.');
    db.data.annotations.splice(index, 1);
    await db.write();
  }
}

/** Turns a database open failure into a message the user can act on. */
function explainOpenFailure(error: unknown): unknown {
  if (error instanceof UnreadableDatabaseError) {
    return new ServiceError(
      'DAMAGED_DATA',
      `The highlights file of this document was damaged. It was kept unchanged as ${error.movedTo}; new highlights are saved to a fresh file.`,
    );
  }
  if (error instanceof NewerDatabaseError) {
    return new ServiceError(
      'NEWER_DATA',
      `The highlights of this document were saved by a newer version of Marginalia (data version ${error.version}). Update the app to open them; the file was left untouched.`,
    );
  }
  return error;
}
