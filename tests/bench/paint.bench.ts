/**
 * Painting benchmark (issue: annotating like a serious reader), in headless Chromium: the
 * reader's painting pipeline on a ~1 MB article of ~3,000 paragraphs with 1,000 highlights.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function line(label: string, ms: number, target: number): void {
  console.log(`  ${label.padEnd(58)} ${ms.toFixed(2)} ms  ${ms <= target ? '✓' : '✗'} target ≤ ${target} ms`);
}

export async function paintBenchmark(): Promise<void> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-bench-paint-'));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        lib: { entry: path.join(here, 'paint/paintBenchPage.ts'), formats: ['iife'], name: 'PaintBench', fileName: () => 'paint-bench.js' },
      },
    });
    const runs: Record<string, number>[] = [];
    for (let round = 0; round < 5; round++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      await page.setContent(
        '<!doctype html><html><body><div class="reader-scroll" style="height:860px;overflow-y:auto"><article class="document-text"></article></div></body></html>',
      );
      await page.addStyleTag({ path: path.resolve(here, '../../renderer/src/styles.css') });
      await page.addScriptTag({ path: path.join(outDir, 'paint-bench.js') });
      runs.push(await page.evaluate(() => (window as unknown as { PaintBench: { run: () => Record<string, number> } }).PaintBench.run()));
      await page.close();
    }
    const median = (key: string) => runs.map((r) => r[key]!).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    const r = runs[0]!;
    console.log(
      `\nPainting: ${r['paragraphs']} paragraphs, ${(r['textLength']! / 1e6).toFixed(2)} M characters, 1,000 highlights (median of ${runs.length} fresh pages, Chromium ${browser.version()})`,
    );
    line('paint 1,000 highlights on open (those within a screen of view)', median('paintOnOpen'), 50);
    line('add one highlight when 1,000 exist', median('addOne'), 16);
    line('re-anchor 1,000 annotations after a 1% edit', median('reanchorAfterEdit'), 200);
    console.log(`  ${median('painted')} marks painted on open; painting all 1,000 at once instead takes ${median('paintEverything').toFixed(2)} ms`);
    console.log(`  ${median('reanchored')} of 1,000 annotations found again after the edit; the rest are orphans`);
    line('find "the": fold the text, search, mark near the view', median('findFirst'), 200);
    line('find "the " (next keystroke): search, mark near the view', median('findNext'), 50);
    line('go to the last match (paint its block)', median('findFar'), 16);
    console.log(`  "the": ${median('findMatches')} matches counted, ${median('findMarks')} marks painted near the view`);
  } finally {
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  }
}
