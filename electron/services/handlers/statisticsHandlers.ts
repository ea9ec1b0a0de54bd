/** Handler for the statistics of the user's own annotations, over the whole library or one document. */
import type { ApiHandlers } from '../../../shared/api';
import { ServiceError } from '../../../shared/errors';
import { libraryStatistics, type DocumentAnnotations } from '../../../shared/statistics/libraryStatistics';
import type { DataSession } from '../dataSession';

/**
 * The statistics call. Each document's file is read on its own: one that cannot be read is
 * reported in `problems` and the others are still counted. Other people's layers are not counted.
 */
export function statisticsHandlers(session: DataSession): Pick<ApiHandlers, 'getStatistics'> {
  return {
    async getStatistics({ documentId, now, utcOffsetMinutes }) {
      const clock = now === undefined ? new Date(session.stamp()) : new Date(now);
      const entries = documentId === undefined ? session.library.list() : [session.library.summary(documentId)];
      const documents: DocumentAnnotations[] = [];
      const problems: string[] = [];
      for (const entry of entries) {
        try {
          const annotations = await session.onAnnotations(entry.id, (store) => store.snapshot(entry.id));
          documents.push({ id: entry.id, title: entry.title, annotations });
        } catch (error) {
          problems.push(
            error instanceof ServiceError ? error.message : `The highlights of “${entry.title}” could not be read, so they are not counted.`,
          );
          documents.push({ id: entry.id, title: entry.title, annotations: [] });
        }
        const damage = session.damaged.get(entry.id);
        if (damage) problems.push(damage);
      }
      return libraryStatistics({ documents, now: clock, utcOffsetMinutes: utcOffsetMinutes ?? -clock.getTimezoneOffset(), problems });
    },
  };
}
