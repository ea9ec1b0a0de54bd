import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Crash and file-system tests spawn processes and touch real disks.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
