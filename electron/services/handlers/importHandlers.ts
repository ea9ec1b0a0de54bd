/** Handlers that read documents the caller chose into the library (a packet or hand-in goes to the packet handlers). */
import path from 'node:path';
import { ServiceError } from '../../../shared/errors';
import type { DataSession } from '../dataSession';
import { readDocumentFile } from '../documentFile';
import { sha256Hex } from '../libraryStore';
import { isPacketFileName } from '../packetFile';
import type { PathHandlers } from '../serviceApi';

/** Title for a document whose text has no title line: its file name without extension. */
function titleFromFileName(name: string): string {
  return path.basename(name, path.extname(name)).replace(/[_]+/g, ' ').trim() || name;
}

export function importHandlers(session: DataSession, openPacketFile: PathHandlers['openPacketFile']): Pick<PathHandlers, 'importDocumentFile'> {
  return {
    async importDocumentFile({ path: file }) {
      if (isPacketFileName(file)) return openPacketFile({ path: file });
      const { parsed, leftOut, ...read } = await readDocumentFile(file);
      if (parsed.blocks.length === 0) throw new ServiceError('EMPTY_FILE', `“${read.name}” has no text to read, so nothing was imported.`);
      const title = parsed.title ?? titleFromFileName(read.name);
      const added = await session.library.add(
        { parsed, title, source: { kind: 'file', name: read.name, sha256: sha256Hex(parsed.text) } },
        session.stamp(),
      );
      const document = await session.withCount(added.summary);
      if (added.existing) return { status: 'already-in-library', document };
      return leftOut.length > 0 ? { status: 'imported', document, leftOut } : { status: 'imported', document };
    },
  };
}
