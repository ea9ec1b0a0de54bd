/** The kill test at benchmark scale: more SIGKILLs than the test suite runs. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crashTest } from '../support/crashHarness';

export async function crashBenchmark(kills = 200): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-bench-crash-'));
  try {
    console.log(`\nCrash safety: ${kills} SIGKILLs at random moments`);
    const r = await crashTest(dataDir, kills, 250);
    console.log(
      `  ${r.kills} kills, ${r.acknowledgedAnnotations} annotations + ${r.acknowledgedDocuments} documents acknowledged, ${r.lost.length} lost, ${r.unreadable.length} unreadable files`,
    );
    if (r.lost.length > 0 || r.unreadable.length > 0) {
      console.log(`  FAILED: ${[...r.lost, ...r.unreadable].slice(0, 10).join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
