/**
 * A large document for the open benchmark and the large-document e2e test: a generated ~1 MB
 * article of ~3,000 paragraphs, imported through the real services, with 1,000 of the user's own
 * highlights spread through it (every third with a note, every fourth with a tag), written to its
 * annotations file the way the app stores them.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeRange } from '../../../shared/anchoring';
import { BLOCK_SEPARATOR } from '../../../shared/import/plainText';
import { HIGHLIGHT_COLORS, type Annotation } from '../../../shared/model';
import { ANNOTATIONS_VERSION, dataPaths } from '../../../electron/services/dataLayout';
import { createServices } from '../../../electron/services/createServices';

export const LARGE_TITLE = 'A very long report';
/** A word only the last highlight's note has, so a filter for it finds a card far down the list. */
export const LAST_NOTE_WORD = 'zebrafinch';

const WORDS =
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there one all we their been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three river harbour lantern meadow archive ledger orchard quarry'.split(
    ' ',
  );

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same document. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The article's plain text: a title line, then `paragraphs` paragraphs of 45–90 words. */
export function largeArticleText(paragraphs = 3000): string {
  const next = random(42);
  const out: string[] = [LARGE_TITLE];
  for (let p = 0; p < paragraphs; p++) {
    const words = 45 + Math.floor(next() * 45);
    const sentence = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
    out.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)} (paragraph ${p + 1}).`);
  }
  return out.join(BLOCK_SEPARATOR);
}

/** What {@link seedLargeDocument} made. */
export interface LargeDocument {
  documentId: string;
  title: string;
  annotations: Annotation[];
}

/**
 * Imports the large article into the library in `dataDir` (through services of its own, so do
 * this before the app starts on that folder) and gives it `count` highlights, evenly spread in
 * reading order. `workDir` receives the .txt file that is imported.
 */
export async function seedLargeDocument(dataDir: string, workDir: string, count = 1000): Promise<LargeDocument> {
  const services = await createServices({ dataDir, samplesDir: path.resolve('assets/samples') });
  const file = path.join(workDir, 'a-very-long-report.txt');
  await writeFile(file, largeArticleText());
  const imported = await services.importDocumentFile({ path: file });
  if (imported.status === 'packet-opened') throw new Error('The large article was read as a packet.');
  const documentId = imported.document.id;
  const { text, blocks } = await services.getDocument({ documentId });
  const { person } = await services.getProfile({});
  const next = random(99);
  const body = blocks.slice(1); // not the title
  const stamp = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  const annotations: Annotation[] = Array.from({ length: count }, (_, i) => {
    const block = body[Math.floor((i / count) * body.length)]!;
    const start = block.start + Math.floor(next() * (block.end - block.start - 90));
    const end = start + 20 + Math.floor(next() * 60);
    const last = i === count - 1;
    return {
      id: randomUUID(),
      documentId,
      target: { selector: describeRange(text, start, end) },
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!,
      note: last ? `The ${LAST_NOTE_WORD} passage, at the very end.` : i % 3 === 0 ? `Note ${i + 1}: compare with the earlier passage on harbours and ledgers.` : '',
      tags: i % 4 === 0 ? [`theme-${i % 5}`] : [],
      origin: 'own',
      creator: person,
      motivation: i % 3 === 0 || last ? 'commenting' : 'highlighting',
      createdAt: stamp(i),
      updatedAt: stamp(i),
    };
  });
  await writeFile(dataPaths(dataDir).annotations(documentId), JSON.stringify({ schemaVersion: ANNOTATIONS_VERSION, annotations }));
  return { documentId, title: LARGE_TITLE, annotations };
}
