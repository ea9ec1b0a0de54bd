/**
 * Import benchmark (issue 11): 10,000 Hypothesis rows and a 5,000-entry Kindle "My
 * Clippings.txt", each routed across a library of 100 documents, anchored and deduplicated,
 * through the real service (the file read on the main side, the whole plan in the worker; dry
 * run, so every run plans the same import). Target: ≤ 2 s each.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../electron/services/createServices';
import { LIBRARY_VERSION, dataPaths } from '../../electron/services/dataLayout';
import { documentIdFor, sha256Hex } from '../../electron/services/libraryStore';
import { measure, report } from './stats';

const DOCUMENTS = 100;
const TARGET_MS = 2000;
const WORDS = 'river mountain lantern harbour meadow signal orchard thunder velvet compass ember glacier'.split(' ');

/** A document of about 20,000 characters whose sentences are unique to it. */
function documentText(d: number): string {
  const sentences: string[] = [];
  for (let s = 0; s < 200; s++) sentences.push(`Book ${d} sentence ${s} tells of the ${WORDS[(d + s) % WORDS.length]} and the ${WORDS[(d * 7 + s) % WORDS.length]} beyond it.`);
  return sentences.join(' ');
}

async function makeLibrary(dataDir: string): Promise<{ id: string; title: string; text: string }[]> {
  const paths = dataPaths(dataDir);
  await mkdir(paths.documentsDir, { recursive: true });
  await mkdir(paths.annotationsDir, { recursive: true });
  const docs = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const text = documentText(d);
    const sha256 = sha256Hex(text);
    const id = documentIdFor(sha256);
    const title = `Collected essays volume ${d}`;
    const source = { kind: 'file' as const, name: `volume-${d}.txt`, importedAt: '2026-01-01T00:00:00.000Z', sha256 };
    await writeFile(paths.document(id), JSON.stringify({ schemaVersion: 1, id, title, source, text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }] }));
    docs.push({ id, title, text, source });
  }
  await writeFile(paths.library, JSON.stringify({ schemaVersion: LIBRARY_VERSION, documents: docs.map(({ id, title, source, text }) => ({ id, title, source, length: text.length })) }));
  return docs;
}

/** The sentence `s` of document `d`, as a quote. */
const quote = (docs: { text: string }[], d: number, s: number) => docs[d]!.text.split('. ')[s % 200]!.replace(/\.$/, '');

function hypothesisExport(docs: { title: string; text: string }[]): string {
  const annotations = Array.from({ length: 10_000 }, (_, i) => {
    const d = i % DOCUMENTS;
    const exact = quote(docs, d, Math.floor(i / DOCUMENTS));
    return {
      id: `hyp${String(i).padStart(19, '0')}`,
      created: '2025-01-02T03:04:05.000000+00:00',
      updated: '2025-01-02T03:04:05.000000+00:00',
      user: 'acct:reader@hypothes.is',
      uri: `https://example.org/essays/${d}`,
      text: i % 3 === 0 ? `Note ${i}` : '',
      tags: i % 5 === 0 ? ['essays'] : [],
      document: { title: [docs[d]!.title] },
      target: [{ source: `https://example.org/essays/${d}`, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] }],
    };
  });
  return JSON.stringify({ export_date: '2026-11-30T00:00:00.000Z', annotations });
}

function kindleClippings(docs: { title: string; text: string }[]): string {
  const entries: string[] = [];
  for (let i = 0; i < 5000; i++) {
    const d = i % DOCUMENTS;
    const s = Math.floor(i / DOCUMENTS);
    entries.push(`${docs[d]!.title} (Some Author)\r\n- Your Highlight on page ${s + 1} | Location ${s * 10 + 1}-${s * 10 + 3} | Added on Monday, 3 March 2025 10:00:00\r\n\r\n${quote(docs, d, s)}.\r\n==========\r\n`);
  }
  return `\ufeff${entries.join('')}`;
}

export async function importsBenchmark(): Promise<void> {
  console.log(`\nImports routed across ${DOCUMENTS} documents (read, detect, route, anchor, deduplicate; dry run through the worker)`);
  const work = await mkdtemp(path.join(os.tmpdir(), 'marginalia-bench-imports-'));
  try {
    const dataDir = path.join(work, 'data');
    const docs = await makeLibrary(dataDir);
    const services = await createServices({ dataDir, samplesDir: path.join(work, 'no-samples') });
    const files = { 'hypothesis export, 10,000 rows': ['hypothesis.json', hypothesisExport(docs)], 'Kindle My Clippings.txt, 5,000 entries': ['My Clippings.txt', kindleClippings(docs)] } as const;
    for (const [label, [name, content]] of Object.entries(files)) {
      const file = path.join(work, name);
      await writeFile(file, content);
      let routed = 0;
      const summary = await measure(3, async () => {
        const { report: r } = await services.importForeignFile({ path: file, dryRun: true });
        routed = r.documents.reduce((n, d) => n + d.exact + d.approximate, 0);
      }, 1);
      report(`${label} (${(content.length / 2 ** 20).toFixed(1)} MB), ${routed} placed`, summary, TARGET_MS);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
