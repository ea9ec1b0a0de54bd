/**
 * The renderer's API, composed from the data-only services and the user's answers: calls that
 * need a file or folder ask through `Dialogs` first, then call a path-taking service. Main wires
 * it to Electron's dialogs; the e2e bridge to scripted ones. No Electron import here.
 */
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ApiHandlers, ImportOutcome, ImportPreview, OpenedFile } from '../../shared/api';
import type { ImportReport } from '../../shared/import/tools/importAll';
import { ServiceError } from '../../shared/errors';
import { documentLinks } from '../../shared/document/documentLinks';
import { fileBaseName } from '../../shared/text/fileName';
import { isSafeLinkUrl } from '../../shared/text/linkUrl';
import type { ServiceHandlers, WriteOutcome } from '../services/serviceApi';
import type { Dialogs } from './dialogs';
import { openEach } from './openFiles';

/** What the save dialog says for each export format. */
const EXPORT_TITLES = {
  md: 'Export highlights as Markdown',
  json: 'Export annotations as W3C JSON-LD',
  csv: 'Export highlights as CSV for spreadsheets',
} as const;

/** Writes after asking about files that exist: resolves with the files written, or null when the user keeps them. */
async function writeWithConsent(
  dialogs: Dialogs,
  folder: string,
  write: (overwrite: boolean) => Promise<WriteOutcome>,
): Promise<string[] | null> {
  const first = await write(false);
  if (first.status === 'written') return first.files;
  const files = first.existing.map((f) => path.relative(folder, f) || path.basename(f));
  if (!(await dialogs.confirmOverwrite({ folder, files }))) return null;
  const second = await write(true);
  if (second.status !== 'written') throw new ServiceError('WRITE_FAILED', 'The export files could not be replaced.');
  return second.files;
}

/** An import's report as the short outcome the reader's message shows. */
function summariseImport(report: ImportReport): Extract<ImportOutcome, { status: 'imported' }> {
  const sum = (pick: (d: ImportReport['documents'][number]) => number) => report.documents.reduce((n, d) => n + pick(d), 0);
  const orphans = sum((d) => d.orphans.length);
  const problems = [...report.problems, ...report.unmatched.map((u) => `${u.quote ? `“${u.quote}”: ` : ''}${u.reason}`)];
  return { status: 'imported', imported: sum((d) => d.exact + d.approximate) + orphans, duplicates: sum((d) => d.duplicates), orphans, problems };
}

/** The renderer's API, plus what main itself does with files that arrive from outside the window. */
export type UserApi = ApiHandlers & {
  /** Opens dropped or double-clicked files: documents and packets are opened, annotation files previewed. */
  openPaths(paths: readonly unknown[]): Promise<OpenedFile[]>;
};

/** Imports waiting for the user's confirmation: the file stays here, the page holds only a token. */
const PENDING_IMPORTS_KEPT = 20;

/** The API handlers the renderer calls, over `services`, asking the user through `dialogs`. */
export function createUserApi(services: ServiceHandlers, dialogs: Dialogs): UserApi {
  /** Files written for the user this session: the only ones "Show in folder" will reveal. */
  const written = new Set<string>();
  const remember = (files: readonly string[]) => files.forEach((f) => written.add(f));
  const pending = new Map<string, { path: string; documentId: string | undefined }>();

  /** A dry run of importing `file` (onto `documentId`, or routed), remembered under a new token. */
  const preview = async (file: string, documentId: string | undefined): Promise<ImportPreview> => {
    const { report } = await services.importForeignFile({ path: file, documentId, dryRun: true });
    const token = randomUUID();
    pending.set(token, { path: file, documentId });
    if (pending.size > PENDING_IMPORTS_KEPT) pending.delete(pending.keys().next().value!);
    return { status: 'preview', token, fileName: path.basename(file), report };
  };

  return {
    ...services,

    async openFile() {
      const chosen = await dialogs.chooseFileToOpen('text');
      if (chosen === null) return { status: 'cancelled' };
      return services.importDocumentFile({ path: chosen });
    },

    async importAnnotations({ documentId }) {
      await services.getDocument({ documentId });
      const chosen = await dialogs.chooseFileToOpen('annotations');
      if (chosen === null) return { status: 'cancelled' };
      const { report } = await services.importForeignFile({ path: chosen, documentId, dryRun: false });
      return summariseImport(report);
    },

    async exportDocument(input) {
      const document = await services.getDocument({ documentId: input.documentId });
      const target = await dialogs.chooseSavePath({
        title: EXPORT_TITLES[input.format],
        defaultName: `${fileBaseName(document.title)}.${input.format}`,
        extension: input.format,
      });
      if (target === null) return { status: 'cancelled' };
      // The save dialog has already asked before a file is replaced.
      const outcome = await services.exportDocumentTo({ ...input, path: target, overwrite: true });
      if (outcome.status !== 'written') return { status: 'cancelled' };
      remember(outcome.files);
      return { status: 'written', path: target };
    },

    async exportLibrary(input) {
      const available = input.tag === undefined ? (await services.listDocuments({})).length : (await services.listTags({})).some((t) => t.tag === input.tag);
      if (!available) throw new ServiceError('NOT_FOUND', input.tag ? `No highlights are tagged “${input.tag}”.` : 'Your library is empty.');
      const folder = await dialogs.chooseFolder({ title: 'Export highlights into folder' });
      if (folder === null) return { status: 'cancelled' };
      const files = await writeWithConsent(dialogs, folder, (overwrite) => services.exportLibraryTo({ ...input, folder, overwrite }));
      if (files === null) return { status: 'cancelled' };
      remember(files);
      return { status: 'written', folder, files };
    },

    async sharePacket(input) {
      const document = await services.getDocument({ documentId: input.documentId });
      const target = await dialogs.chooseSavePath({ title: 'Share as packet', defaultName: `${fileBaseName(input.title || document.title)}.marginalia`, extension: 'marginalia' });
      if (target === null) return { status: 'cancelled' };
      const written = await services.writePacketFile({ ...input, path: target, overwrite: true });
      if (written.outcome.status !== 'written') return { status: 'cancelled' };
      remember(written.outcome.files);
      return { status: 'written', path: target, packetId: written.packetId, revision: written.revision, annotations: written.annotations };
    },

    async handIn(input) {
      const document = await services.getDocument({ documentId: input.documentId });
      const target = await dialogs.chooseSavePath({ title: 'Hand in', defaultName: `${fileBaseName(`${document.title} - hand-in`)}.marginalia`, extension: 'marginalia' });
      if (target === null) return { status: 'cancelled' };
      const written = await services.writeHandInFile({ ...input, path: target, overwrite: true });
      if (written.outcome.status !== 'written') return { status: 'cancelled' };
      remember(written.outcome.files);
      return { status: 'written', path: target, packetId: written.packetId, revision: written.revision, annotations: written.annotations };
    },

    async exportHandout(input) {
      const document = await services.getDocument({ documentId: input.documentId });
      const target = await dialogs.chooseSavePath({ title: 'Export handout', defaultName: `${fileBaseName(document.title)}.html`, extension: 'html' });
      if (target === null) return { status: 'cancelled' };
      const outcome = await services.writeHandoutFile({ ...input, path: target, overwrite: true });
      if (outcome.status !== 'written') return { status: 'cancelled' };
      remember(outcome.files);
      return { status: 'written', path: target };
    },

    async previewImport({ documentId }) {
      if (documentId !== undefined) await services.getDocument({ documentId });
      const chosen = await dialogs.chooseFileToOpen('annotations');
      if (chosen === null) return { status: 'cancelled' };
      return preview(chosen, documentId);
    },

    async confirmImport({ token }) {
      const chosen = pending.get(token);
      if (!chosen) throw new ServiceError('NOT_FOUND', 'That import is no longer waiting; choose the file again.');
      pending.delete(token);
      const { report } = await services.importForeignFile({ path: chosen.path, documentId: chosen.documentId, dryRun: false });
      return { status: 'imported', report };
    },

    async replaceWithNewVersion({ documentId }) {
      await services.getDocument({ documentId });
      const chosen = await dialogs.chooseFileToOpen('text');
      if (chosen === null) return { status: 'cancelled' };
      return services.replaceDocumentFile({ documentId, path: chosen });
    },

    async openPaths(paths) {
      return openEach(services, paths, (file) => preview(file, undefined));
    },

    async openLink({ documentId, href }) {
      const document = await services.getDocument({ documentId });
      // Only an address the document shows as a link, and only a web or e-mail one.
      if (!isSafeLinkUrl(href) || !documentLinks(document).has(href)) {
        throw new ServiceError('FORBIDDEN', 'Only the web and e-mail links shown in a document can be opened.');
      }
      if (!(await dialogs.confirmOpenLink({ href, documentTitle: document.title }))) return { status: 'cancelled' };
      await dialogs.openLink(href);
      return { status: 'opened', href };
    },

    async showInFolder({ path: target }) {
      if (!written.has(target)) throw new ServiceError('FORBIDDEN', 'Only files Marginalia exported can be shown.');
      await dialogs.showInFolder(target);
      return { shown: target };
    },
  };
}
