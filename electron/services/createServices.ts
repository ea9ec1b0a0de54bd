/**
 * The service layer behind the API contract: plain Node, no Electron. Main's IPC handlers and
 * the e2e test bridge both call these handlers through `dispatchCall`.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeRange } from '../../shared/anchoring';
import type { ApiHandlers } from '../../shared/api';
import { ServiceError } from '../../shared/errors';
import { exportDocumentMarkdown } from '../../shared/export/markdown';
import { parsePlainText } from '../../shared/import/plainText';
import type { Annotation, DocumentSummary } from '../../shared/model';
import { AnnotationStore } from './annotationStore';
import type { Dialogs } from './dialogs';
import { decodeText, readTextFile } from './fileImport';
import { LibraryStore, sha256Hex, type IndexedDocument } from './libraryStore';
import { loadSamples } from './samples';

/** What the services need from their host. */
export interface ServiceOptions {
  /** Folder holding library.json, documents/ and annotations/. */
  dataDir: string;
  /** Folder holding the bundled samples and their manifest. */
  samplesDir: string;
  dialogs: Dialogs;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

/** File-name-safe version of a title, for suggested export names. */
export function fileNameFor(title: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return safe.length > 0 ? safe : 'Untitled';
}

/** Title for a document whose text has no title line: its file name without extension. */
function titleFromFileName(name: string): string {
  return path.basename(name, path.extname(name)).replace(/[_]+/g, ' ').trim() || name;
}

/** Opens the library (seeding the samples on first launch) and returns the API handlers. */
export async function createServices(options: ServiceOptions): Promise<ApiHandlers> {
  const now = options.now ?? (() => new Date());
  const library = await LibraryStore.open(options.dataDir);
  const annotations = new AnnotationStore(options.dataDir);

  if (library.created) {
    for (const sample of await loadSamples(options.samplesDir)) {
      const parsed = parsePlainText(decodeText(sample.file, sample.bytes));
      await library.add(
        { parsed, title: sample.title, source: { kind: 'sample', name: sample.file, sha256: sha256Hex(parsed.text) } },
        now().toISOString(),
      );
    }
  }

  async function withCount(summary: IndexedDocument): Promise<DocumentSummary> {
    return { ...summary, annotationCount: await annotations.count(summary.id) };
  }

  async function requireDocument(documentId: string) {
    return library.get(documentId);
  }

  return {
    async listDocuments() {
      return Promise.all(library.list().map(withCount));
    },

    async getDocument({ documentId }) {
      return requireDocument(documentId);
    },

    async listAnnotations({ documentId }) {
      library.summary(documentId);
      return annotations.list(documentId);
    },

    async createAnnotation({ documentId, start, end, color, note, tags }) {
      const document = await requireDocument(documentId);
      if (end > document.text.length) {
        throw new ServiceError('INVALID_ARGUMENT', 'The selection is outside the document.');
      }
      if (document.text.slice(start, end).trim().length === 0) {
        throw new ServiceError('INVALID_ARGUMENT', 'Select some text to highlight.');
      }
      const stamp = now().toISOString();
      const annotation: Annotation = {
        id: randomUUID(),
        documentId,
        target: { selector: describeRange(document.text, start, end) },
        color,
        note,
        tags,
        createdAt: stamp,
        updatedAt: stamp,
      };
      return annotations.add(annotation);
    },

    async updateAnnotation({ documentId, annotationId, changes }) {
      library.summary(documentId);
      return annotations.update(documentId, annotationId, changes, now().toISOString());
    },

    async deleteAnnotation({ documentId, annotationId }) {
      library.summary(documentId);
      await annotations.remove(documentId, annotationId);
      return { deleted: annotationId };
    },

    async openFile() {
      const chosen = await options.dialogs.chooseFileToOpen();
      if (chosen === null) return { status: 'cancelled' };
      const file = await readTextFile(chosen);
      const parsed = parsePlainText(file.text);
      const title = parsed.title ?? titleFromFileName(file.name);
      const added = await library.add(
        { parsed, title, source: { kind: 'file', name: file.name, sha256: sha256Hex(parsed.text) } },
        now().toISOString(),
      );
      const document = await withCount(added.summary);
      return added.existing ? { status: 'already-in-library', document } : { status: 'imported', document };
    },

    async exportMarkdown({ documentId }) {
      const document = await requireDocument(documentId);
      const target = await options.dialogs.chooseSavePath({
        title: 'Export highlights as Markdown',
        defaultName: `${fileNameFor(document.title)}.md`,
        extension: 'md',
      });
      if (target === null) return { status: 'cancelled' };
      const markdown = exportDocumentMarkdown(document, await annotations.list(documentId), {
        exportedAt: now().toISOString(),
      });
      try {
        await writeFile(target, markdown, 'utf8');
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        throw new ServiceError('WRITE_FAILED', `Could not write “${path.basename(target)}” (${reason}).`);
      }
      return { status: 'written', path: target };
    },
  };
}
