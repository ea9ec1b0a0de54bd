/**
 * The rules of the packet format that a schema cannot state: the text matches its fingerprint,
 * blocks and selectors lie inside the text, ids are unique, every annotation is the author's
 * and on the packet's document, and replies say consistently what they answer.
 */
import { isSafeLinkUrl } from '../text/linkUrl';
import { sha256Hex } from '../text/sha256';
import { passageOf, replyIriOf } from './packetAnnotation';
import { PACKET_MARKS_FORMAT_VERSION, type MarginaliaPacket, type PacketAnnotation } from './packetFormat';

const NOTHING = 'nothing was imported.';

/** The IRI that names a document with this SHA-256 in packets: the library's id for it is `d` and 20 hex digits. */
export function packetDocumentIri(sha256: string): string {
  return `urn:marginalia:document:d${sha256.slice(0, 20)}`;
}

type PacketBlock = NonNullable<MarginaliaPacket['document']['blocks']>[number];

/** True when `offset` falls between the two halves of a surrogate pair (inside one character). */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** The first rule a block's inline marks break: each inside its block, covering text, and only links with (safe) addresses. */
function checkMarks(block: PacketBlock, where: string, text: string): string | null {
  if (block.kind === 'code' && block.marks && block.marks.length > 0) return `${where} is code but has inline marks, which code never carries; ${NOTHING}`;
  for (const [index, mark] of (block.marks ?? []).entries()) {
    const which = `Mark ${index + 1} of ${where.toLowerCase()}`;
    if (splitsPair(text, mark.start) || splitsPair(text, mark.end)) return `${which} starts or ends inside a character (between the halves of a surrogate pair); ${NOTHING}`;
    if (mark.end <= mark.start) return `${which} covers no text (start ${mark.start}, end ${mark.end}); ${NOTHING}`;
    if (mark.start < block.start || mark.end > block.end) return `${which} lies outside its block (${mark.start}–${mark.end}, block ${block.start}–${block.end}); ${NOTHING}`;
    if ((mark.kind === 'link') !== (mark.href !== undefined)) return `${which} ${mark.kind === 'link' ? 'is a link without an address' : 'has an address but is not a link'}; ${NOTHING}`;
    if (mark.href !== undefined && !isSafeLinkUrl(mark.href)) return `${which} links to an address Marginalia does not open (${mark.href.slice(0, 80)}); ${NOTHING}`;
  }
  return null;
}

function checkBlocks(blocks: MarginaliaPacket['document']['blocks'], text: string, formatVersion: number): string | null {
  const textLength = text.length;
  let previousEnd = 0;
  for (const [index, block] of (blocks ?? []).entries()) {
    const where = `Block ${index + 1} of the document`;
    if (block.end < block.start) return `${where} ends before it starts (${block.start}–${block.end}); ${NOTHING}`;
    if (block.end > textLength) return `${where} ends at character ${block.end}, after the end of the text (${textLength}); ${NOTHING}`;
    if (block.start < previousEnd) return `${where} starts inside or before the block before it, so the blocks are out of order or overlap; ${NOTHING}`;
    if (block.marks && formatVersion < PACKET_MARKS_FORMAT_VERSION) return `${where} has inline marks, which format version ${formatVersion} cannot carry; ${NOTHING}`;
    const markProblem = checkMarks(block, where, text);
    if (markProblem) return markProblem;
    previousEnd = block.end;
  }
  return null;
}

function checkSelectors(a: PacketAnnotation, index: number, textLength: number | null): string | null {
  const where = `Annotation ${index + 1}`;
  const selectors = passageOf(a).selector;
  if (new Set(selectors.map((s) => s.type)).size !== selectors.length) return `${where} has two selectors of the same type; ${NOTHING}`;
  for (const s of selectors) {
    if (s.type === 'TextQuoteSelector') continue;
    if (s.end <= s.start) return `${where} has a position that covers no text (start ${s.start}, end ${s.end}); ${NOTHING}`;
    if (textLength !== null && s.end > textLength) {
      return `${where} points past the end of the document's text (character ${s.end} of ${textLength}); ${NOTHING}`;
    }
  }
  return null;
}

function checkReply(a: PacketAnnotation, index: number): string | null {
  const where = `Annotation ${index + 1}`;
  const named = a['marginalia:replyTo'];
  if (Array.isArray(a.target) && named !== undefined && a.target[0] !== named) {
    return `${where} names two different annotations it answers; ${NOTHING}`;
  }
  const replyIri = replyIriOf(a);
  if (a.motivation === 'replying' && replyIri === null) return `${where} is a reply but does not say what it answers; ${NOTHING}`;
  if (a.motivation !== 'replying' && replyIri !== null) return `${where} answers another annotation but is not marked as a reply; ${NOTHING}`;
  if (replyIri === a.id) return `${where} answers itself; ${NOTHING}`;
  return null;
}

/**
 * The first rule `packet` (already valid against the schema) breaks, as one plain sentence, or
 * null when it keeps them all. Hashes the text once when the packet carries it.
 */
export function checkPacket(packet: MarginaliaPacket): string | null {
  const { document } = packet;
  const noun = packet.kind === 'packet' ? 'packet' : 'hand-in';
  if ((document.text === undefined) !== (document.blocks === undefined)) {
    return `The ${noun} carries the document's text without its blocks or its blocks without the text; ${NOTHING}`;
  }
  const textLength = document.text === undefined ? null : document.text.length;
  if (document.text !== undefined && sha256Hex(document.text) !== document.sha256) {
    return `The ${noun}'s text does not match its fingerprint, so it may have been changed; ${NOTHING}`;
  }
  if (document.text !== undefined) {
    const blockProblem = checkBlocks(document.blocks, document.text, packet.formatVersion);
    if (blockProblem) return blockProblem;
  }
  const documentIri = packetDocumentIri(document.sha256);
  const ids = new Set<string>();
  for (const [index, a] of packet.annotations.entries()) {
    if (ids.has(a.id)) return `Annotation ${index + 1} has the same id as an earlier one (${a.id}); ${NOTHING}`;
    ids.add(a.id);
    if (a.creator.id !== packet.author.id) {
      return `Annotation ${index + 1} was made by someone other than the ${noun}'s author (${a.creator.id}); ${NOTHING}`;
    }
    if (passageOf(a).source !== documentIri) return `Annotation ${index + 1} is on another document than the ${noun}'s; ${NOTHING}`;
    if ((a.body ?? []).filter((b) => b.purpose === 'commenting').length > 1) return `Annotation ${index + 1} has more than one note; ${NOTHING}`;
    const problem = checkSelectors(a, index, textLength) ?? checkReply(a, index);
    if (problem) return problem;
  }
  return null;
}
