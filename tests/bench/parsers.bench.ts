/**
 * Parser benchmark (issue 9: no input can freeze the app): each adversarial pattern at about
 * 1 MB, parsed in-process, and imported end to end by the built command line (a new Node
 * process: lock, library, read, parse in the built worker, write), which is what a user's
 * import costs. Target: under 1 s each. Run `npm run build` first for the end-to-end figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../shared/import';
import { parseWebPage } from '../../electron/services/webPage';
import { runInWorker } from '../../electron/services/worker/runInWorker';
import { adversarialInputs, moreAdversarialInputs } from '../unit/electron/services/worker/adversarialInputs';
import { measure, report } from './stats';

const TARGET_MS = 1000;

const BUILT_CLI = path.resolve('out/cli/marginalia.mjs');

/**
 * Imports `file` with the built command line into `dataDir`. A refusal (a file with NUL bytes
 * is refused as binary) counts too: it is what the user waits for. A crash or time-out throws.
 */
function importWithBuiltCli(file: string, dataDir: string): void {
  const result = spawnSync(process.execPath, [BUILT_CLI, 'import', file, '--data', dataDir], { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`import of ${path.basename(file)} crashed: ${result.stderr}`);
  if (result.status === 1 && !/binary|UTF-8|no text/.test(result.stderr)) throw new Error(`import of ${path.basename(file)} failed: ${result.stderr}`);
}

/**
 * A saved news page of about 1 MB: the fixture's article grown to a long read (its paragraphs
 * repeated), inside a page with a large menu, inline script and a long comment thread, as
 * saved pages are. It goes through jsdom and Readability.
 */
export function bigNewsPage(): string {
  const page = readFileSync(path.resolve('tests/fixtures/web/news-page.html'), 'utf8');
  const paragraphs = page.slice(page.indexOf('<p>After a council'), page.indexOf('<figure>'));
  const menu = `<nav class="mega-menu"><ul>${Array.from({ length: 400 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;
  const script = `<script>${'var tracking = { id: 1, events: [] };\n'.repeat(8000)}</script>`;
  const comments = Array.from({ length: 2500 }, (_, i) => `<div class="comment"><p>Reader${i}: I have lived on Mill Street for years and I think the vote was the right call, whatever the roof costs.</p></div>`).join('');
  return page
    .replace('<header class="site-header">', `${menu}${script}<header class="site-header">`)
    .replace('<figure>', `${paragraphs.repeat(280)}<figure>`)
    .replace('<h2>Comments (3)</h2>', `<h2>Comments</h2>${comments}`);
}

export async function parsersBenchmark(): Promise<void> {
  console.log('\nParsers: adversarial inputs of about 1 MB (in-process, then imported end to end by the built CLI)');
  report('worker start-up from TypeScript source (tests only; empty file)', await measure(3, () => runInWorker('parseDocument', { fileName: 'empty.txt', text: '' }), 1));
  const built = existsSync(BUILT_CLI);
  if (!built) console.log('  (out/cli is missing: run `npm run build` for the end-to-end import figures)');
  const work = await mkdtemp(path.join(os.tmpdir(), 'marginalia-bench-parsers-'));
  try {
    const dataDir = path.join(work, 'data');
    if (built) {
      await writeFile(path.join(work, 'first.txt'), 'A library to import into.\n');
      importWithBuiltCli(path.join(work, 'first.txt'), dataDir);
      const empty = path.join(work, 'tiny.txt');
      await writeFile(empty, 'x\n');
      report('built CLI: one import of a tiny file (process, lock, library, worker)', await measure(3, () => importWithBuiltCli(empty, dataDir), 1), TARGET_MS);
    }
    const news = bigNewsPage();
    const newsSize = `${(news.length / 2 ** 20).toFixed(1)} M chars`;
    report(`saved news page reduced to its article (${newsSize}) in-process`, await measure(3, () => parseWebPage(news), 1), TARGET_MS);
    if (built) {
      const file = path.join(work, 'news-page.html');
      await writeFile(file, news);
      report('saved news page imported by the built CLI', await measure(3, () => importWithBuiltCli(file, dataDir), 0), TARGET_MS);
    }
    for (const input of [...adversarialInputs(), ...moreAdversarialInputs()]) {
      const size = `${(input.text.length / 2 ** 20).toFixed(1)} M chars`;
      report(`${input.fileName} (${size}) in-process`, await measure(3, () => parseDocument(input.fileName, input.text), 1), TARGET_MS);
      if (!built) continue;
      const file = path.join(work, input.fileName);
      await writeFile(file, input.text);
      report(`${input.fileName} imported by the built CLI`, await measure(3, () => importWithBuiltCli(file, dataDir), 0), TARGET_MS);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
