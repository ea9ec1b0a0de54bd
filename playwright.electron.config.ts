import { defineConfig } from '@playwright/test';

/** The Electron smoke test: the real main process, preload and built renderer (run `npm run build` first). */
export default defineConfig({
  testDir: 'tests/electron',
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results/electron',
});
