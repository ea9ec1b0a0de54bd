/**
 * New versions of a document: the new text replaces the old, the user's annotations are anchored
 * again on it (a report says what moved, changed and was orphaned), the old text and the
 * annotations as they were are kept as an earlier version, and Undo brings that version back.
 * Other people's layers are not rewritten: their passages are found again when shown.
 */
import path from 'node:path';
import type { ApiHandlers } from '../../../shared/api';
import { describeRange } from '../../../shared/anchoring';
import { anchorOnNewVersion, type NewVersionReport } from '../../../shared/annotations/newVersion';
import { ServiceError } from '../../../shared/errors';
import type { DataSession } from '../dataSession';
import { readDocumentFile } from '../documentFile';
import { sha256Hex } from '../libraryStore';
import type { PathHandlers } from '../serviceApi';
import { changeOwnAnnotation } from './layerHandlers';

export function versionHandlers(session: DataSession): Pick<PathHandlers, 'replaceDocumentFile'> & Pick<ApiHandlers, 'undoNewVersion' | 'reattachAnnotation'> {
  return {
    async replaceDocumentFile({ documentId, path: file }) {
      const current = await session.library.get(documentId);
      const { parsed, ...read } = await readDocumentFile(file);
      if (parsed.blocks.length === 0) throw new ServiceError('EMPTY_FILE', `“${read.name}” has no text to read, so “${current.title}” was not replaced.`);
      const sha256 = sha256Hex(parsed.text);
      if (sha256 === current.source.sha256) throw new ServiceError('INVALID_ARGUMENT', `“${read.name}” holds the same text as “${current.title}”; nothing changed.`);
      const other = session.library.list().find((d) => d.id !== documentId && d.source.sha256 === sha256);
      if (other) throw new ServiceError('INVALID_ARGUMENT', `“${read.name}” is already in your library as “${other.title}”; nothing changed.`);
      const stamp = session.stamp();
      const { annotations: before } = await session.onAnnotations(documentId, (store) => store.list(documentId));
      // The old version first: if anything after fails, nothing is lost.
      const version = await session.versions.keep(current, before, stamp);
      await session.library.replaceText(documentId, parsed, { kind: 'file', name: path.basename(file), importedAt: stamp, sha256 });
      let report: NewVersionReport | null = null;
      await session.onAnnotations(documentId, (store) =>
        store.rewrite(documentId, (saved) => {
          const anchored = anchorOnNewVersion(parsed.text, saved, stamp);
          report = anchored.report;
          return anchored.annotations;
        }),
      );
      return { status: 'replaced', version, report: report!, document: await session.withCount(session.library.summary(documentId)) };
    },

    async undoNewVersion({ documentId }) {
      const kept = await session.versions.latest(documentId);
      if (!kept) throw new ServiceError('NOT_FOUND', 'There is no earlier version of this document to go back to.');
      const { document } = kept;
      await session.library.replaceText(documentId, { title: document.title, text: document.text, blocks: document.blocks }, document.source);
      const keptIds = new Set(kept.annotations.map((a) => a.id));
      // Highlights made on the new version stay; the others go back to how they were.
      await session.onAnnotations(documentId, (store) => store.rewrite(documentId, (saved) => [...kept.annotations, ...saved.filter((a) => !keptIds.has(a.id))]));
      await session.versions.drop(documentId, kept.version);
      return { restoredVersion: kept.version };
    },

    async reattachAnnotation({ documentId, annotationId, start, end }) {
      const document = await session.library.get(documentId);
      if (end > document.text.length || document.text.slice(start, end).trim() === '') throw new ServiceError('INVALID_ARGUMENT', 'Select some text to attach the note to.');
      const selector = describeRange(document.text, start, end);
      const stamp = session.stamp();
      const all = await changeOwnAnnotation(session, documentId, annotationId, () =>
        session.onAnnotations(documentId, (store) =>
          store.rewrite(documentId, (saved) => {
            if (!saved.some((a) => a.id === annotationId)) throw new ServiceError('NOT_FOUND', 'That highlight no longer exists.');
            return saved.map((a) => (a.id === annotationId ? { ...a, target: { selector }, updatedAt: stamp } : a));
          }),
        ),
      );
      return all.find((a) => a.id === annotationId)!;
    },
  };
}
