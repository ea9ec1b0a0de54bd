/**
 * Open benchmark (issue 12, item 6): the built renderer in Debian's Chromium, wired to the real
 * services as the e2e tests are (tests/e2e/support/bridge.ts), opens a generated ~1 MB document
 * with 1,000 highlights. Figures come from the renderer's own marks (renderer/src/lib/openTiming.ts):
 * click → first painted highlight, raw and without the time spent waiting on API replies; typing
 * 8 characters in the sidebar filter, input → next painted frame; scrolling to the end → its
 * highlights painted. Median of 5 fresh pages. `BENCH_RUNS=<n>` changes the number of runs;
 * `BENCH_RENDERER_DIR=<dir>` measures that built renderer instead of building this one;
 * `BENCH_PROFILE=1` prints where the last opening's CPU time went, `BENCH_TRACE=1` how its main
 * thread's time divides into script, style, layout and paint.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { AppSession } from '../e2e/support/bridge';
import { startCpuProfile } from './open/cpuProfile';
import { startTrace } from './open/trace';
import { LARGE_TITLE, seedLargeDocument } from './open/largeDocument';
import { keystrokeTimes, openFigures, scrollToEndTime, type OpenFigures } from './open/pageMeasures';
import { report, summarise } from './stats';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const FILTER_TEXT = 'harbours';

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Serves out/renderer with `vite preview`, as playwright.config.ts does; resolves once it answers. */
async function preview(port: number, outDir: string): Promise<ChildProcess> {
  const vite = path.resolve('node_modules/vite/bin/vite.js');
  const child = spawn(process.execPath, [vite, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/index.html`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

export async function openBenchmark(): Promise<void> {
  // BENCH_RENDERER_DIR serves another build as it is (e.g. an earlier commit's, to compare).
  const rendererDir = process.env['BENCH_RENDERER_DIR'] ?? 'out/renderer';
  if (!process.env['BENCH_RENDERER_DIR']) {
    const built = spawnSync(process.execPath, [path.resolve('node_modules/electron-vite/bin/electron-vite.js'), 'build'], { stdio: 'ignore' });
    if (built.status !== 0) throw new Error('electron-vite build failed');
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-bench-open-data-'));
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-bench-open-work-'));
  const port = await freePort();
  const server = await preview(port, rendererDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const seeded = await seedLargeDocument(dataDir, workDir);
    const opens: OpenFigures[] = [];
    const keys: number[] = [];
    const scrolls: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      // tsx (esbuild, keepNames) wraps named functions in __name(); the functions handed to the page need it too.
      await page.addInitScript('window.__name = (fn) => fn;');
      const app = await AppSession.start(page, dataDir);
      const last = run === RUNS - 1;
      const stopProfile = process.env['BENCH_PROFILE'] && last ? await startCpuProfile(page) : process.env['BENCH_TRACE'] && last ? await startTrace(page) : null;
      await page.getByRole('button', { name: new RegExp(LARGE_TITLE) }).click();
      opens.push(await openFigures(page));
      await stopProfile?.();
      await page.getByRole('searchbox', { name: 'Filter highlights by text' }).focus();
      keys.push(...(await keystrokeTimes(page, FILTER_TEXT)));
      await page.getByRole('searchbox', { name: 'Filter highlights by text' }).fill('');
      await page.locator('.document-text').focus();
      scrolls.push(await scrollToEndTime(page));
      if (app.errors.length > 0) console.log(`  page errors: ${app.errors.join(' | ')}`);
      await context.close();
    }
    const cards = seeded.annotations.length;
    console.log(`\nOpening a document: ~1 MB, ${cards.toLocaleString('en')} highlights (median of ${RUNS} fresh pages, Chromium ${browser.version()})`);
    report('click → first painted highlight, without IPC', summarise(opens.map((o) => o.renderer)), 300);
    report('click → first painted highlight, raw (with IPC)', summarise(opens.map((o) => o.raw)));
    report('  of which waiting on API replies', summarise(opens.map((o) => o.ipc)));
    report(`sidebar filter, per keystroke (“${FILTER_TEXT}”)`, summarise(keys), 50);
    report('scroll to the end → its highlights painted', summarise(scrolls.filter((s) => !Number.isNaN(s))), 100);
    if (scrolls.some((s) => Number.isNaN(s))) console.log(`  ${scrolls.filter((s) => Number.isNaN(s)).length} scroll(s) painted no highlight within 5 s`);
    console.log(`  API calls in the last opening: ${opens.at(-1)!.calls.join(', ')}`);
  } finally {
    await browser.close();
    server.kill();
    await rm(dataDir, { recursive: true, force: true });
    await rm(workDir, { recursive: true, force: true });
  }
}
