/**
 * Teacher packets and student hand-ins: writing the user's own layer as a `.marginalia` file,
 * and opening one as its author's read-only layer. An opened file is untrusted: it is checked
 * whole before anything is written, it can never change the user's own layer, and opening
 * the same revision again changes nothing.
 */
import type { LayerChange } from '../../../shared/api';
import { ServiceError } from '../../../shared/errors';
import { exportHandoutHtml } from '../../../shared/export/handout';
import type { Annotation, DocumentRecord } from '../../../shared/model';
import { buildPacket, serialisePacket } from '../../../shared/packet/buildPacket';
import { diffLayer } from '../../../shared/packet/diffLayer';
import type { MarginaliaPacket } from '../../../shared/packet/packetFormat';
import type { ReadAnnotation } from '../../../shared/packet/readPacket';
import { shorten } from '../../../shared/text/shorten';
import type { DataSession } from '../dataSession';
import { writeExportFiles } from '../exportFiles';
import { layerKeyFor, type LayerFile } from '../layerStore';
import { documentIdFor } from '../libraryStore';
import { readPacketFile } from '../packetFile';
import type { PathHandlers } from '../serviceApi';

type PacketCalls = 'openPacketFile' | 'writePacketFile' | 'writeHandInFile' | 'writeHandoutFile';

const bareUuid = (urn: string) => urn.replace(/^urn:uuid:/i, '').toLowerCase();

/** The user's name, or NAME_NEEDED: a packet must say who made it. */
function namedAuthor(session: DataSession) {
  if (!session.profile.named) {
    throw new ServiceError('NAME_NEEDED', 'Give your name first (it is shown to the people you share with), then share again.');
  }
  return session.profile.person;
}

/** A stored annotation as the packet reader sees one, to compare revisions. */
function asRead(a: Annotation): ReadAnnotation {
  return {
    id: a.id,
    creator: a.creator,
    motivation: a.motivation,
    color: a.color,
    note: a.note,
    tags: a.tags,
    selectors: a.target.selector,
    ...(a.replyTo !== undefined ? { replyTo: a.replyTo } : {}),
    created: a.createdAt,
    modified: a.updatedAt,
  };
}

/** An annotation read from a packet, stored in its author's layer on `documentId`. */
function stored(a: ReadAnnotation, documentId: string, packetId: string): Annotation {
  return {
    id: a.id,
    documentId,
    target: { selector: a.selectors },
    color: a.color,
    note: a.note,
    tags: a.tags,
    origin: { packetId },
    creator: a.creator,
    motivation: a.motivation,
    ...(a.replyTo !== undefined ? { replyTo: a.replyTo } : {}),
    createdAt: a.created,
    updatedAt: a.modified,
  };
}

/** The library document a packet is on: matched by its text's hash, or added from the text it carries. */
async function documentFor(session: DataSession, packet: MarginaliaPacket): Promise<DocumentRecord> {
  const id = documentIdFor(packet.document.sha256);
  if (session.library.list().some((d) => d.id === id)) return session.library.get(id);
  const { text, blocks } = packet.document;
  if (text === undefined || blocks === undefined) {
    throw new ServiceError(
      'INVALID_PACKET',
      `This hand-in answers “${packet.document.title}”, which is not in your library; open the packet it answers first. Nothing was imported.`,
    );
  }
  const added = await session.library.add(
    { parsed: { title: packet.document.title, text, blocks }, title: packet.document.title, source: { kind: 'packet', name: packet.document.source?.name ?? `${packet.document.title}.marginalia`, sha256: packet.document.sha256 } },
    session.stamp(),
  );
  return session.library.get(added.summary.id);
}

/** Refuses selectors that do not fit the library's copy of the text (a hand-in carries no text to check them against). */
function checkFits(document: DocumentRecord, annotations: readonly ReadAnnotation[]): void {
  for (const a of annotations) {
    for (const s of a.selectors) {
      if (s.type === 'TextPositionSelector' && (s.end > document.text.length || s.start > s.end)) {
        throw new ServiceError('INVALID_PACKET', `An annotation points outside the text of “${document.title}”; nothing was imported.`);
      }
    }
  }
}

export function packetHandlers(session: DataSession): Pick<PathHandlers, PacketCalls> {
  /** Writes the user's own layer on a document as a packet or hand-in. */
  async function writeOwnLayer(kind: 'packet' | 'hand-in', input: { documentId: string; title: string; instructions: string; tag?: string | undefined; path: string; overwrite: boolean }) {
    const author = namedAuthor(session);
    const document = await session.library.get(input.documentId);
    const { annotations } = await session.onAnnotations(input.documentId, (store) => store.list(input.documentId));
    // Own annotations carry the name the user has now, even those made before they gave one.
    const own = annotations.map((a) => ({ ...a, creator: author }));
    let chosen = input.tag === undefined ? own : own.filter((a) => a.tags.includes(input.tag!));
    let answers: { packet: string; revision: number } | undefined;
    if (kind === 'packet') {
      // A teacher's replies to students' hand-ins stay with the teacher.
      chosen = chosen.filter((a) => a.motivation !== 'replying');
    } else {
      const teacher = (await session.layers.list(input.documentId)).find((l) => l.role === 'teacher');
      if (!teacher) throw new ServiceError('NOT_FOUND', `“${document.title}” did not come in a teacher’s packet, so there is nothing to hand in to.`);
      answers = { packet: teacher.source.id, revision: teacher.source.revision };
    }
    const now = session.stamp();
    const share = session.shares.next(input.documentId, kind, now);
    const packet = buildPacket({
      kind,
      id: share.id,
      revision: share.revision,
      title: input.title,
      instructions: input.instructions,
      now,
      created: share.created,
      author,
      document,
      annotations: chosen,
      ...(answers ? { answers } : {}),
      includeText: kind === 'packet',
    });
    const outcome = await writeExportFiles([{ path: input.path, content: serialisePacket(packet) }], input.overwrite);
    if (outcome.status === 'written') await session.shares.record(share);
    return { outcome, packetId: `urn:uuid:${share.id}`, revision: share.revision, annotations: chosen.length };
  }

  return {
    async writePacketFile(input) {
      return writeOwnLayer('packet', input);
    },

    async writeHandInFile({ documentId, path, overwrite }) {
      const document = await session.library.get(documentId);
      return writeOwnLayer('hand-in', { documentId, title: shorten(`Hand-in: ${document.title}`, 400), instructions: '', path, overwrite });
    },

    async openPacketFile({ path }) {
      const { packet, annotations } = await readPacketFile(path);
      const me = session.profile.person;
      if (packet.author.id === me.id) {
        throw new ServiceError('INVALID_PACKET', 'This file says it was made by you. A file can never change your own notes, so nothing was imported.');
      }
      const document = await documentFor(session, packet);
      checkFits(document, annotations);
      const role = packet.kind === 'packet' ? 'teacher' : 'student';
      const key = layerKeyFor(packet.author);
      const previous = await session.layers.get(document.id, key);
      const packetId = bareUuid(packet.kind === 'hand-in' ? packet.answers.packet : packet.id);
      const next: LayerFile = {
        schemaVersion: 1,
        documentId: document.id,
        creator: { ...packet.author },
        role,
        source: {
          kind: packet.kind,
          id: bareUuid(packet.id),
          revision: packet.revision,
          title: packet.title,
          instructions: packet.instructions,
          ...(packet.kind === 'hand-in' ? { answers: { packet: packetId, revision: packet.answers.revision } } : {}),
          receivedAt: previous?.source.receivedAt ?? session.stamp(),
        },
        annotations: annotations.map((a) => stored(a, document.id, packetId)),
      };
      const sameFile = previous !== null && previous.source.kind === packet.kind && previous.source.id === bareUuid(packet.id);
      const summary = await session.withCount(session.library.summary(document.id));
      const change = (status: LayerChange['status'], diff = { added: 0, changed: 0, removed: 0 }): LayerChange => ({
        kind: packet.kind,
        author: { ...packet.author },
        role,
        revision: sameFile && status === 'unchanged' ? previous.source.revision : packet.revision,
        status,
        ...diff,
      });
      // The same revision again, or an older one, changes nothing.
      if (sameFile && packet.revision <= previous.source.revision) return { status: 'packet-opened', document: summary, layer: change('unchanged') };
      const diff = diffLayer(previous?.annotations.map(asRead) ?? [], annotations);
      await session.layers.put(next);
      const counts = { added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length };
      return { status: 'packet-opened', document: summary, layer: change(previous ? 'updated' : 'added', counts) };
    },

    async writeHandoutFile({ documentId, layers, notes, path, overwrite }) {
      const document = await session.library.get(documentId);
      const { annotations } = await session.onAnnotations(documentId, (store) => store.list(documentId));
      const own = { creator: session.profile.person, role: 'own' as const, annotations };
      const stored = layers === 'all' ? await session.layers.list(documentId) : [];
      const others = stored.map((l) => ({ creator: l.creator, role: l.role, annotations: l.annotations }));
      // A student's handout carries the teacher's title and instructions.
      const teacher = stored.find((l) => l.role === 'teacher');
      const html = exportHandoutHtml({
        document,
        layers: [own, ...others],
        ...(teacher ? { title: teacher.source.title, instructions: teacher.source.instructions } : {}),
        notes,
        generatedAt: session.stamp(),
      });
      return writeExportFiles([{ path, content: html }], overwrite);
    },
  };
}
