/**
 * Packets made in code for the packet tests: a small document with astral characters, a
 * teacher's layer (a highlight, a note with tags, a question) and a student's reply.
 */
import { describeRange } from '../../../../shared/anchoring';
import { parsePlainText } from '../../../../shared/import/plainText';
import type { Annotation, DocumentRecord, Person } from '../../../../shared/model';
import { buildPacket, serialisePacket, type BuildPacketInput } from '../../../../shared/packet/buildPacket';
import type { MarginaliaPacket } from '../../../../shared/packet/packetFormat';
import { sha256Hex } from '../../../../shared/text/sha256';

export const TEACHER: Person = { id: 'urn:uuid:11111111-1111-4111-8111-111111111111', type: 'Person', name: 'Ms Okafor' };
export const STUDENT: Person = { id: 'urn:uuid:22222222-2222-4222-8222-222222222222', type: 'Person', name: 'Jonas' };
export const PACKET_ID = '33333333-3333-4333-8333-333333333333';
export const HAND_IN_ID = '44444444-4444-4444-8444-444444444444';
export const NOW = '2026-11-20T10:00:00.000Z';

const raw = [
  'The Origins of the Tea Trade',
  'Tea reached Europe in the seventeenth century — first as a medicine 🍵, then as a fashion.',
  'Merchants in Canton sold “bohea” and “singlo” to the East India Company.',
  'By 1800 the trade paid for an empire, and the 𝒯ea tax started a revolution.',
].join('\n\n');
const parsed = parsePlainText(raw);
const sha256 = sha256Hex(parsed.text);

export const DOCUMENT: DocumentRecord = {
  id: `d${sha256.slice(0, 20)}`,
  title: parsed.title ?? 'Tea',
  source: { kind: 'file', name: 'tea.md', importedAt: NOW, sha256 },
  text: parsed.text,
  blocks: parsed.blocks,
};

/** An annotation on the first occurrence of `exact` in the document. */
export function annotationOn(exact: string, fields: Partial<Annotation> & Pick<Annotation, 'id'>): Annotation {
  const start = DOCUMENT.text.indexOf(exact);
  if (start < 0) throw new Error(`“${exact}” is not in the test document`);
  return {
    documentId: DOCUMENT.id,
    target: { selector: describeRange(DOCUMENT.text, start, start + exact.length) },
    color: 'yellow',
    note: '',
    tags: [],
    origin: 'own',
    creator: TEACHER,
    motivation: 'highlighting',
    createdAt: NOW,
    updatedAt: NOW,
    ...fields,
  };
}

/** The teacher's layer, deliberately not in reading order. */
export const TEACHER_LAYER: Annotation[] = [
  annotationOn('the 𝒯ea tax started a revolution', {
    id: 'aaaaaaaa-0000-4000-8000-000000000003',
    motivation: 'questioning',
    note: 'Which revolution, and **why** tea?',
    color: 'purple',
  }),
  annotationOn('first as a medicine 🍵', {
    id: 'aaaaaaaa-0000-4000-8000-000000000001',
    motivation: 'commenting',
    note: 'Compare with coffee.',
    tags: ['medicine', 'to discuss'],
    color: 'green',
    createdAt: '2026-11-19T08:00:00.000Z',
    updatedAt: '2026-11-19T09:30:00.000Z',
  }),
  annotationOn('“bohea”', { id: 'aaaaaaaa-0000-4000-8000-000000000002' }),
];

/** The student's layer: a reply to the teacher's question and a highlight of their own. */
export const STUDENT_LAYER: Annotation[] = [
  annotationOn('the 𝒯ea tax started a revolution', {
    id: 'bbbbbbbb-0000-4000-8000-000000000001',
    creator: STUDENT,
    motivation: 'replying',
    replyTo: 'aaaaaaaa-0000-4000-8000-000000000003',
    note: 'The American one: the Boston Tea Party.',
    color: 'blue',
  }),
  annotationOn('East India Company', { id: 'bbbbbbbb-0000-4000-8000-000000000002', creator: STUDENT, color: 'pink' }),
];

export function packetInput(overrides: Partial<BuildPacketInput> = {}): BuildPacketInput {
  return {
    kind: 'packet',
    id: PACKET_ID,
    revision: 1,
    title: 'Week 3: tea and empire',
    instructions: 'Read the text and answer the questions in the margin.',
    now: NOW,
    author: TEACHER,
    document: DOCUMENT,
    annotations: TEACHER_LAYER,
    includeText: true,
    ...overrides,
  };
}

export function handInInput(overrides: Partial<BuildPacketInput> = {}): BuildPacketInput {
  return packetInput({
    kind: 'hand-in',
    id: HAND_IN_ID,
    title: 'Jonas: week 3',
    instructions: '',
    author: STUDENT,
    annotations: STUDENT_LAYER,
    answers: { packet: PACKET_ID, revision: 1 },
    includeText: false,
    ...overrides,
  });
}

/** A valid packet as plain JSON data, for tests to change one thing in. */
export function validPacketJson(): MarginaliaPacket {
  return JSON.parse(serialisePacket(buildPacket(packetInput()))) as MarginaliaPacket;
}

/** A valid hand-in as plain JSON data. */
export function validHandInJson(): MarginaliaPacket {
  return JSON.parse(serialisePacket(buildPacket(handInInput()))) as MarginaliaPacket;
}
