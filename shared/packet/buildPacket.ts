/**
 * Making a `.marginalia` file: a teacher's packet (the document with the teacher's layer) or a
 * student's hand-in (the student's layer, answering one revision of a packet). The output is
 * deterministic: the same input gives the same bytes.
 */
import { normaliseIsoDateTime } from '../import/isoDateTime';
import type { Annotation, DocumentRecord, Person } from '../model';
import { shorten } from '../text/shorten';
import { checkPacket, packetDocumentIri } from './checkPacket';
import { describeIssue } from './describeIssue';
import { toPacketAnnotation } from './packetAnnotation';
import { utf8Length } from './utf8Length';
import {
  PACKET_FORMAT,
  PACKET_FORMAT_VERSION,
  PACKET_MARKS_FORMAT_VERSION,
  PACKET_LIMITS,
  PACKET_MAX_BYTES,
  packetFileSchema,
  type MarginaliaPacket,
  type PacketAnnotation,
  type PacketKind,
  type TeacherPacket,
} from './packetFormat';

export interface BuildPacketInput {
  kind: PacketKind;
  /** The packet's UUID (stable across its revisions), or a hand-in's own; with or without `urn:uuid:`. */
  id: string;
  /** 1 for the first version of a packet, one more for each update sent out. */
  revision: number;
  title: string;
  instructions: string;
  /** The time of writing (ISO 8601): the packet's `modified`, and `created` unless given. */
  now: string;
  /** When the packet was first made (revision 1); defaults to `now`. */
  created?: string;
  author: Person;
  document: DocumentRecord;
  /** The author's layer on `document`; every one must belong to the document and be the author's. */
  annotations: readonly Annotation[];
  /** For a hand-in: the packet (UUID or `urn:uuid:`) and revision it answers. */
  answers?: { packet: string; revision: number };
  /** Whether the document's text and blocks go in the file; always true for a packet, optional for a hand-in. */
  includeText: boolean;
}

/** A `urn:uuid:` IRI from a UUID given with or without the prefix. */
/** The document's blocks as a packet carries them: only the fields of the format (the page and marks only when there are some). */
function packetBlocks(blocks: DocumentRecord['blocks']): NonNullable<MarginaliaPacket['document']['blocks']> {
  return blocks.map((b) => ({
    kind: b.kind,
    start: b.start,
    end: b.end,
    ...(b.page === undefined ? {} : { page: b.page }),
    ...(b.marks && b.marks.length > 0 ? { marks: b.marks.map((m) => ({ kind: m.kind, start: m.start, end: m.end, ...(m.href === undefined ? {} : { href: m.href }) })) } : {}),
  }));
}

/** The lowest format version that can hold what the packet carries: 1 unless its blocks have marks. */
function formatVersionFor(document: DocumentRecord, carriesText: boolean): 1 | typeof PACKET_FORMAT_VERSION {
  const marked = carriesText && document.blocks.some((b) => b.marks && b.marks.length > 0);
  return marked ? PACKET_MARKS_FORMAT_VERSION : 1;
}

function urnOf(id: string): string {
  const bare = id.toLowerCase().startsWith('urn:uuid:') ? id.slice(9) : id;
  return `urn:uuid:${bare.toLowerCase()}`;
}

/** A field from the library, cut to the length the format allows (titles can be whole headings). */
function bounded(text: string, max: number): string {
  return text.length > max ? shorten(text, max) : text;
}

/** Where an annotation starts and ends in the text, by its position selector; those without one go last. */
function positionOf(a: Annotation): [number, number] {
  const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
  return position?.type === 'TextPositionSelector' ? [position.start, position.end] : [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
}

/** The annotations in reading order: by start, then end, then creation time, then id. */
function inReadingOrder(annotations: readonly Annotation[]): Annotation[] {
  const keyed = annotations.map((a) => ({ a, position: positionOf(a) }));
  keyed.sort(
    (x, y) =>
      x.position[0] - y.position[0] ||
      x.position[1] - y.position[1] ||
      (x.a.createdAt < y.a.createdAt ? -1 : x.a.createdAt > y.a.createdAt ? 1 : 0) ||
      (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0),
  );
  return keyed.map((k) => k.a);
}

/** The first reason Marginalia would refuse to open `packet`, as a sentence, or null. */
function problemWith(packet: MarginaliaPacket): string | null {
  const parsed = packetFileSchema.safeParse(packet);
  return parsed.success ? checkPacket(parsed.data) : describeIssue(parsed.error.issues, packet);
}

/**
 * Builds a packet or hand-in from the library's document and the author's annotations.
 * Annotations are written in reading order; ids that are not UUIDs get a stable derived one
 * ({@link packetIdFor}). Throws an Error with a plain sentence when the result would not open
 * in Marginalia (an empty title, an author id that is not a `urn:uuid:`, someone else's
 * annotation, …), so no such file is ever written.
 */
export function buildPacket(input: BuildPacketInput): MarginaliaPacket {
  const noun = input.kind === 'packet' ? 'packet' : 'hand-in';
  if (input.kind === 'packet' && !input.includeText) throw new RangeError('A packet always includes the document text.');
  if (input.kind === 'packet' && input.answers) throw new RangeError('Only a hand-in answers a packet.');
  if (input.kind === 'hand-in' && !input.answers) throw new RangeError('A hand-in must say which packet it answers.');
  const foreign = input.annotations.find((a) => a.documentId !== input.document.id);
  if (foreign) throw new RangeError(`Annotation ${foreign.id} belongs to document ${foreign.documentId}, not ${input.document.id}.`);

  const now = normaliseIsoDateTime(input.now) ?? input.now;
  const created = input.created === undefined ? now : (normaliseIsoDateTime(input.created) ?? input.created);
  const { document } = input;
  const sha256 = document.source.sha256;
  const documentIri = packetDocumentIri(sha256);
  const annotations: PacketAnnotation[] = inReadingOrder(input.annotations).map((a) => toPacketAnnotation(a, documentIri, now));
  const common: Omit<TeacherPacket, 'kind' | 'document' | 'annotations'> = {
    format: PACKET_FORMAT,
    formatVersion: formatVersionFor(input.document, input.kind === 'packet' || input.includeText),
    id: urnOf(input.id),
    revision: input.revision,
    title: input.title,
    instructions: input.instructions,
    created,
    modified: now,
    author: { id: input.author.id, type: 'Person', name: input.author.name },
  };
  const title = bounded(document.title, PACKET_LIMITS.documentTitleChars);
  const source = { name: bounded(document.source.name, PACKET_LIMITS.fileNameChars) };
  const packet: MarginaliaPacket =
    input.kind === 'packet'
      ? {
          ...common,
          kind: 'packet',
          document: { title, sha256, source, text: document.text, blocks: packetBlocks(document.blocks) },
          annotations,
        }
      : {
          ...common,
          kind: 'hand-in',
          answers: { packet: urnOf(input.answers!.packet), revision: input.answers!.revision },
          document: input.includeText
            ? { title, sha256, source, text: document.text, blocks: packetBlocks(document.blocks) }
            : { title, sha256, source },
          annotations,
        };
  const problem = problemWith(packet);
  if (problem) {
    const reason = problem.replace(/; nothing was imported\.$/, '').replace(/\.$/, '');
    throw new Error(`This ${noun} cannot be made, because Marginalia could not open it: ${reason[0]!.toLowerCase()}${reason.slice(1)}.`);
  }
  return packet;
}

/**
 * The packet as the text of a `.marginalia` file: JSON with 2-space indentation and a final
 * newline. Throws a RangeError with a plain sentence when the file would be larger than
 * {@link PACKET_MAX_BYTES}, since Marginalia would refuse to open it.
 */
export function serialisePacket(packet: MarginaliaPacket): string {
  const text = `${JSON.stringify(packet, null, 2)}\n`;
  const bytes = utf8Length(text);
  if (bytes > PACKET_MAX_BYTES) {
    const noun = packet.kind === 'packet' ? 'packet' : 'hand-in';
    const megabytes = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;
    throw new RangeError(
      `This ${noun} would be ${megabytes(bytes)}, more than the ${megabytes(PACKET_MAX_BYTES)} Marginalia opens; share fewer annotations or a shorter document.`,
    );
  }
  return text;
}

export { packetIdFor } from './packetAnnotation';
