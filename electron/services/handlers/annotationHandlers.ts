/** Handlers for highlights, their notes and tags, and tags across the library. */
import { randomUUID } from 'node:crypto';
import { describeRange } from '../../../shared/anchoring';
import type { ApiHandlers } from '../../../shared/api';
import { ServiceError } from '../../../shared/errors';
import { motivationFor } from '../../../shared/annotations/motivation';
import type { Annotation } from '../../../shared/model';
import type { DataSession } from '../dataSession';
import { changeOwnAnnotation, refuseOthersAnnotation } from './layerHandlers';

type AnnotationCalls =
  | 'listAnnotations'
  | 'createAnnotation'
  | 'updateAnnotation'
  | 'deleteAnnotation'
  | 'restoreAnnotation'
  | 'listTags'
  | 'renameTag'
  | 'deleteTag';

export function annotationHandlers(session: DataSession): Pick<ApiHandlers, AnnotationCalls> {
  return {
    async listAnnotations({ documentId }) {
      const list = await session.onAnnotations(documentId, (store) => store.list(documentId));
      return { ...list, problem: session.damaged.get(documentId) ?? null };
    },

    async createAnnotation({ documentId, start, end, color, note, tags, question }) {
      const document = await session.library.get(documentId);
      if (end > document.text.length) throw new ServiceError('INVALID_ARGUMENT', 'The selection is outside the document.');
      if (document.text.slice(start, end).trim().length === 0) throw new ServiceError('INVALID_ARGUMENT', 'Select some text to highlight.');
      const stamp = session.stamp();
      const annotation: Annotation = {
        id: randomUUID(),
        documentId,
        target: { selector: describeRange(document.text, start, end) },
        color,
        note,
        tags,
        origin: 'own',
        creator: session.profile.person,
        motivation: motivationFor(note, question),
        createdAt: stamp,
        updatedAt: stamp,
      };
      return session.onAnnotations(documentId, (store) => store.add(annotation));
    },

    async updateAnnotation({ documentId, annotationId, changes }) {
      return changeOwnAnnotation(session, documentId, annotationId, () =>
        session.onAnnotations(documentId, (store) => store.update(documentId, annotationId, changes, session.stamp())),
      );
    },

    async deleteAnnotation({ documentId, annotationId }) {
      await changeOwnAnnotation(session, documentId, annotationId, () => session.onAnnotations(documentId, (store) => store.remove(documentId, annotationId)));
      return { deleted: annotationId };
    },

    async restoreAnnotation({ annotation }) {
      await session.library.get(annotation.documentId);
      // Undo brings back the user's own highlights only: nobody else's can be written into their layer.
      if (annotation.creator.id !== session.profile.person.id) {
        throw new ServiceError('READ_ONLY_LAYER', 'Only your own highlights can be brought back.');
      }
      await refuseOthersAnnotation(session, annotation.documentId, annotation.id);
      return session.onAnnotations(annotation.documentId, (store) => store.restore(annotation));
    },

    async listTags() {
      const counts = new Map<string, number>();
      for (const doc of session.library.list()) {
        const { annotations } = await session.onAnnotations(doc.id, (store) => store.list(doc.id));
        for (const a of annotations) for (const tag of a.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      }
      return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
    },

    async renameTag({ from, to }) {
      // Renaming onto an existing tag merges the two; an annotation never carries a tag twice.
      const rename = (tags: readonly string[]) => (tags.includes(from) ? [...new Set(tags.map((t) => (t === from ? to : t)))] : [...tags]);
      return { changed: await session.retagLibrary(rename) };
    },

    async deleteTag({ tag }) {
      return { changed: await session.retagLibrary((tags) => tags.filter((t) => t !== tag)) };
    },
  };
}
