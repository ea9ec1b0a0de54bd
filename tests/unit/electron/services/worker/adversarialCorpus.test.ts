/**
 * The adversarial corpus (issue 9) imported through the real worker, with the product's own
 * time limit set to PER_FILE_BUDGET_MS: an input the importers cannot read within it makes the
 * import reject, which fails the test. This is the app's limit, not a timing assertion.
 */
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../../../../shared/import/plainText';
import { runInWorker, runningWorkers } from '../../../../../electron/services/worker/runInWorker';
import { adversarialInputs } from './adversarialInputs';

/** Time limit per file on this 2-core machine, worker start-up from TypeScript source included. */
const PER_FILE_BUDGET_MS = 5_000;

describe('importing the adversarial corpus in a worker', () => {
  it.each(adversarialInputs().map((input) => [input.fileName, input] as const))('%s imports within the time limit', async (_name, input) => {
    const parsed = await runInWorker('parseDocument', { fileName: input.fileName, text: input.text }, { fileName: input.fileName, timeoutMs: PER_FILE_BUDGET_MS });
    expect(parsed.blocks.map((b) => parsed.text.slice(b.start, b.end)).join(BLOCK_SEPARATOR)).toBe(parsed.text);
    for (const block of parsed.blocks) expect(parsed.text.slice(block.start, block.end)).not.toContain(BLOCK_SEPARATOR);
    if (input.keeps) expect(parsed.text).toContain(input.keeps);
    expect(runningWorkers()).toBe(0);
  });
});
