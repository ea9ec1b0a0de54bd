import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Crash and file-system tests spawn processes and touch real disks.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // vitest's default is one worker fewer than the CPUs: a single worker, every file in turn, on
    // a 2-core CI machine. The slow files mostly wait (child processes, worker threads, fsync),
    // so two workers overlap them; three made the time-limit tests miss their limits there.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
  },
});
