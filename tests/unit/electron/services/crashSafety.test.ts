/**
 * Kill test: the real stores save in a child process that is killed with SIGKILL at random
 * moments, 50 times. Every save acknowledged before a kill must be on disk, and every file
 * must parse, after every kill.
 */
import { describe, expect, it } from 'vitest';
import { bundledScript } from '../../../support/bundledScript';
import { CRASH_SAVER, crashTest } from '../../../support/crashHarness';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

describe('crash safety', () => {
  it('loses no acknowledged save and leaves no torn file across 50 SIGKILLs', async () => {
    // The saver bundled for plain Node: 50 starts through tsx would cost more than the kills.
    const report = await crashTest(await tempDir(), 50, 120, await bundledScript(CRASH_SAVER));
    console.log(
      `[crash test] ${report.kills} kills, ${report.acknowledgedAnnotations} annotations and ${report.acknowledgedDocuments} documents acknowledged, ${report.lost.length} lost, ${report.unreadable.length} unreadable`,
    );
    expect(report.kills).toBe(50);
    expect(report.acknowledgedAnnotations).toBeGreaterThan(50);
    expect(report.lost).toEqual([]);
    expect(report.unreadable).toEqual([]);
  }, 180_000);
});
