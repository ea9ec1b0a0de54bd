/** Handlers for the library as a whole: documents, opening files, status and backups. */
import path from 'node:path';
import type { ApiHandlers } from '../../../shared/api';
import { ServiceError } from '../../../shared/errors';
import { parseDocument } from '../../../shared/import';
import type { DataSession } from '../dataSession';
import { readTextFile } from '../fileImport';
import { sha256Hex } from '../libraryStore';

/** Title for a document whose text has no title line: its file name without extension. */
function titleFromFileName(name: string): string {
  return path.basename(name, path.extname(name)).replace(/[_]+/g, ' ').trim() || name;
}

type LibraryCalls = 'listDocuments' | 'getDocument' | 'openFile' | 'getStatus' | 'listBackups' | 'restoreBackup';

export function libraryHandlers(session: DataSession): Pick<ApiHandlers, LibraryCalls> {
  return {
    async listDocuments() {
      return Promise.all(session.library.list().map((s) => session.withCount(s)));
    },

    async getDocument({ documentId }) {
      return session.library.get(documentId);
    },

    async openFile() {
      const chosen = await session.options.dialogs.chooseFileToOpen();
      if (chosen === null) return { status: 'cancelled' };
      const file = await readTextFile(chosen);
      const parsed = parseDocument(file.name, file.text);
      if (parsed.blocks.length === 0) throw new ServiceError('EMPTY_FILE', `“${file.name}” has no text to read, so nothing was imported.`);
      const title = parsed.title ?? titleFromFileName(file.name);
      const added = await session.library.add(
        { parsed, title, source: { kind: 'file', name: file.name, sha256: sha256Hex(parsed.text) } },
        session.stamp(),
      );
      const document = await session.withCount(added.summary);
      return added.existing ? { status: 'already-in-library', document } : { status: 'imported', document };
    },

    async getStatus() {
      return { readOnly: session.library.readOnly, notices: [...session.notices] };
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
