import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the command line (electron/cli) into out/cli/marginalia.mjs for plain Node. */
export default defineConfig({
  build: {
    ssr: resolve('electron/cli/marginalia.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'marginalia.mjs', format: 'es' } },
  },
});
