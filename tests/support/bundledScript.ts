/**
 * Child-process scripts for tests, bundled once into one plain .mjs file each. A test that
 * starts the same TypeScript script dozens of times (the crash test kills its saver 50 times)
 * pays tsx's start-up, ~0.5–1 s, on every start; the bundle starts under plain Node in ~0.1 s
 * and runs the same source. Not for the command line or anything that starts workers: those
 * find their files beside their own module.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll } from 'vitest';

const bundles = new Map<string, Promise<string>>();
const folders: string[] = [];

afterAll(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  bundles.clear();
});

async function bundle(entry: string): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-script-'));
  folders.push(outDir);
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
    // Dependencies go into the bundle too: it runs from a temp folder with no node_modules.
    ssr: { noExternal: true },
  });
  return path.join(outDir, `${path.basename(entry, path.extname(entry))}.mjs`);
}

/**
 * The path of `entry` (a TypeScript script under tests/support) bundled into one .mjs file,
 * built on first use in this test file and removed after it. Start it with
 * `spawn(process.execPath, [script, ...args])`.
 */
export function bundledScript(entry: string): Promise<string> {
  let built = bundles.get(entry);
  if (built === undefined) {
    built = bundle(entry);
    bundles.set(entry, built);
  }
  return built;
}
