/**
 * Database benchmark (issue: a local database that never loses a note): a library of 500
 * documents and 50,000 annotations, per-document lowdb files versus one single lowdb file.
 */
import { TEST_PERSON } from '../support/person';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Annotation } from '../../shared/model';
import { AnnotationStore } from '../../electron/services/annotationStore';
import { ANNOTATIONS_VERSION, LIBRARY_VERSION, dataPaths } from '../../electron/services/dataLayout';
import { LibraryStore } from '../../electron/services/libraryStore';
import { createServices } from '../../electron/services/createServices';
import { measure, report } from './stats';

const DOCUMENTS = 500;
const PER_DOCUMENT = 100;

function annotation(documentId: string, i: number): Annotation {
  const stamp = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  return {
    id: randomUUID(),
    documentId,
    target: {
      selector: [
        { type: 'TextQuoteSelector', exact: `a highlighted passage of some length, number ${i}`, prefix: 'thirty-two characters of prefix ', suffix: ' and thirty-two chars of suffix.' },
        { type: 'TextPositionSelector', start: i * 100, end: i * 100 + 48 },
      ],
    },
    color: 'yellow',
    note: i % 3 === 0 ? `A note about passage ${i}, with a few words of comment.` : '',
    tags: i % 2 === 0 ? ['reading', `topic-${i % 7}`] : [],
    origin: 'own',
    creator: TEST_PERSON,
    motivation: 'highlighting',
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Writes a library of DOCUMENTS documents with PER_DOCUMENT annotations each. */
async function makeLibrary(dataDir: string): Promise<{ ids: string[]; all: Annotation[] }> {
  const paths = dataPaths(dataDir);
  await mkdir(paths.documentsDir, { recursive: true });
  await mkdir(paths.annotationsDir, { recursive: true });
  const ids = Array.from({ length: DOCUMENTS }, (_, i) => `dbench${String(i).padStart(4, '0')}`);
  const all: Annotation[] = [];
  const documents = [];
  for (const id of ids) {
    const source = { kind: 'file' as const, name: `${id}.txt`, importedAt: '2026-01-01T00:00:00.000Z', sha256: id };
    const text = 'Lorem ipsum dolor sit amet. '.repeat(400);
    await writeFile(paths.document(id), JSON.stringify({ schemaVersion: 1, id, title: id, source, text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }] }));
    documents.push({ id, title: id, source, length: text.length });
    const annotations = Array.from({ length: PER_DOCUMENT }, (_, i) => annotation(id, i));
    all.push(...annotations);
    await writeFile(paths.annotations(id), JSON.stringify({ schemaVersion: ANNOTATIONS_VERSION, annotations }));
  }
  await writeFile(paths.library, JSON.stringify({ schemaVersion: LIBRARY_VERSION, documents }));
  return { ids, all };
}

export async function databaseBenchmark(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-bench-db-'));
  try {
    console.log(`\nDatabase: ${DOCUMENTS} documents, ${DOCUMENTS * PER_DOCUMENT} annotations`);
    const { ids, all } = await makeLibrary(dataDir);
    const paths = dataPaths(dataDir);
    const pick = (i: number) => ids[(Math.abs(i) * 37) % ids.length]!;

    const open = await measure(50, (i) => new AnnotationStore(paths).list(pick(i)));
    report('open one document’s annotations (per-document files)', open, 20);

    const store = new AnnotationStore(paths);
    await store.list(ids[0]!);
    const save = await measure(50, () => store.add(annotation(ids[0]!, 1000)));
    report('save one annotation (per-document files)', save, 10);

    const libraryOpen = await measure(10, () => LibraryStore.open(paths));
    report('open the library index', libraryOpen);

    // The library view's list: every document with its highlight count, tags and last opened date.
    const samplesDir = path.resolve(import.meta.dirname, '../../assets/samples');
    const listCold = await measure(5, async () => (await createServices({ dataDir, samplesDir, readOnly: true })).listDocuments({}), 1);
    report(`list ${DOCUMENTS} documents with counts and tags (first, files opened)`, listCold);
    const services = await createServices({ dataDir, samplesDir, readOnly: true });
    await services.listDocuments({});
    const listWarm = await measure(20, () => services.listDocuments({}));
    report(`list ${DOCUMENTS} documents with counts and tags (again)`, listWarm, 50);

    const singleFile = path.join(dataDir, 'single.json');
    await writeFile(singleFile, JSON.stringify({ schemaVersion: 1, annotations: all }));
    const singleOpen = await measure(10, async (i) => {
      const db = new Low(new JSONFile<{ annotations: Annotation[] }>(singleFile), { annotations: [] });
      await db.read();
      return db.data.annotations.filter((a) => a.documentId === pick(i));
    });
    report('open one document’s annotations (one single file)', singleOpen);
    const single = new Low(new JSONFile<{ annotations: Annotation[] }>(singleFile), { annotations: [] });
    await single.read();
    const singleSave = await measure(10, async () => {
      single.data.annotations.push(annotation(ids[0]!, 1000));
      await single.write();
    });
    report('save one annotation (one single file)', singleSave);
    console.log(
      `  per-document files are ${(singleSave.median / save.median).toFixed(0)}× faster to save and ${(singleOpen.median / open.median).toFixed(0)}× faster to open`,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
