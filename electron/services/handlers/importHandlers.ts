/** Handlers that read files the caller chose: documents into the library, W3C annotations onto a document. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { LIMITS, tagSchema } from '../../../shared/apiSchemas';
import { ServiceError } from '../../../shared/errors';
import type { ImportedAnnotation } from '../../../shared/export/w3c';
import { planImport } from '../../../shared/import/w3cImport';
import { readAnnotationFileOffThread } from '../annotationFile';
import type { DataSession } from '../dataSession';
import { parseDocumentOffThread, readTextFile } from '../fileImport';
import { sha256Hex } from '../libraryStore';
import { isPacketFileName } from '../packetFile';
import type { PathHandlers } from '../serviceApi';

/** Title for a document whose text has no title line: its file name without extension. */
function titleFromFileName(name: string): string {
  return path.basename(name, path.extname(name)).replace(/[_]+/g, ' ').trim() || name;
}

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

export function importHandlers(session: DataSession, openPacketFile: PathHandlers['openPacketFile']): Pick<PathHandlers, 'importDocumentFile' | 'importAnnotationsFile'> {
  return {
    async importDocumentFile({ path: file }) {
      if (isPacketFileName(file)) return openPacketFile({ path: file });
      const read = await readTextFile(file);
      // Parsing runs in a worker with a time limit, so no file can freeze the app.
      const parsed = await parseDocumentOffThread(read.name, read.text);
      if (parsed.blocks.length === 0) throw new ServiceError('EMPTY_FILE', `“${read.name}” has no text to read, so nothing was imported.`);
      const title = parsed.title ?? titleFromFileName(read.name);
      const added = await session.library.add(
        { parsed, title, source: { kind: 'file', name: read.name, sha256: sha256Hex(parsed.text) } },
        session.stamp(),
      );
      const document = await session.withCount(added.summary);
      return added.existing ? { status: 'already-in-library', document } : { status: 'imported', document };
    },

    async importAnnotationsFile({ documentId, path: file }) {
      const document = await session.library.get(documentId);
      const read = await readAnnotationFileOffThread(file);
      const problems = [...read.problems];
      const clean = sanitise(read.annotations, problems);
      const { annotations: existing } = await session.onAnnotations(documentId, (store) => store.list(documentId));
      const plan = planImport(document, existing, clean, session.stamp(), randomUUID, session.profile.person);
      await session.onAnnotations(documentId, (store) => store.addMany(documentId, plan.toAdd));
      return { status: 'imported', imported: plan.toAdd.length, duplicates: plan.duplicates, orphans: plan.orphans, problems };
    },
  };
}
