/**
 * Handlers for people and layers: the local profile, every layer on a document, and what the
 * user may do with another person's annotation (reply to it, copy it into their own notes).
 * Other people's annotations are never changed here or anywhere else.
 */
import { randomUUID } from 'node:crypto';
import type { ApiHandlers, Layer } from '../../../shared/api';
import { motivationFor } from '../../../shared/annotations/motivation';
import { ServiceError } from '../../../shared/errors';
import type { Annotation } from '../../../shared/model';
import type { DataSession } from '../dataSession';
import { toApiLayer } from '../layerStore';

type LayerCalls = 'getProfile' | 'setProfileName' | 'listLayers' | 'replyToAnnotation' | 'copyToOwn';

/** Another person's annotation on a document, or NOT_FOUND. */
async function othersAnnotation(session: DataSession, documentId: string, annotationId: string): Promise<Annotation> {
  const found = await session.layers.find(documentId, annotationId);
  if (!found) throw new ServiceError('NOT_FOUND', 'That note is no longer in this document’s layers.');
  return found.annotation;
}

/** A new own annotation on the same passage as `source`. */
function ownOnPassageOf(session: DataSession, source: Annotation, fields: Pick<Annotation, 'note' | 'tags' | 'color' | 'motivation'> & { replyTo?: string }): Annotation {
  const stamp = session.stamp();
  return {
    id: randomUUID(),
    documentId: source.documentId,
    target: structuredClone(source.target),
    origin: 'own',
    creator: session.profile.person,
    createdAt: stamp,
    updatedAt: stamp,
    ...fields,
  };
}

export function layerHandlers(session: DataSession): Pick<ApiHandlers, LayerCalls> {
  return {
    async getProfile() {
      return { person: session.profile.person, named: session.profile.named };
    },

    async setProfileName({ name }) {
      const person = await session.profile.rename(name);
      return { person, named: true };
    },

    async listLayers({ documentId }) {
      await session.library.get(documentId);
      const { annotations, readOnly } = await session.onAnnotations(documentId, (store) => store.list(documentId));
      const own: Layer = { key: 'own', creator: session.profile.person, role: 'own', readOnly, packet: null, annotations };
      return [own, ...(await session.layers.list(documentId)).map(toApiLayer)];
    },

    async replyToAnnotation({ documentId, annotationId, note, color }) {
      const answered = await othersAnnotation(session, documentId, annotationId);
      const reply = ownOnPassageOf(session, answered, { note, tags: [], color: color ?? answered.color, motivation: 'replying', replyTo: answered.id });
      return session.onAnnotations(documentId, (store) => store.add(reply));
    },

    async copyToOwn({ documentId, annotationId }) {
      const source = await othersAnnotation(session, documentId, annotationId);
      const copy = ownOnPassageOf(session, source, { note: source.note, tags: [...source.tags], color: source.color, motivation: motivationFor(source.note) });
      return session.onAnnotations(documentId, (store) => store.add(copy));
    },
  };
}

/**
 * Refuses, with a message that says what the user can do instead, a change to an annotation
 * that is in another person's layer; resolves when the id is not another person's.
 */
export async function refuseOthersAnnotation(session: DataSession, documentId: string, annotationId: string): Promise<void> {
  const found = await session.layers.find(documentId, annotationId);
  if (!found) return;
  throw new ServiceError(
    'READ_ONLY_LAYER',
    `That note is ${found.layer.creator.name || 'another person'}’s, so it cannot be changed here. Reply to it, or copy it into your own notes.`,
  );
}

/**
 * Runs a change to one of the user's own annotations. Only when the user's own layer has no
 * annotation with that id are other people's layers read, to say why it cannot be changed: the
 * common case (saving a note as it is typed) never reads them.
 */
export async function changeOwnAnnotation<T>(session: DataSession, documentId: string, annotationId: string, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'NOT_FOUND') await refuseOthersAnnotation(session, documentId, annotationId);
    throw error;
  }
}
