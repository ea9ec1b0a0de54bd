/**
 * Annotations, one lowdb file per document, so a save rewrites only that document's file.
 * Each save resolves only once the file is on disk, and the store shows a change only once it
 * is saved: a failed write leaves the highlights as they were and says why.
 */
import { motivationAfter, type MotivationChange } from '../../shared/annotations/motivation';
import { ServiceError } from '../../shared/errors';
import type { Annotation } from '../../shared/model';
import { ANNOTATIONS_FILE, type DataPaths, type AnnotationsFile } from './dataLayout';
import { openJsonDatabase, type Change, type OpenedDatabase, type OpenHooks } from './jsonDatabase';
import { writeFailedError } from './writeFailure';

/** Fields of an annotation a user can change. */
export type AnnotationChanges = Partial<Pick<Annotation, 'color' | 'note' | 'tags'>> & MotivationChange;

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

  /**
   * A document's annotations as stored, not copied, for reading the whole library quickly
   * (statistics). A save replaces the list and never changes it, so what this returns stays as
   * it was; the caller must not change it either.
   */
  async snapshot(documentId: string): Promise<readonly Annotation[]> {
    return (await this.file(documentId)).db.data.annotations;
  }

  /** Number of annotations of a document. */
  async count(documentId: string): Promise<number> {
    return (await this.file(documentId)).db.data.annotations.length;
  }

  /** Number of annotations of a document and the tags they carry (sorted, each once), without copying the annotations. */
  async countAndTags(documentId: string): Promise<{ count: number; tags: string[] }> {
    const { annotations } = (await this.file(documentId)).db.data;
    const tags = new Set<string>();
    for (const a of annotations) for (const tag of a.tags) tags.add(tag);
    return { count: annotations.length, tags: [...tags].sort((a, b) => a.localeCompare(b)) };
  }

  /**
   * Forgets a document's opened file (after the file was moved to the trash or back), so the
   * next call reads it from disk again.
   */
  forget(documentId: string): void {
    this.open.delete(documentId);
  }

  /**
   * Saves `change` to a document's file (see {@link OpenedDatabase.save}): the store shows the
   * change only once it is on disk, and a failed write is a WRITE_FAILED ServiceError.
   */
  private async save<R>(documentId: string, change: Change<AnnotationsFile, R>): Promise<R> {
    const { save } = await this.writable(documentId);
    try {
      return await save(change);
    } catch (error) {
      throw writeFailedError(error, 'Your change to these highlights was not saved');
    }
  }

  /** Saves a new annotation; resolves once it is on disk. */
  async add(annotation: Annotation): Promise<Annotation> {
    const added = structuredClone(annotation);
    await this.save(annotation.documentId, (saved) => ({ next: { ...saved, annotations: [...saved.annotations, added] }, result: null }));
    return structuredClone(added);
  }

  /** Saves several new annotations with one write; resolves once they are on disk. */
  async addMany(documentId: string, annotations: readonly Annotation[]): Promise<void> {
    if (annotations.length === 0) return;
    const added = structuredClone(annotations);
    await this.save(documentId, (saved) => ({ next: { ...saved, annotations: [...saved.annotations, ...added] }, result: null }));
  }

  /**
   * Rewrites every annotation of a document with `change` (given what is saved) and saves once;
   * resolves once on disk. Used when a document gets a new version and its highlights move.
   */
  async rewrite(documentId: string, change: (saved: readonly Annotation[]) => Annotation[]): Promise<Annotation[]> {
    return structuredClone(
      await this.save(documentId, (saved) => {
        const next = change(saved.annotations);
        return { next: { ...saved, annotations: next }, result: next };
      }),
    );
  }

  /** Puts back an annotation that was deleted (undo), keeping its id; refuses a duplicate id. */
  async restore(annotation: Annotation): Promise<Annotation> {
    const restored = structuredClone(annotation);
    await this.save(annotation.documentId, (saved) => {
      if (saved.annotations.some((a) => a.id === restored.id)) {
        throw new ServiceError('INVALID_ARGUMENT', 'That highlight is already there.');
      }
      return { next: { ...saved, annotations: [...saved.annotations, restored] }, result: null };
    });
    return structuredClone(restored);
  }

  /**
   * Rewrites the tags of every annotation of a document with `change` and saves once, only if
   * something changed. Resolves with the number of annotations changed (0 for read-only files).
   */
  async retag(documentId: string, change: (tags: readonly string[]) => string[], updatedAt: string): Promise<number> {
    // Highlights saved by a newer app version are read-only: they keep their tags.
    if ((await this.file(documentId)).readOnly) return 0;
    return this.save(documentId, (saved) => {
      let changed = 0;
      const annotations = saved.annotations.map((a) => {
        const next = change(a.tags);
        if (next.length === a.tags.length && next.every((t, i) => t === a.tags[i])) return a;
        changed++;
        return { ...a, tags: next, updatedAt };
      });
      return { next: changed === 0 ? saved : { ...saved, annotations }, result: changed };
    });
  }

  /** Applies `changes` to one annotation and saves; resolves with the updated annotation. */
  async update(documentId: string, id: string, changes: AnnotationChanges, updatedAt: string): Promise<Annotation> {
    const copy = structuredClone(changes);
    const updated = await this.save(documentId, (saved) => {
      const index = saved.annotations.findIndex((a) => a.id === id);
      if (index === -1) throw new ServiceError('NOT_FOUND', 'That highlight no longer exists.');
      const current = saved.annotations[index]!;
      const { question: _question, ...fields } = copy;
      const annotation: Annotation = { ...current, ...fields, motivation: motivationAfter(current, copy), updatedAt };
      return { next: { ...saved, annotations: saved.annotations.with(index, annotation) }, result: annotation };
    });
    return structuredClone(updated);
  }

  /** Deletes one annotation and saves. */
  async remove(documentId: string, id: string): Promise<void> {
    await this.save(documentId, (saved) => {
      if (!saved.annotations.some((a) => a.id === id)) throw new ServiceError('NOT_FOUND', 'That highlight no longer exists.');
      return { next: { ...saved, annotations: saved.annotations.filter((a) => a.id !== id) }, result: null };
    });
  }
}
