import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../shared/anchoring';
import { HIGHLIGHT_COLORS } from '../../../../shared/model';
import { buildPacket, packetIdFor, serialisePacket } from '../../../../shared/packet/buildPacket';
import { readPacket, type ReadAnnotation } from '../../../../shared/packet/readPacket';
import type { Annotation } from '../../../../shared/model';
import {
  annotationOn,
  DOCUMENT,
  handInInput,
  NOW,
  PACKET_ID,
  packetInput,
  STUDENT,
  STUDENT_LAYER,
  TEACHER,
  TEACHER_LAYER,
} from './packetFixtures';

/** What a model annotation should read back as. */
function expectedRead(a: Annotation): ReadAnnotation {
  return {
    id: a.id,
    creator: a.creator,
    motivation: a.motivation,
    color: a.color,
    note: a.note,
    tags: a.tags,
    selectors: a.target.selector,
    ...(a.replyTo ? { replyTo: a.replyTo } : {}),
    created: a.createdAt,
    modified: a.updatedAt,
  };
}

function startOf(a: Annotation): number {
  const p = a.target.selector.find((s) => s.type === 'TextPositionSelector');
  return p?.type === 'TextPositionSelector' ? p.start : -1;
}

describe('buildPacket and readPacket', () => {
  it('keeps the page of each block (a PDF reading), so students can cite pages too', () => {
    const paged = { ...DOCUMENT, blocks: DOCUMENT.blocks.map((b, i) => ({ ...b, page: i + 3 })) };
    const read = readPacket(serialisePacket(buildPacket({ ...packetInput(), document: paged })));
    if (!read.ok) throw new Error(read.problem);
    expect(read.packet.document.blocks).toEqual(paged.blocks);
  });

  it('carries the emphasis and links of a web reading as format version 2, and stays version 1 without them', () => {
    const first = DOCUMENT.blocks[1]!;
    const marked = {
      ...DOCUMENT,
      blocks: DOCUMENT.blocks.map((b, i) =>
        i === 1 ? { ...b, marks: [{ kind: 'emphasis' as const, start: first.start, end: first.start + 3 }, { kind: 'link' as const, start: first.start + 4, end: first.start + 11, href: 'https://tea.example/history' }] } : b,
      ),
    };
    const read = readPacket(serialisePacket(buildPacket({ ...packetInput(), document: marked })));
    if (!read.ok) throw new Error(read.problem);
    expect(read.packet.formatVersion).toBe(2);
    expect(read.packet.document.blocks).toEqual(marked.blocks);
    const handIn = readPacket(serialisePacket(buildPacket({ ...handInInput(), document: marked })));
    if (!handIn.ok) throw new Error(handIn.problem);
    expect(handIn.packet.formatVersion).toBe(1);
    const plain = readPacket(serialisePacket(buildPacket(packetInput())));
    expect(plain.ok && plain.packet.formatVersion).toBe(1);
  });

  it('round-trips a teacher packet: build → serialise → read gives the same annotations, in reading order', () => {
    const text = serialisePacket(buildPacket(packetInput()));
    const read = readPacket(text);
    if (!read.ok) throw new Error(read.problem);
    const inReadingOrder = [...TEACHER_LAYER].sort((x, y) => startOf(x) - startOf(y));
    expect(read.annotations).toEqual(inReadingOrder.map(expectedRead));
    expect(read.packet).toMatchObject({
      format: 'marginalia-packet',
      formatVersion: 1,
      kind: 'packet',
      id: `urn:uuid:${PACKET_ID}`,
      revision: 1,
      author: TEACHER,
      document: { title: DOCUMENT.title, sha256: DOCUMENT.source.sha256, source: { name: 'tea.md' }, text: DOCUMENT.text, blocks: DOCUMENT.blocks },
    });
    expect(read.packet).not.toHaveProperty('answers');
  });

  it('round-trips a hand-in without the text, with a reply whose target is [answered IRI, passage]', () => {
    const packet = buildPacket(handInInput());
    expect(packet.document).toEqual({ title: DOCUMENT.title, sha256: DOCUMENT.source.sha256, source: { name: 'tea.md' } });
    expect(packet).toMatchObject({ kind: 'hand-in', answers: { packet: `urn:uuid:${PACKET_ID}`, revision: 1 } });
    const reply = packet.annotations.find((a) => a.motivation === 'replying')!;
    expect(reply.target).toEqual([
      'urn:uuid:aaaaaaaa-0000-4000-8000-000000000003',
      { source: `urn:marginalia:document:${DOCUMENT.id}`, selector: STUDENT_LAYER[0]!.target.selector },
    ]);
    expect(reply['marginalia:replyTo']).toBe('urn:uuid:aaaaaaaa-0000-4000-8000-000000000003');
    const read = readPacket(serialisePacket(packet));
    if (!read.ok) throw new Error(read.problem);
    expect(read.annotations).toEqual([...STUDENT_LAYER].sort((x, y) => startOf(x) - startOf(y)).map(expectedRead));
  });

  it('can include the text in a hand-in', () => {
    const read = readPacket(serialisePacket(buildPacket(handInInput({ includeText: true }))));
    expect(read.ok && read.packet.document.text).toBe(DOCUMENT.text);
  });

  it('writes W3C annotations: context, urn:uuid ids, creator, motivation, Markdown note and tag bodies, colour', () => {
    const [first] = buildPacket(packetInput()).annotations;
    expect(first).toEqual({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { marginalia: 'https://marginalia.app/ns#' }],
      id: 'urn:uuid:aaaaaaaa-0000-4000-8000-000000000001',
      type: 'Annotation',
      motivation: 'commenting',
      creator: TEACHER,
      created: '2026-11-19T08:00:00.000Z',
      modified: '2026-11-19T09:30:00.000Z',
      body: [
        { type: 'TextualBody', value: 'Compare with coffee.', format: 'text/markdown', purpose: 'commenting' },
        { type: 'TextualBody', value: 'medicine', purpose: 'tagging' },
        { type: 'TextualBody', value: 'to discuss', purpose: 'tagging' },
      ],
      target: { source: `urn:marginalia:document:${DOCUMENT.id}`, selector: TEACHER_LAYER[1]!.target.selector },
      'marginalia:color': 'green',
    });
  });

  it('is deterministic: the same input gives the same bytes, whatever the order of the annotations', () => {
    const once = serialisePacket(buildPacket(packetInput()));
    expect(serialisePacket(buildPacket(packetInput({ annotations: [...TEACHER_LAYER].reverse() })))).toBe(once);
    expect(once.endsWith('}\n')).toBe(true);
    expect(once.split('\n')[1]).toBe('  "format": "marginalia-packet",');
  });

  it('keeps revision and created, and sets modified to now', () => {
    const packet = buildPacket(packetInput({ revision: 4, created: '2026-09-01T08:00:00+02:00', now: '2026-11-22T12:00:00.000Z' }));
    expect(packet).toMatchObject({ revision: 4, created: '2026-09-01T06:00:00.000Z', modified: '2026-11-22T12:00:00.000Z' });
    expect(packet.id).toBe(`urn:uuid:${PACKET_ID}`);
    expect(buildPacket(packetInput({ id: `urn:uuid:${PACKET_ID.toUpperCase()}` })).id).toBe(`urn:uuid:${PACKET_ID}`);
  });

  it('gives an annotation whose id is not a UUID a stable derived UUID, and a reply to it the same one', () => {
    const derived = packetIdFor('custom-id_1');
    expect(derived).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(packetIdFor('custom-id_1')).toBe(derived);
    expect(packetIdFor('custom-id_2')).not.toBe(derived);
    expect(packetIdFor('AAAAAAAA-0000-4000-8000-000000000001')).toBe('aaaaaaaa-0000-4000-8000-000000000001');
    const packet = buildPacket(packetInput({ annotations: [annotationOn('“bohea”', { id: 'custom-id_1' })] }));
    expect(packet.annotations[0]!.id).toBe(`urn:uuid:${derived}`);
    const reply = annotationOn('“bohea”', { id: 'bbbbbbbb-0000-4000-8000-000000000009', creator: STUDENT, motivation: 'replying', replyTo: 'custom-id_1' });
    expect(buildPacket(handInInput({ annotations: [reply] })).annotations[0]!['marginalia:replyTo']).toBe(`urn:uuid:${derived}`);
  });

  it('replaces a stored date that is not ISO 8601 by the time of writing', () => {
    const odd = annotationOn('“bohea”', { id: 'aaaaaaaa-0000-4000-8000-00000000000f', createdAt: 'yesterday', updatedAt: '2026-02-30T10:00:00Z' });
    const [a] = buildPacket(packetInput({ annotations: [odd] })).annotations;
    expect([a!.created, a!.modified]).toEqual([NOW, NOW]);
  });

  it('cuts a document title longer than the format allows', () => {
    const long = { ...DOCUMENT, title: 'T'.repeat(5000) };
    expect(buildPacket(packetInput({ document: long })).document.title).toHaveLength(1000);
  });

  it('refuses to make a file Marginalia could not open, saying why', () => {
    expect(() => buildPacket(packetInput({ title: '' }))).toThrow(
      "This packet cannot be made, because Marginalia could not open it: the packet's “title” is empty.",
    );
    expect(() => buildPacket(packetInput({ author: { ...TEACHER, id: 'teacher-1' } }))).toThrow(
      "This packet cannot be made, because Marginalia could not open it: the packet's “author.id” is not a lowercase urn:uuid: identifier.",
    );
    expect(() => buildPacket(packetInput({ annotations: [...TEACHER_LAYER, STUDENT_LAYER[1]!] }))).toThrow(/annotation 3 was made by someone other than the packet's author/);
    expect(() => buildPacket(packetInput({ includeText: false }))).toThrow('A packet always includes the document text.');
    expect(() => buildPacket(packetInput({ answers: { packet: PACKET_ID, revision: 1 } }))).toThrow('Only a hand-in answers a packet.');
    expect(() => buildPacket(handInInput({ answers: undefined }))).toThrow('A hand-in must say which packet it answers.');
    expect(() => buildPacket(packetInput({ annotations: [{ ...TEACHER_LAYER[0]!, documentId: 'dother' }] }))).toThrow(/belongs to document dother/);
  });

  it('round-trips any layer: random passages, notes, tags, colours and motivations', () => {
    const tag = fc.string({ minLength: 1, maxLength: 20 }).filter((t) => /^[^\p{Cc}]+$/u.test(t));
    const annotation = fc
      .record({
        id: fc.uuid(),
        start: fc.nat({ max: DOCUMENT.text.length - 1 }),
        length: fc.integer({ min: 1, max: 40 }),
        note: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 200 }).filter((n) => n.trim() !== '')),
        tags: fc.uniqueArray(tag, { maxLength: 4 }),
        color: fc.constantFrom(...HIGHLIGHT_COLORS),
        motivation: fc.constantFrom('highlighting' as const, 'commenting' as const, 'questioning' as const),
        createdAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
      })
      .map(({ start, length, ...a }): Annotation => {
        const end = Math.min(DOCUMENT.text.length, start + length);
        return { ...a, documentId: DOCUMENT.id, target: { selector: describeRange(DOCUMENT.text, start, end) }, origin: 'own', creator: TEACHER, updatedAt: a.createdAt };
      });
    fc.assert(
      fc.property(fc.uniqueArray(annotation, { maxLength: 12, selector: (a) => a.id.toLowerCase() }), (layer) => {
        const read = readPacket(serialisePacket(buildPacket(packetInput({ annotations: layer }))));
        if (!read.ok) throw new Error(read.problem);
        const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
        const expected = layer.map((a) => expectedRead({ ...a, id: a.id.toLowerCase() })).sort(byId);
        expect([...read.annotations].sort(byId)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses to serialise a file larger than Marginalia opens', () => {
    const packet = buildPacket(packetInput());
    packet.document.text = `${DOCUMENT.text}${' word'.repeat(10_500_000)}`;
    expect(() => serialisePacket(packet)).toThrow('This packet would be 51 MB, more than the 50 MB Marginalia opens; share fewer annotations or a shorter document.');
  });
});
