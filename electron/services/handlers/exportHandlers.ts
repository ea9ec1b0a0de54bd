/** Handlers that write exports to paths the caller chose (main after a dialog, the CLI from its arguments). */
import path from 'node:path';
import { ServiceError } from '../../../shared/errors';
import type { AnnotatedDocument } from '../../../shared/export/markdown';
import type { DataSession } from '../dataSession';
import { documentExport, libraryExport, withTag, writeExportFiles } from '../exportFiles';
import type { PathHandlers } from '../serviceApi';
import { templateSource, templateStore } from './templateHandlers';

export function exportHandlers(session: DataSession): Pick<PathHandlers, 'exportDocumentTo' | 'exportLibraryTo'> {
  const templates = templateStore(session);
  return {
    async exportDocumentTo({ documentId, format, markdown, layer, template, tag, path: target, overwrite }) {
      const source = format === 'md' ? await templateSource(templates, template) : undefined;
      const [doc] = withTag([await session.annotated(documentId, layer)], tag, true);
      if (!doc) throw new ServiceError('NOT_FOUND', 'That document is not in your library.');
      const content = documentExport(doc, format, { ...markdown, exportedAt: session.stamp(), ownCreatorId: session.profile.person.id }, source);
      return writeExportFiles([{ path: target, content }], overwrite);
    },

    async exportLibraryTo({ format, template, tag, layout, markdown, layer, folder, fileName, overwrite }) {
      const source = format === 'md' ? await templateSource(templates, template) : undefined;
      const all: AnnotatedDocument[] = [];
      for (const summary of session.library.list()) all.push(await session.annotated(summary.id, layer));
      const docs = withTag(all, tag);
      if (docs.length === 0) throw new ServiceError('NOT_FOUND', tag ? `No highlights are tagged “${tag}”.` : 'Your library is empty.');
      const title = tag ? `Highlights tagged “${tag}”` : 'Marginalia highlights';
      const files = libraryExport(docs, format, layout, { ...markdown, exportedAt: session.stamp(), title, ownCreatorId: session.profile.person.id }, source);
      const named = layout === 'single' && fileName !== undefined ? [{ ...files[0]!, name: fileName }] : files;
      const targets = named.map((file) => ({ path: path.join(folder, file.name), content: file.content }));
      return writeExportFiles(targets, overwrite, (done) => session.options.onProgress?.({ task: 'export', done, total: targets.length }));
    },
  };
}
