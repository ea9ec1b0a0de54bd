/**
 * Handlers for deleting documents into the trash and restoring them. A deleted document's
 * files move into `trash/<entry>/` first and only then does it leave the library index, so a
 * failure at any step leaves it either in the library or in the trash, never lost.
 */
import type { ApiHandlers } from '../../../shared/api';
import { ServiceError } from '../../../shared/errors';
import type { DataSession } from '../dataSession';
import { Trash, entryOf } from '../trash';
import { writeFailedError } from '../writeFailure';

type TrashCalls = 'deleteDocument' | 'listTrash' | 'restoreFromTrash';

/** Refuses a change when a newer version of Marginalia wrote the library. */
function refuseReadOnly(session: DataSession, what: string): void {
  if (session.library.readOnly) {
    throw new ServiceError('NEWER_DATA', `Your library was saved by a newer version of Marginalia, so ${what}. Update Marginalia to make changes.`);
  }
}

export function trashHandlers(session: DataSession, trash = new Trash(session.paths)): Pick<ApiHandlers, TrashCalls> {
  return {
    async deleteDocument({ documentId }) {
      const summary = session.library.summary(documentId);
      refuseReadOnly(session, `“${summary.title}” was not deleted`);
      const { annotationCount } = await session.withCount(summary);
      const manifest = await trash.moveIn(summary, annotationCount, session.stamp()).catch((error: unknown) => {
        throw writeFailedError(error, `“${summary.title}” was not deleted`);
      });
      try {
        await session.library.remove(documentId);
      } catch (error) {
        // The index still lists it: its files go back, so it stays as it was.
        await trash.moveOut(manifest).then(() => trash.forget(manifest), () => undefined);
        throw writeFailedError(error, `“${summary.title}” was not deleted`);
      } finally {
        session.annotations.forget(documentId);
      }
      return { entry: entryOf(manifest) };
    },

    async listTrash() {
      return (await trash.list()).map(entryOf);
    },

    async restoreFromTrash({ entryId }) {
      const manifest = await trash.read(entryId);
      const { title } = manifest.document;
      refuseReadOnly(session, `“${title}” was not restored`);
      const same = session.library.findSame(manifest.document.id, manifest.document.source.sha256);
      if (same) {
        throw new ServiceError(
          'INVALID_ARGUMENT',
          `“${title}” was not restored because the same document is in your library again (as “${same.title}”). The copy in the trash, with its highlights, was kept; delete the one in the library first to bring it back.`,
        );
      }
      const moved = await trash.moveOut(manifest).catch((error: unknown) => {
        throw writeFailedError(error, `“${title}” was not restored and stays in the trash`);
      });
      try {
        await session.library.reinstate(manifest.document);
      } catch (error) {
        await trash.moveBackIn(manifest, moved).catch(() => undefined);
        throw writeFailedError(error, `“${title}” was not restored and stays in the trash`);
      } finally {
        session.annotations.forget(manifest.document.id);
      }
      await trash.forget(manifest);
      return { document: await session.withCount(session.library.summary(manifest.document.id)) };
    },
  };
}
