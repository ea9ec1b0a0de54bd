import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The renderer's CSP forbids inline script. Vite's dev server injects an inline React
 * refresh preamble and talks over a websocket, so in `electron-vite dev` only the CSP is
 * widened for those two; builds keep the strict policy from index.html.
 */
function devServerCsp(): Plugin {
  return {
    name: 'marginalia-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'none'", "connect-src 'self' ws://localhost:*");
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        // The import worker lands next to index.js as marginalia-worker.mjs (BUILT_WORKER_FILE
        // in electron/services/worker/runInWorker.ts). runInWorker looks for it beside its own
        // module, so shared chunks stay in the same folder too.
        input: { index: resolve('electron/main/index.ts'), 'marginalia-worker': resolve('electron/services/worker/workerEntry.ts') },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'marginalia-worker' ? '[name].mjs' : '[name].js'),
          chunkFileNames: '[name]-[hash].js',
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require node_modules: bundle everything, as CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    publicDir: resolve('renderer/public'),
    plugins: [react(), devServerCsp()],
    build: {
      outDir: resolve('out/renderer'),
      // Smaller bundle, faster window start; electron-vite leaves the renderer unminified by default.
      minify: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
