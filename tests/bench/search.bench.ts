/**
 * Library search benchmark (issue 12): 500 documents and 50,000 annotations. Index build time
 * (target ≤ 3 s), p95 of 200 varied queries (≤ 30 ms), and the update after one new annotation
 * (≤ 5 ms), in memory; then the service on a real data folder: the first search (build and
 * save), a search with nothing changed, and a search right after a new highlight. For writing
 * the index file it also prints the longest time the calling (main) thread was blocked: the
 * service keeps the index in a worker thread, so writing it must not block the main process.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Annotation, DocumentRecord } from '../../shared/model';
import { LibrarySearchIndex, type SearchQuery } from '../../shared/search';
import { createServices } from '../../electron/services/createServices';
import { DataSession } from '../../electron/services/dataSession';
import { SEARCH_INDEX_FILE, SearchIndexService } from '../../electron/services/searchIndex';
import { SearchWorker } from '../../electron/services/worker/searchWorker';
import { ANNOTATIONS_VERSION, LIBRARY_VERSION, dataPaths } from '../../electron/services/dataLayout';
import { TEST_PERSON } from '../support/person';
import { formatSummary, longestBlock, measure, summarise, type Summary } from './stats';

const DOCUMENTS = 500;
const PER_DOCUMENT = 100;
const PARAGRAPHS = 24;
/** Words the queries look for: ranked among the vocabulary from common to rare. */
const NAMED = `history congress vienna diplomacy treaty border empire revolution résumé café naïve
  economy market inflation labour union strike harvest climate river delta glacier ocean
  protein enzyme membrane neuron synapse cortex memory language grammar syntax poetry novel
  theatre painting sculpture museum archive library manuscript printing press newspaper
  election parliament minister senate court justice evidence witness argument theory proof
  東京都 北京市 大阪 日本語 中文 文学 歴史 経済`.split(/\s+/).filter(Boolean);
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ber', 'dan', 'fel', 'gor', 'han', 'jus', 'ket', 'lin', 'mor', 'pas', 'qui', 'ston'];

/**
 * A vocabulary of 8,000 words whose frequencies follow Zipf's law, as in real prose: a few
 * very common words, many rare ones. The named words sit at ranks 20, 80, 140, ….
 */
function vocabulary(): string[] {
  const words: string[] = [];
  for (let i = 0; words.length < 8000; i++) {
    let n = i;
    let word = '';
    do {
      word += SYLLABLES[n % SYLLABLES.length]!;
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    words.push(word);
  }
  NAMED.forEach((w, k) => words.splice(20 + k * 60, 0, w));
  return words;
}

const WORDS = vocabulary();

/** A deterministic pseudo-random number generator, so every run indexes the same library. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** A word drawn with probability proportional to 1 / rank. */
function zipfWord(next: () => number): string {
  return WORDS[Math.min(WORDS.length - 1, Math.floor(Math.exp(next() * Math.log(WORDS.length + 1))) - 1)]!;
}

function sentence(next: () => number, words: number): string {
  return Array.from({ length: words }, () => zipfWord(next)).join(' ');
}

function documentAt(i: number, next: () => number): DocumentRecord {
  const id = `sbench${String(i).padStart(4, '0')}`;
  const paragraphs = Array.from({ length: PARAGRAPHS }, () => `${sentence(next, 70)}.`);
  const text = paragraphs.join('\n\n');
  let start = 0;
  const blocks = paragraphs.map((p) => {
    const block = { kind: 'paragraph' as const, start, end: start + p.length };
    start += p.length + 2;
    return block;
  });
  return { id, title: `Document ${i}: ${sentence(next, 3)}`, source: { kind: 'file', name: `${id}.txt`, importedAt: '2026-01-01T00:00:00.000Z', sha256: id }, text, blocks };
}

function annotationOn(document: DocumentRecord, i: number, next: () => number): Annotation {
  const start = Math.floor(next() * (document.text.length - 60));
  const stamp = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  return {
    id: randomUUID(),
    documentId: document.id,
    target: {
      selector: [
        { type: 'TextQuoteSelector', exact: document.text.slice(start, start + 50), prefix: document.text.slice(Math.max(0, start - 32), start), suffix: document.text.slice(start + 50, start + 82) },
        { type: 'TextPositionSelector', start, end: start + 50 },
      ],
    },
    color: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[i % 5]!,
    note: i % 3 === 0 ? `A note about ${sentence(next, 8)}.` : '',
    tags: i % 2 === 0 ? ['reading', `topic-${i % 7}`] : [],
    origin: 'own',
    creator: TEST_PERSON,
    motivation: i % 3 === 0 ? 'commenting' : 'highlighting',
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function library(): { documents: DocumentRecord[]; annotations: Map<string, Annotation[]> } {
  const next = random(12);
  const documents = Array.from({ length: DOCUMENTS }, (_, i) => documentAt(i, next));
  const annotations = new Map(documents.map((d) => [d.id, Array.from({ length: PER_DOCUMENT }, (_, i) => annotationOn(d, i, next))]));
  return { documents, annotations };
}

/** 200 varied queries: words, prefixes, typos, diacritics folded, CJK, two words, and filters. */
function queries(documents: readonly DocumentRecord[]): SearchQuery[] {
  const next = random(99);
  const pick = () => (next() < 0.8 ? NAMED[Math.floor(next() * NAMED.length)]! : WORDS[Math.floor(next() * 200)]!);
  const typo = (w: string) => (w.length > 5 ? w.slice(0, 2) + w.slice(3) : w);
  const makers: (() => SearchQuery)[] = [
    () => ({ query: pick() }),
    () => ({ query: pick().slice(0, 4) }),
    () => ({ query: typo(pick()) }),
    () => ({ query: 'resume' }),
    () => ({ query: '東京' }),
    () => ({ query: `${pick()} ${pick()}` }),
    () => ({ query: pick(), tag: 'reading' }),
    () => ({ query: pick(), color: 'blue' }),
    () => ({ query: pick(), layer: 'own' }),
    () => ({ query: pick(), documentId: documents[Math.floor(next() * documents.length)]!.id }),
  ];
  return Array.from({ length: 200 }, (_, i) => makers[i % makers.length]!());
}

function line(label: string, value: string, verdict = ''): void {
  console.log(`  ${label.padEnd(58)} ${value}${verdict}`);
}

function against(summary: Summary, key: 'median' | 'p95', target: number): string {
  return summary[key] <= target ? `  ✓ ${key} target ≤ ${target} ms` : `  ✗ ${key} target ≤ ${target} ms`;
}

async function writeLibrary(dataDir: string, documents: readonly DocumentRecord[], annotations: Map<string, Annotation[]>): Promise<void> {
  const paths = dataPaths(dataDir);
  await mkdir(paths.documentsDir, { recursive: true });
  await mkdir(paths.annotationsDir, { recursive: true });
  for (const d of documents) {
    await writeFile(paths.document(d.id), JSON.stringify({ schemaVersion: 1, ...d }));
    await writeFile(paths.annotations(d.id), JSON.stringify({ schemaVersion: ANNOTATIONS_VERSION, annotations: annotations.get(d.id) }));
  }
  const summaries = documents.map((d) => ({ id: d.id, title: d.title, source: d.source, length: d.text.length }));
  await writeFile(paths.library, JSON.stringify({ schemaVersion: LIBRARY_VERSION, documents: summaries }));
}

export async function searchBenchmark(): Promise<void> {
  console.log(`\nSearch: ${DOCUMENTS} documents (${DOCUMENTS * PARAGRAPHS} paragraphs), ${DOCUMENTS * PER_DOCUMENT} annotations`);
  const { documents, annotations } = library();

  const builds: number[] = [];
  let index = LibrarySearchIndex.empty();
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    index = LibrarySearchIndex.empty();
    for (const d of documents) index.replaceDocument(d, annotations.get(d.id)!);
    builds.push(performance.now() - start);
  }
  const build = summarise(builds);
  line('build the index (in memory)', formatSummary(build), against(build, 'median', 3000));

  const list = queries(documents);
  let hits = 0;
  const query = await measure(list.length, (i) => {
    const found = index.search(list[Math.max(0, i)]!, TEST_PERSON.id);
    hits += found.length;
  });
  line('one query, 200 varied queries', formatSummary(query), against(query, 'p95', 30));

  const next = random(7);
  const update = await measure(50, (i) => index.replaceAnnotation(annotationOn(documents[Math.abs(i) % DOCUMENTS]!, i, next)));
  line('index one new annotation', formatSummary(update), against(update, 'median', 5));

  const serialised = JSON.stringify(index.serialize());
  line('serialised index size', `${(serialised.length / 1e6).toFixed(1)} MB`);
  const load = await measure(3, () => LibrarySearchIndex.deserialize(JSON.parse(serialised)), 0);
  line('load the serialised index', formatSummary(load));
  const inline = await longestBlock(() => JSON.stringify(index.serialize()));
  line('serialise on the calling thread (before): main thread blocked', `${inline.blockedMs.toFixed(0)} ms`);

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-bench-search-'));
  try {
    await writeLibrary(dataDir, documents, annotations);
    const services = await createServices({ dataDir, samplesDir: dataDir });
    const first = await measure(1, () => services.searchLibrary({ query: 'vienna' }), 0);
    line('service: first search (build from files, save)', formatSummary(first));
    const unchanged = await measure(20, (i) => services.searchLibrary(list[Math.max(0, i)]!));
    line('service: search, nothing changed (no file looked at)', formatSummary(unchanged));
    const documentId = documents[0]!.id;
    // Only the search is timed, not the save of the highlight before it.
    const afterNewSamples: number[] = [];
    for (let i = 0; i < 5; i++) {
      await services.createAnnotation({ documentId, start: 10, end: 40, color: 'green', note: `fresh note ${i}`, tags: [] });
      const start = performance.now();
      await services.searchLibrary({ query: 'fresh' });
      afterNewSamples.push(performance.now() - start);
    }
    const afterNew = summarise(afterNewSamples);
    line('service: search after a new highlight (re-index its document)', formatSummary(afterNew));
    const service = new SearchIndexService(await DataSession.open({ dataDir, samplesDir: dataDir }));
    const loadBlock = await longestBlock(() => service.refresh());
    line('service: load the index file in the worker: main thread blocked', `${loadBlock.blockedMs.toFixed(0)} ms of ${loadBlock.totalMs.toFixed(0)} ms`);
    await services.createAnnotation({ documentId, start: 10, end: 40, color: 'green', note: 'one more', tags: [] });
    const updateBlock = await longestBlock(() => service.refresh());
    line('service: re-index one document: main thread blocked', `${updateBlock.blockedMs.toFixed(0)} ms of ${updateBlock.totalMs.toFixed(0)} ms`);
    const flush = await longestBlock(() => service.flush());
    line('service: write the index file (in the worker): main thread blocked', `${flush.blockedMs.toFixed(0)} ms of ${flush.totalMs.toFixed(0)} ms`);
    await service.close();
    // The worker alone, without the stamp check: what a query and an update cost across the thread.
    const worker = new SearchWorker();
    try {
      await worker.request('load', { file: path.join(dataDir, SEARCH_INDEX_FILE) });
      const viaWorker = await measure(list.length, (i) => worker.request('search', { query: list[Math.max(0, i)]!, ownerId: TEST_PERSON.id }));
      line('worker: one query, 200 varied queries (round trip)', formatSummary(viaWorker), against(viaWorker, 'p95', 30));
      const one = documents[1]!;
      const reindex = await measure(10, () => worker.request('replaceDocument', { document: one, annotations: annotations.get(one.id)!, stamp: 'x' }));
      line('worker: re-index one document (100 highlights)', formatSummary(reindex));
    } finally {
      await worker.close();
    }
    const reopened = await measure(1, async () => (await createServices({ dataDir, samplesDir: dataDir })).searchLibrary({ query: 'vienna' }), 0);
    line('service: first search of a new session (load the file)', formatSummary(reopened));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  if (hits === 0) throw new Error('The benchmark queries found nothing.');
}
