/**
 * Annotations, one lowdb file per document, so a save rewrites only that document's file.
 * Each save resolves only once the file is on disk.
 */
import { ServiceError } from '../../shared/errors';
import type { Annotation } from '../../shared/model';
import { ANNOTATIONS_FILE, type DataPaths, type AnnotationsFile } from './dataLayout';
import { openJsonDatabase, type OpenedDatabase, type OpenHooks } from './jsonDatabase';

/** Fields of an annotation a user can change. */
export type AnnotationChanges = Partial<Pick<Annotation, 'color' | 'note' | 'tags'>>;

export class AnnotationStore {
  private readonly open = new Map<string, Promise<OpenedDatabase<AnnotationsFile>>>();

  constructor(
    private readonly paths: DataPaths,
    private readonly hooks: OpenHooks = {},
  ) {}

  /** Opens a document's file once; a failed open is not remembered, so a later call tries again. */
  private file(documentId: string): Promise<OpenedDatabase<AnnotationsFile>> {
    let pending = this.open.get(documentId);
    if (!pending) {
      pending = openJsonDatabase(this.paths.annotations(documentId), ANNOTATIONS_FILE, this.hooks);
      pending.catch(() => this.open.delete(documentId));
      this.open.set(documentId, pending);
    }
    return pending;
  }

  private async writable(documentId: string): Promise<OpenedDatabase<AnnotationsFile>> {
    const opened = await this.file(documentId);
    if (opened.readOnly) {
      throw new ServiceError(
        'NEWER_DATA',
        'These highlights were saved by a newer version of Marginalia, so they are read-only here. Update Marginalia to change them.',
      );
    }
    return opened;
  }

  /** All annotations of a document, oldest first, and whether they may be changed. */
  async list(documentId: string): Promise<{ annotations: Annotation[]; readOnly: boolean }> {
    const opened = await this.file(documentId);
    return { annotations: structuredClone(opened.db.data.annotations), readOnly: opened.readOnly };
  }

  /** Number of annotations of a document. */
  async count(documentId: string): Promise<number> {
    return (await this.file(documentId)).db.data.annotations.length;
  }

  /** Saves a new annotation; resolves once it is on disk. */
  async add(annotation: Annotation): Promise<Annotation> {
    const { db } = await this.writable(annotation.documentId);
    db.data.annotations.push(structuredClone(annotation));
    await db.write();
    return structuredClone(annotation);
  }

  /** Saves several new annotations with one write; resolves once they are on disk. */
  async addMany(documentId: string, annotations: readonly Annotation[]): Promise<void> {
    if (annotations.length === 0) return;
    const { db } = await this.writable(documentId);
    db.data.annotations.push(...structuredClone(annotations));
    await db.write();
  }

  /** Puts back an annotation that was deleted (undo), keeping its id; refuses a duplicate id. */
  async restore(annotation: Annotation): Promise<Annotation> {
    const { db } = await this.writable(annotation.documentId);
    if (db.data.annotations.some((a) => a.id === annotation.id)) {
      throw new ServiceError('INVALID_ARGUMENT', 'That highlight is already there.');
    }
    db.data.annotations.push(structuredClone(annotation));
    await db.write();
    return structuredClone(annotation);
  }

  /**
   * Rewrites the tags of every annotation of a document with `change` and saves once, only if
   * something changed. Resolves with the number of annotations changed (0 for read-only files).
   */
  async retag(documentId: string, change: (tags: readonly string[]) => string[], updatedAt: string): Promise<number> {
    const opened = await this.file(documentId);
    const updates = opened.db.data.annotations
      .map((a) => ({ a, next: change(a.tags) }))
      .filter(({ a, next }) => next.length !== a.tags.length || next.some((t, i) => t !== a.tags[i]));
    // Highlights saved by a newer app version are read-only: they keep their tags.
    if (updates.length === 0 || opened.readOnly) return 0;
    for (const { a, next } of updates) {
      a.tags = next;
      a.updatedAt = updatedAt;
    }
    await opened.db.write();
    return updates.length;
  }

  /** Applies `changes` to one annotation and saves; resolves with the updated annotation. */
  async update(documentId: string, id: string, changes: AnnotationChanges, updatedAt: string): Promise<Annotation> {
    const { db } = await this.writable(documentId);
    const existing = db.data.annotations.find((a) => a.id === id);
    if (!existing) throw new ServiceError('NOT_FOUND', 'That highlight no longer exists.');
    Object.assign(existing, structuredClone(changes), { updatedAt });
    await db.write();
    return structuredClone(existing);
  }

  /** Deletes one annotation and saves. */
  async remove(documentId: string, id: string): Promise<void> {
    const { db } = await this.writable(documentId);
    const index = db.data.annotations.findIndex((a) => a.id === id);
    if (index === -1) throw new ServiceError('NOT_FOUND', 'That highlight no longer exists.');
    db.data.annotations.splice(index, 1);
    await db.write();
  }
}
