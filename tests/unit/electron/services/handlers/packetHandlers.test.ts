/**
 * Teacher packets and hand-ins on real data folders: a teacher shares, two students open the
 * packet in their own folders, answer and hand in, the teacher opens the hand-ins, then shares
 * revision 2. Other people's layers are read-only in the services, not only in the UI.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/services/createServices';
import type { ServiceHandlers } from '../../../../../electron/services/serviceApi';
import { snapshotFolder } from '../../../../support/snapshotFolder';
import { useTempDirs } from '../../../../support/tempDir';

const SAMPLES_DIR = path.resolve(__dirname, '../../../../../assets/samples');
const TITLE = "Syria's new leader at the Kremlin";
const tempDir = useTempDirs();

async function person(name: string | null) {
  const dataDir = await tempDir();
  const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
  if (name) await services.setProfileName({ name });
  const documentId = (await services.listDocuments({})).find((d) => d.title === TITLE)!.id;
  const text = (await services.getDocument({ documentId })).text;
  const highlight = (needle: string, note = '', question = false) => {
    const start = text.indexOf(needle);
    expect(start).toBeGreaterThan(-1);
    return services.createAnnotation({ documentId, start, end: start + needle.length, color: 'blue', note, tags: [], question });
  };
  return { dataDir, services, documentId, highlight };
}

async function share(services: ServiceHandlers, documentId: string, file: string, overwrite = false) {
  return services.writePacketFile({ documentId, title: 'Week 3 reading', instructions: 'Answer both questions.', path: file, overwrite });
}

async function errorOf(promise: Promise<unknown>): Promise<{ code?: string; message?: string }> {
  return promise.then(
    () => ({}),
    (e: { code?: string; message?: string }) => e,
  );
}

describe('teacher packets', () => {
  it('asks for a name before sharing, then keeps the packet id and raises the revision on each share', async () => {
    const teacher = await person(null);
    const out = await tempDir();
    await teacher.highlight('The day was rainy', 'Why open with the weather?', true);
    expect(await errorOf(share(teacher.services, teacher.documentId, path.join(out, 'a.marginalia')))).toMatchObject({ code: 'NAME_NEEDED' });
    expect(await readdir(out)).toEqual([]);
    await teacher.services.setProfileName({ name: 'Ms Rivera' });
    const first = await share(teacher.services, teacher.documentId, path.join(out, 'a.marginalia'));
    const second = await share(teacher.services, teacher.documentId, path.join(out, 'b.marginalia'));
    expect(first).toMatchObject({ revision: 1, annotations: 1 });
    expect(second).toMatchObject({ revision: 2, packetId: first.packetId });
    const packet = JSON.parse(await readFile(path.join(out, 'b.marginalia'), 'utf8'));
    expect(packet).toMatchObject({ format: 'marginalia-packet', kind: 'packet', revision: 2, author: { name: 'Ms Rivera' } });
    expect(packet.annotations[0]).toMatchObject({ motivation: 'questioning', creator: { type: 'Person', name: 'Ms Rivera' } });
  });

  it('walks a class through it: students read the teacher read-only, answer, hand in; the teacher sees them; revision 2 leaves students’ work alone', async () => {
    const out = await tempDir();
    const teacher = await person('Ms Rivera');
    const q1 = await teacher.highlight('The day was rainy', 'Why open with the weather?', true);
    const q2 = await teacher.highlight('Vladimir Putin', 'How is Putin portrayed?', true);
    const packetFile = path.join(out, 'week3.marginalia');
    await share(teacher.services, teacher.documentId, packetFile);

    const students = [await person('Sam'), await person('Ana')];
    for (const [i, student] of students.entries()) {
      const opened = await student.services.importDocumentFile({ path: packetFile });
      expect(opened).toMatchObject({ status: 'packet-opened', document: { id: teacher.documentId }, layer: { status: 'added', added: 2, role: 'teacher' } });
      const again = await snapshotFolder(student.dataDir);
      expect(await student.services.importDocumentFile({ path: packetFile })).toMatchObject({ layer: { status: 'unchanged' } });
      expect(await snapshotFolder(student.dataDir)).toEqual(again);

      const layers = await student.services.listLayers({ documentId: student.documentId });
      expect(layers.map((l) => [l.role, l.creator.name, l.readOnly, l.annotations.length])).toEqual([
        ['own', i === 0 ? 'Sam' : 'Ana', false, 0],
        ['teacher', 'Ms Rivera', true, 2],
      ]);
      // The services refuse changes to the teacher's notes, whatever the UI shows.
      const theirs = layers[1]!.annotations[0]!;
      expect(await errorOf(student.services.updateAnnotation({ documentId: student.documentId, annotationId: theirs.id, changes: { note: 'mine now' } }))).toMatchObject({ code: 'READ_ONLY_LAYER' });
      expect(await errorOf(student.services.deleteAnnotation({ documentId: student.documentId, annotationId: theirs.id }))).toMatchObject({ code: 'READ_ONLY_LAYER' });
      expect(await errorOf(student.services.restoreAnnotation({ annotation: theirs }))).toMatchObject({ code: 'READ_ONLY_LAYER' });

      await student.services.replyToAnnotation({ documentId: student.documentId, annotationId: q1.id, note: `${i}: it sets a gloomy mood` });
      await student.services.replyToAnnotation({ documentId: student.documentId, annotationId: q2.id, note: `${i}: warmly` });
      await student.services.copyToOwn({ documentId: student.documentId, annotationId: q2.id });
      await student.highlight('gilded halls of the Kremlin', 'nice phrase');
      const handIn = await student.services.writeHandInFile({ documentId: student.documentId, path: path.join(out, `hand-in-${i}.marginalia`), overwrite: false });
      expect(handIn).toMatchObject({ revision: 1, annotations: 4 });
    }

    for (const i of [0, 1]) {
      expect(await teacher.services.importDocumentFile({ path: path.join(out, `hand-in-${i}.marginalia`) })).toMatchObject({ layer: { kind: 'hand-in', role: 'student', status: 'added', added: 4 } });
    }
    const seen = await teacher.services.listLayers({ documentId: teacher.documentId });
    expect(seen.map((l) => [l.role, l.creator.name])).toEqual([['own', 'Ms Rivera'], ['student', 'Sam'], ['student', 'Ana']]);
    const answersToQ1 = seen.slice(1).flatMap((l) => l.annotations.filter((a) => a.replyTo === q1.id).map((a) => a.note));
    expect(answersToQ1.sort()).toEqual(['0: it sets a gloomy mood', '1: it sets a gloomy mood']);

    // Revision 2: one question removed, the other reworded.
    await teacher.services.deleteAnnotation({ documentId: teacher.documentId, annotationId: q1.id });
    await teacher.services.updateAnnotation({ documentId: teacher.documentId, annotationId: q2.id, changes: { note: 'How does the article portray Putin?' } });
    const revision2 = path.join(out, 'week3-r2.marginalia');
    expect(await share(teacher.services, teacher.documentId, revision2)).toMatchObject({ revision: 2 });

    const sam = students[0]!;
    const ownBefore = await readFile(path.join(sam.dataDir, 'annotations', `${sam.documentId}.json`), 'utf8');
    expect(await sam.services.importDocumentFile({ path: revision2 })).toMatchObject({ layer: { status: 'updated', revision: 2, added: 0, changed: 1, removed: 1 } });
    expect(await readFile(path.join(sam.dataDir, 'annotations', `${sam.documentId}.json`), 'utf8')).toBe(ownBefore);
    const after = await sam.services.listLayers({ documentId: sam.documentId });
    expect(after[1]!.annotations.map((a) => a.note)).toEqual(['How does the article portray Putin?']);
    const detached = after[0]!.annotations.filter((a) => a.replyTo === q1.id);
    expect(detached).toHaveLength(1);
    // An older revision opened later changes nothing.
    expect(await sam.services.importDocumentFile({ path: packetFile })).toMatchObject({ layer: { status: 'unchanged', revision: 2 } });
  });

  it('names other people in Markdown and W3C exports when their layers are chosen', async () => {
    const out = await tempDir();
    const teacher = await person('Ms Rivera');
    await teacher.highlight('Vladimir Putin', 'How is Putin portrayed?', true);
    await share(teacher.services, teacher.documentId, path.join(out, 'p.marginalia'));
    const student = await person('Sam');
    await student.services.importDocumentFile({ path: path.join(out, 'p.marginalia') });
    await student.highlight('gilded halls of the Kremlin', 'nice phrase');
    const md = { order: 'reading', includeNotes: true, includeColours: true, includeOrphans: true } as const;
    await student.services.exportDocumentTo({ documentId: student.documentId, format: 'md', markdown: md, layer: 'all', path: path.join(out, 'all.md'), overwrite: false });
    await student.services.exportDocumentTo({ documentId: student.documentId, format: 'md', markdown: md, layer: 'own', path: path.join(out, 'own.md'), overwrite: false });
    await student.services.exportDocumentTo({ documentId: student.documentId, format: 'json', markdown: md, layer: 'all', path: path.join(out, 'all.json'), overwrite: false });
    const all = await readFile(path.join(out, 'all.md'), 'utf8');
    expect(all).toContain('By: Ms Rivera · Question');
    expect(all).toContain('nice phrase');
    expect(await readFile(path.join(out, 'own.md'), 'utf8')).not.toContain('Ms Rivera');
    const w3c = JSON.parse(await readFile(path.join(out, 'all.json'), 'utf8'));
    expect(w3c.first.items.map((a: { creator: { name: string } }) => a.creator.name).sort()).toEqual(['Ms Rivera', 'Sam']);
  });
});

describe('a packet is untrusted input', () => {
  async function refusal(mutate: (packet: Record<string, unknown>, text: string) => string | Buffer | Promise<void>, expected: RegExp) {
    const out = await tempDir();
    const teacher = await person('Ms Rivera');
    await teacher.highlight('Vladimir Putin', 'How is Putin portrayed?', true);
    const file = path.join(out, 'p.marginalia');
    await share(teacher.services, teacher.documentId, file);
    const text = await readFile(file, 'utf8');
    const written = await mutate(JSON.parse(text) as Record<string, unknown>, text);
    if (written !== undefined) await writeFile(file, written);
    const student = await person('Sam');
    const before = await snapshotFolder(student.dataDir);
    const error = await errorOf(student.services.importDocumentFile({ path: file }));
    expect(error.message).toMatch(expected);
    expect(await snapshotFolder(student.dataDir)).toEqual(before);
    return { student, teacher, file };
  }

  it.each([
    ['not JSON', (_p: Record<string, unknown>, t: string) => t.slice(0, 100), /not valid JSON/],
    ['from a future format', (p: Record<string, unknown>) => JSON.stringify({ ...p, formatVersion: 99 }), /newer Marginalia/],
    ['with a text that does not match its hash', (p: Record<string, unknown>) => JSON.stringify({ ...p, document: { ...(p['document'] as object), text: 'x'.repeat(40) } }), /fingerprint|blocks|outside/],
    ['with a __proto__ key', (_p: Record<string, unknown>, t: string) => t.replace('"format"', '"__proto__": {"polluted": true}, "format"'), /__proto__/],
    ['with a constructor key deep inside', (_p: Record<string, unknown>, t: string) => t.replace('"type": "Person"', '"type": "Person", "constructor": 1'), /constructor/],
    ['with an id that is not a urn:uuid', (p: Record<string, unknown>) => JSON.stringify({ ...p, id: '../../etc/passwd' }), /./],
    ['with a wrong type', (p: Record<string, unknown>) => JSON.stringify({ ...p, revision: 'two' }), /./],
    ['with a selector outside the text', (_p: Record<string, unknown>, t: string) => t.replace(/"end": \d+/, '"end": 99999999'), /outside|text/],
    ['that is binary', () => Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80]), /UTF-8|not a Marginalia/],
  ])('refuses a packet %s, changing nothing', async (_label, mutate, expected) => {
    await refusal(mutate, expected);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const out = await tempDir();
    const big = path.join(out, 'big.marginalia');
    const handle = await import('node:fs/promises').then((fs) => fs.open(big, 'w'));
    await handle.truncate(51 * 1024 * 1024);
    await handle.close();
    const student = await person('Sam');
    const before = await snapshotFolder(student.dataDir);
    expect(await errorOf(student.services.importDocumentFile({ path: big }))).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(await snapshotFolder(student.dataDir)).toEqual(before);
  });

  it('never lets a file that claims to be from the user change their own layer', async () => {
    const out = await tempDir();
    const teacher = await person('Ms Rivera');
    await teacher.highlight('Vladimir Putin', 'How is Putin portrayed?', true);
    const file = path.join(out, 'p.marginalia');
    await share(teacher.services, teacher.documentId, file);
    // The teacher opening her own packet: it claims her profile id.
    const before = await snapshotFolder(teacher.dataDir);
    expect(await errorOf(teacher.services.importDocumentFile({ path: file }))).toMatchObject({ code: 'INVALID_PACKET', message: expect.stringMatching(/made by you/) });
    expect(await snapshotFolder(teacher.dataDir)).toEqual(before);
  });

  it('refuses a hand-in for a reading the receiver does not have, changing nothing', async () => {
    const out = await tempDir();
    const teacher = await person('Ms Rivera');
    const reading = path.join(out, 'reading.txt');
    await writeFile(reading, 'A reading only this class has.\n\nIt has two paragraphs.\n');
    const imported = await teacher.services.importDocumentFile({ path: reading });
    await teacher.services.writePacketFile({ documentId: imported.document.id, title: 'Reading', instructions: '', path: path.join(out, 'p.marginalia'), overwrite: false });
    const student = await person('Sam');
    expect(await student.services.importDocumentFile({ path: path.join(out, 'p.marginalia') })).toMatchObject({ status: 'packet-opened', document: { id: imported.document.id } });
    await student.services.writeHandInFile({ documentId: imported.document.id, path: path.join(out, 'h.marginalia'), overwrite: false });
    const stranger = await person('Another teacher');
    const before = await snapshotFolder(stranger.dataDir);
    expect(await errorOf(stranger.services.importDocumentFile({ path: path.join(out, 'h.marginalia') }))).toMatchObject({
      code: 'INVALID_PACKET',
      message: expect.stringMatching(/not in your library; open the packet it answers first/),
    });
    expect(await snapshotFolder(stranger.dataDir)).toEqual(before);
  });
});
