/**
 * Book import benchmark (issue 13): a 300-page PDF (running header, page numbers, a hyphenated
 * line break on every page) and a 2 MB EPUB (60 chapters, 1 MB of text, a cover image that does not compress),
 * each imported whole — read, parsed in the worker, written to a fresh library. Targets: ≤ 5 s
 * and ≤ 2 s, measured as the user runs it: `marginalia import` of the built command line (its
 * start included; `npm run build` first). From TypeScript source the worker loads pdf.js
 * through tsx, which transforms its 3 MB on every start, so that figure is printed for
 * information only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createServices } from '../../electron/services/createServices';
import { buildEpub, type EpubChapter } from '../support/epubBuilder';
import { bookPage, buildPdf, type PdfPage } from '../support/pdfBuilder';
import { report, summarise } from './stats';

const PDF_TARGET_MS = 5000;
const EPUB_TARGET_MS = 2000;
const RUNS = 3;
const SAMPLES_DIR = fileURLToPath(new URL('../../assets/samples', import.meta.url));
const BUILT_CLI = fileURLToPath(new URL('../../out/cli/marginalia.mjs', import.meta.url));
const WORDS = 'river mountain lantern harbour meadow signal orchard thunder velvet compass ember glacier'.split(' ');

/** A line of about 80 characters, different on every page and line. */
function line(page: number, n: number): string {
  const words: string[] = [];
  for (let w = 0; words.join(' ').length < 70; w++) words.push(WORDS[(page * 7 + n * 3 + w) % WORDS.length]!);
  return `${words.join(' ')} ${page}.${n}`;
}

function bookPdf(pages: number): Uint8Array {
  const list: PdfPage[] = [];
  for (let p = 1; p <= pages; p++) {
    const paragraphs = [0, 1, 2, 3].map((k) => Array.from({ length: 9 }, (_, n) => line(p, k * 9 + n)));
    paragraphs[1]![8] = `${paragraphs[1]![8]} hyphen-`;
    paragraphs[2]![0] = `ated ${paragraphs[2]![0]}`;
    list.push(bookPage(paragraphs, { header: 'A Benchmark of Rivers', pageNumber: p }));
  }
  return buildPdf(list);
}

/** A cover image's worth of bytes that do not compress (as a JPEG's do not). */
function coverImage(bytes: number): string {
  let seed = 7;
  let out = '';
  while (out.length < bytes) {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    out += String.fromCharCode(33 + ((seed >>> 16) % 94));
  }
  return out;
}

function bookEpub(chapters: number, paragraphs: number): Uint8Array {
  const list: EpubChapter[] = Array.from({ length: chapters }, (_, c) => ({
    title: `Chapter ${c + 1}`,
    paragraphs: Array.from({ length: paragraphs }, (_, p) => `${line(c, p)} ${line(c + 1, p)}`),
  }));
  return buildEpub({ title: 'A Benchmark Book', chapters: list, extra: { 'OEBPS/images/cover.jpg': coverImage(2_300_000) } });
}

/** Runs the built `marginalia import` on `file` RUNS times, each into a fresh library, timing the whole command. */
function timeBuiltCli(work: string, file: string): number[] {
  const samples: number[] = [];
  for (let run = -1; run < RUNS; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [BUILT_CLI, 'import', file, '--data', path.join(work, `${path.basename(file)}-cli-${run + 1}`)], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`marginalia import failed: ${result.stderr}`);
    if (run >= 0) samples.push(performance.now() - start);
  }
  return samples;
}

/** Imports `file` RUNS times, each into a fresh library, timing only the import call. */
async function timeImports(work: string, file: string): Promise<{ samples: number[]; blocks: number }> {
  const samples: number[] = [];
  let blocks = 0;
  for (let run = -1; run < RUNS; run++) {
    const dataDir = path.join(work, `${path.basename(file)}-data-${run + 1}`);
    await mkdir(dataDir);
    const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
    const start = performance.now();
    const outcome = await services.importDocumentFile({ path: file });
    if (run >= 0) samples.push(performance.now() - start);
    blocks = (await services.getDocument({ documentId: outcome.document.id })).blocks.length;
  }
  return { samples, blocks };
}

/** Prints the book import figures against their targets. */
export async function booksBenchmark(): Promise<void> {
  console.log('\nBook imports (read, parse in the worker, write; a fresh library each run)');
  const work = await mkdtemp(path.join(os.tmpdir(), 'marginalia-bench-books-'));
  try {
    const pdf = bookPdf(300);
    const epub = bookEpub(60, 110);
    const pdfFile = path.join(work, 'rivers.pdf');
    const epubFile = path.join(work, 'book.epub');
    await writeFile(pdfFile, pdf);
    await writeFile(epubFile, epub);
    const pdfLabel = `300-page PDF (${(pdf.length / 2 ** 20).toFixed(1)} MB)`;
    const epubLabel = `EPUB, 60 chapters (${(epub.length / 2 ** 20).toFixed(1)} MB)`;
    if (existsSync(BUILT_CLI)) {
      report(`${pdfLabel}, built marginalia import`, summarise(timeBuiltCli(work, pdfFile)), PDF_TARGET_MS);
      report(`${epubLabel}, built marginalia import`, summarise(timeBuiltCli(work, epubFile)), EPUB_TARGET_MS);
    } else {
      console.log('  (no out/cli/marginalia.mjs: run npm run build to measure the targets)');
    }
    const pdfRun = await timeImports(work, pdfFile);
    report(`${pdfLabel}, ${pdfRun.blocks} blocks, from source (info)`, summarise(pdfRun.samples));
    const epubRun = await timeImports(work, epubFile);
    report(`${epubLabel}, ${epubRun.blocks} blocks, from source (info)`, summarise(epubRun.samples));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
