/** Handlers that move highlights in and out: exports, W3C import, showing written files. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ApiHandlers } from '../../../shared/api';
import { LIMITS, tagSchema } from '../../../shared/apiSchemas';
import { ServiceError } from '../../../shared/errors';
import type { ImportedAnnotation } from '../../../shared/export/w3c';
import type { AnnotatedDocument } from '../../../shared/export/markdown';
import { planImport } from '../../../shared/import/w3cImport';
import { fileBaseName } from '../../../shared/text/fileName';
import { readAnnotationFile } from '../annotationFile';
import type { DataSession } from '../dataSession';
import { documentExport, libraryExport, withTag, writeExportFile } from '../exportFiles';

type ExchangeCalls = 'exportDocument' | 'exportLibrary' | 'importAnnotations' | 'showInFolder';

/** Drops tags the app would not accept and shortens over-long notes, saying so in `problems`. */
function sanitise(annotations: readonly ImportedAnnotation[], problems: string[]): ImportedAnnotation[] {
  return annotations.map((a) => {
    const tags = a.tags.flatMap((t) => {
      const parsed = tagSchema.safeParse(t);
      if (!parsed.success) problems.push(`a tag was left out: ${JSON.stringify(t.slice(0, 40))}`);
      return parsed.success ? [parsed.data] : [];
    });
    if (a.note.length > LIMITS.noteChars) problems.push('a note longer than 100,000 characters was shortened');
    return { ...a, tags: [...new Set(tags)].slice(0, LIMITS.tagsPerAnnotation), note: a.note.slice(0, LIMITS.noteChars) };
  });
}

export function exchangeHandlers(session: DataSession): Pick<ApiHandlers, ExchangeCalls> {
  const { dialogs, onProgress } = session.options;
  return {
    async exportDocument({ documentId, format, markdown }) {
      const doc = await session.annotated(documentId);
      const target = await dialogs.chooseSavePath({
        title: format === 'md' ? 'Export highlights as Markdown' : 'Export annotations as W3C JSON-LD',
        defaultName: `${fileBaseName(doc.document.title)}.${format}`,
        extension: format,
      });
      if (target === null) return { status: 'cancelled' };
      await writeExportFile(target, documentExport(doc, format, { ...markdown, exportedAt: session.stamp() }));
      session.written.add(target);
      return { status: 'written', path: target };
    },

    async exportLibrary({ format, tag, layout, markdown }) {
      const all: AnnotatedDocument[] = [];
      for (const summary of session.library.list()) all.push(await session.annotated(summary.id));
      const docs = withTag(all, tag);
      if (docs.length === 0) throw new ServiceError('NOT_FOUND', tag ? `No highlights are tagged “${tag}”.` : 'Your library is empty.');
      const folder = await dialogs.chooseFolder({ title: 'Export highlights into folder' });
      if (folder === null) return { status: 'cancelled' };
      const title = tag ? `Highlights tagged “${tag}”` : 'Marginalia highlights';
      const files = libraryExport(docs, format, layout, { ...markdown, exportedAt: session.stamp(), title });
      const paths: string[] = [];
      for (const [index, file] of files.entries()) {
        const target = path.join(folder, file.name);
        await writeExportFile(target, file.content);
        session.written.add(target);
        paths.push(target);
        onProgress?.({ task: 'export', done: index + 1, total: files.length });
      }
      return { status: 'written', folder, files: paths };
    },

    async importAnnotations({ documentId }) {
      const document = await session.library.get(documentId);
      const chosen = await dialogs.chooseFileToOpen('annotations');
      if (chosen === null) return { status: 'cancelled' };
      const read = await readAnnotationFile(chosen);
      const problems = [...read.problems];
      const clean = sanitise(read.annotations, problems);
      const { annotations: existing } = await session.onAnnotations(documentId, (store) => store.list(documentId));
      const plan = planImport(document, existing, clean, session.stamp(), randomUUID);
      await session.onAnnotations(documentId, (store) => store.addMany(documentId, plan.toAdd));
      return { status: 'imported', imported: plan.toAdd.length, duplicates: plan.duplicates, orphans: plan.orphans, problems };
    },

    async showInFolder({ path: target }) {
      if (!session.written.has(target)) throw new ServiceError('FORBIDDEN', 'Only files Marginalia exported can be shown.');
      await dialogs.showInFolder(target);
      return { shown: target };
    },
  };
}
