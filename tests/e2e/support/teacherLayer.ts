/**
 * A teacher's layer of many highlights on a document, written to the data folder the way a
 * received packet is stored (`layers/<documentId>--<key>.json`), so the sidebar has other
 * people's cards, each with a Reply button, from the top of a long document to its end.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeRange } from '../../../shared/anchoring';
import type { Annotation, Person } from '../../../shared/model';
import { LAYER_VERSION, layerKeyFor } from '../../../electron/services/layerStore';

export const TEACHER: Person = { id: 'urn:uuid:7d1c1f7e-4b8a-4d0e-9c55-2f1f3c0d9a11', type: 'Person', name: 'Ms Okafor' };

/**
 * Gives `documentId` (already in `dataDir`) a teacher's layer of `count` highlights, one at the
 * start of every n-th paragraph, in reading order; resolves with them.
 */
export async function seedTeacherLayer(dataDir: string, documentId: string, count: number): Promise<Annotation[]> {
  const file = JSON.parse(await readFile(path.join(dataDir, 'documents', `${documentId}.json`), 'utf8')) as {
    text: string;
    blocks: { start: number; end: number }[];
  };
  const body = file.blocks.slice(1);
  const stamp = new Date(Date.UTC(2026, 0, 2)).toISOString();
  const annotations: Annotation[] = Array.from({ length: count }, (_, i) => {
    const block = body[Math.floor((i / count) * body.length)]!;
    return {
      id: randomUUID(),
      documentId,
      target: { selector: describeRange(file.text, block.start, block.start + 40) },
      color: 'purple',
      note: `Teacher's note ${i + 1}: what does this passage tell us?`,
      tags: [],
      origin: { packetId: 'packet-drafts' },
      creator: TEACHER,
      motivation: 'commenting',
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
  const layer = {
    schemaVersion: LAYER_VERSION,
    documentId,
    creator: TEACHER,
    role: 'teacher',
    source: { kind: 'packet', id: 'packet-drafts', revision: 1, title: 'Reading notes', instructions: '', receivedAt: stamp },
    annotations,
  };
  const dir = path.join(dataDir, 'layers');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${documentId}--${layerKeyFor(TEACHER)}.json`), JSON.stringify(layer));
  return annotations;
}
