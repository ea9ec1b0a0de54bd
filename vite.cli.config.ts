import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the command line (electron/cli) into out/cli/marginalia.mjs for plain Node, with the
 * import worker beside it as out/cli/marginalia-worker.mjs. runInWorker looks for the worker
 * beside its own module, so shared chunks stay in the same folder too.
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: {
      input: { marginalia: resolve('electron/cli/bin.ts'), 'marginalia-worker': resolve('electron/services/worker/workerEntry.ts') },
      output: { entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs', format: 'es' },
    },
  },
});
