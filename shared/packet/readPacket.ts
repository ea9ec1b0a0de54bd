/**
 * Reading a `.marginalia` file someone else made. The file is refused whole, with one plain
 * sentence saying why, at the first thing that is wrong; nothing is ever taken from it in part.
 * Never throws, whatever the text.
 */
import { checkPacket } from './checkPacket';
import { describeIssue } from './describeIssue';
import { findForbiddenKey, jsonNestsDeeperThan } from './jsonSafety';
import { fromPacketAnnotation, type ReadAnnotation } from './packetAnnotation';
import {
  PACKET_FORMAT,
  PACKET_FORMAT_VERSION,
  PACKET_MAX_ANNOTATIONS,
  PACKET_MAX_NESTING,
  packetFileSchema,
  type MarginaliaPacket,
} from './packetFormat';

export type { ReadAnnotation } from './packetAnnotation';

export interface ReadPacketOptions {
  /** Most annotations accepted (default and ceiling: {@link PACKET_MAX_ANNOTATIONS}). */
  maxAnnotations?: number;
}

export type ReadPacketResult = { ok: true; packet: MarginaliaPacket; annotations: ReadAnnotation[] } | { ok: false; problem: string };

const NOTHING = 'nothing was imported.';

function refuse(problem: string): { ok: false; problem: string } {
  return { ok: false, problem };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The checks that come before the schema, on the raw JSON value; a problem sentence or null. */
function checkEnvelope(json: unknown, maxAnnotations: number): string | null {
  const forbidden = findForbiddenKey(json);
  if (forbidden !== null) return `The file contains a field named “${forbidden}”, which Marginalia never writes, so it was refused; ${NOTHING}`;
  if (!isPlainObject(json) || json['format'] !== PACKET_FORMAT) {
    return `This file is not a Marginalia packet or hand-in (it does not say "format": "${PACKET_FORMAT}"); ${NOTHING}`;
  }
  const version = json['formatVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version > PACKET_FORMAT_VERSION) {
    return `This packet was made by a newer Marginalia (format ${version}); update Marginalia to open it.`;
  }
  if (json['kind'] === 'hand-in' && !Object.hasOwn(json, 'answers')) {
    return `This hand-in does not say which packet it answers, so it cannot be matched to one; ${NOTHING}`;
  }
  if (json['kind'] === 'packet' && Object.hasOwn(json, 'answers')) {
    return `This packet says it answers another packet, which only a hand-in may; ${NOTHING}`;
  }
  const annotations = json['annotations'];
  if (Array.isArray(annotations) && annotations.length > maxAnnotations) {
    return `The file holds ${annotations.length.toLocaleString('en')} annotations, more than the ${maxAnnotations.toLocaleString('en')} Marginalia opens; ${NOTHING}`;
  }
  return null;
}

/**
 * Reads and checks the text of a `.marginalia` file (a packet or a hand-in): JSON nesting and
 * forbidden keys first, then the format and its version, then the strict schema, then the
 * rules of {@link checkPacket} (the text's SHA-256, blocks and selectors inside the text, …).
 * On success, returns the packet and its annotations in our model's terms, in file order.
 */
export function readPacket(text: string, options: ReadPacketOptions = {}): ReadPacketResult {
  try {
    const maxAnnotations = Math.min(options.maxAnnotations ?? PACKET_MAX_ANNOTATIONS, PACKET_MAX_ANNOTATIONS);
    if (jsonNestsDeeperThan(text, PACKET_MAX_NESTING)) {
      return refuse(`The file nests more than ${PACKET_MAX_NESTING} levels deep, which no Marginalia packet does; ${NOTHING}`);
    }
    let json: unknown;
    try {
      // A byte-order mark, as some editors write, is not part of the JSON.
      json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    } catch {
      return refuse(`This file is not a Marginalia packet: it is not valid JSON; ${NOTHING}`);
    }
    const envelopeProblem = checkEnvelope(json, maxAnnotations);
    if (envelopeProblem) return refuse(envelopeProblem);
    const parsed = packetFileSchema.safeParse(json);
    if (!parsed.success) return refuse(describeIssue(parsed.error.issues, json));
    const problem = checkPacket(parsed.data);
    if (problem) return refuse(problem);
    return { ok: true, packet: parsed.data, annotations: parsed.data.annotations.map(fromPacketAnnotation) };
  } catch (error) {
    // Not expected for any input; kept so that a bug can never crash the caller.
    return refuse(`The file could not be read (${error instanceof Error ? error.message : String(error)}); ${NOTHING}`);
  }
}
