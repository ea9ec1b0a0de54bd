/** Handlers for the library as a whole: documents, status and backups. */
import type { ApiHandlers } from '../../../shared/api';
import { ServiceError } from '../../../shared/errors';
import { checkDocumentTitle } from '../../../shared/library/documentTitle';
import type { DataSession } from '../dataSession';

type LibraryCalls = 'listDocuments' | 'getDocument' | 'getStatus' | 'listBackups' | 'restoreBackup' | 'renameDocument' | 'recordDocumentOpened';

export function libraryHandlers(session: DataSession): Pick<ApiHandlers, LibraryCalls> {
  return {
    async listDocuments() {
      return Promise.all(session.library.list().map((s) => session.withCount(s)));
    },

    async getDocument({ documentId }) {
      return session.library.get(documentId);
    },

    async renameDocument({ documentId, title }) {
      session.library.summary(documentId);
      const checked = checkDocumentTitle(title);
      if (!checked.ok) throw new ServiceError('INVALID_ARGUMENT', checked.message);
      // Exports and the search index read the title from the library, so both follow at once.
      return session.withCount(await session.library.rename(documentId, checked.title));
    },

    async recordDocumentOpened({ documentId }) {
      const { openedAt } = await session.library.recordOpened(documentId, session.stamp());
      return { openedAt: openedAt ?? session.stamp() };
    },

    async getStatus() {
      return {
        readOnly: session.library.readOnly || session.options.readOnly === true,
        notices: [...session.notices],
        offerRestore: session.filesDamaged,
      };
    },

    async listBackups() {
      return session.backups.list();
    },

    async restoreBackup({ backupId }) {
      if (!(await session.backups.list()).some((b) => b.id === backupId)) {
        throw new ServiceError('NOT_FOUND', 'That backup no longer exists.');
      }
      const restored = await session.backups.restore(backupId);
      await session.reopen();
      return { restored };
    },
  };
}
