/**
 * Where a worker thread's code is: the built worker beside the bundle, or, from TypeScript
 * source (vitest, the e2e bridge), the tsx bootstrap and the TypeScript entry.
 */

/**
 * The worker's file name next to the bundle that spawns it (out/main/index.js,
 * out/cli/marginalia.mjs); both builds emit it under this name.
 */
export const BUILT_WORKER_FILE = 'marginalia-worker.mjs';

/** A file beside this module; a variable argument, so bundlers leave the URL alone. */
function beside(file: string): URL {
  return new URL(file, import.meta.url);
}

/**
 * What to start: the built worker next to the bundle, or, when this module runs from
 * TypeScript source, the tsx bootstrap plus the URL of the TypeScript entry it must import.
 */
export function workerScript(): { script: URL; entry?: string } {
  if (!new URL(import.meta.url).pathname.endsWith('.ts')) return { script: beside(BUILT_WORKER_FILE) };
  return { script: beside('tsWorker.mjs'), entry: beside('workerEntry.ts').href };
}
