/**
 * Statistics benchmark (issue 12): 500 documents and 50,000 annotations, a tenth of them made
 * in the last week. The aggregation in memory (target ≤ 200 ms, expected far under), then the
 * service on a real data folder: the first call (reading every highlights file) and a later one.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../electron/services/createServices';
import { ANNOTATIONS_VERSION, LIBRARY_VERSION, dataPaths } from '../../electron/services/dataLayout';
import { HIGHLIGHT_COLORS, type Annotation, type DocumentRecord } from '../../shared/model';
import { libraryStatistics } from '../../shared/statistics/libraryStatistics';
import { TEST_PERSON } from '../support/person';
import { formatSummary, measure, type Summary } from './stats';

const DOCUMENTS = 500;
const PER_DOCUMENT = 100;
const NOW = new Date('2026-11-30T12:00:00.000Z');
const TEXT = 'The river rose in the night and the bridge held, while the town slept. '.repeat(60);

function documentAt(i: number): DocumentRecord {
  const id = `stbench${String(i).padStart(4, '0')}`;
  return {
    id,
    title: `Document ${i}`,
    source: { kind: 'file', name: `${id}.txt`, importedAt: '2026-01-01T00:00:00.000Z', sha256: id },
    text: TEXT,
    blocks: [{ kind: 'paragraph', start: 0, end: TEXT.length }],
  };
}

function annotationOn(documentId: string, i: number): Annotation {
  // One in ten in the last seven days, the rest spread over the year.
  const created = i % 10 === 0 ? NOW.getTime() - (i % 7) * 86_400_000 - 3_600_000 : Date.UTC(2026, i % 10, 1 + (i % 27), 9);
  const stamp = new Date(created).toISOString();
  const start = (i * 37) % (TEXT.length - 60);
  return {
    id: `${documentId}-a${i}`,
    documentId,
    target: {
      selector: [
        { type: 'TextQuoteSelector', exact: TEXT.slice(start, start + 50), prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(start + 50, start + 82) },
        { type: 'TextPositionSelector', start, end: start + 50 },
      ],
    },
    color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!,
    note: i % 3 === 0 ? 'A note about the river.' : '',
    tags: i % 2 === 0 ? ['reading', `topic-${i % 7}`] : [],
    origin: 'own',
    creator: TEST_PERSON,
    motivation: i % 3 === 0 ? 'commenting' : 'highlighting',
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function line(label: string, s: Summary, target?: number): void {
  const verdict = target === undefined ? '' : s.median <= target ? `  ✓ median target ≤ ${target} ms` : `  ✗ median target ≤ ${target} ms`;
  console.log(`  ${label.padEnd(58)} ${formatSummary(s)}${verdict}`);
}

export async function statsBenchmark(): Promise<void> {
  console.log(`\nStatistics: ${DOCUMENTS} documents, ${DOCUMENTS * PER_DOCUMENT} annotations`);
  const documents = Array.from({ length: DOCUMENTS }, (_, i) => documentAt(i));
  const annotated = documents.map((d) => ({ id: d.id, title: d.title, annotations: Array.from({ length: PER_DOCUMENT }, (_, i) => annotationOn(d.id, i)) }));

  let week = 0;
  const pure = await measure(20, () => {
    week = libraryStatistics({ documents: annotated, now: NOW, utcOffsetMinutes: 60 }).week.total;
  });
  line('aggregate in memory', pure, 200);

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-bench-stats-'));
  try {
    const paths = dataPaths(dataDir);
    await mkdir(paths.documentsDir, { recursive: true });
    await mkdir(paths.annotationsDir, { recursive: true });
    for (const [i, d] of documents.entries()) {
      await writeFile(paths.document(d.id), JSON.stringify({ schemaVersion: 1, ...d }));
      await writeFile(paths.annotations(d.id), JSON.stringify({ schemaVersion: ANNOTATIONS_VERSION, annotations: annotated[i]!.annotations }));
    }
    const summaries = documents.map((d) => ({ id: d.id, title: d.title, source: d.source, length: d.text.length }));
    await writeFile(paths.library, JSON.stringify({ schemaVersion: LIBRARY_VERSION, documents: summaries }));
    const services = await createServices({ dataDir, samplesDir: dataDir, now: () => NOW });
    const first = await measure(1, () => services.getStatistics({ utcOffsetMinutes: 60 }), 0);
    line('service: first call (reads every highlights file)', first);
    const later = await measure(10, () => services.getStatistics({ utcOffsetMinutes: 60 }));
    line('service: a later call (files already open)', later, 200);
    const one = await measure(20, () => services.getStatistics({ documentId: documents[7]!.id, utcOffsetMinutes: 60 }));
    line('service: one document', one);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  if (week !== DOCUMENTS * (PER_DOCUMENT / 10)) throw new Error(`Expected ${DOCUMENTS * (PER_DOCUMENT / 10)} annotations this week, counted ${week}.`);
}
