/**
 * Parser benchmark (issue 9: no input can freeze the app): each adversarial pattern at about
 * 1 MB, parsed in-process and through the import worker (start-up from TypeScript source
 * included, as in tests; a built app starts its worker faster). Target: under 1 s each.
 */
import { parseDocument } from '../../shared/import';
import { runInWorker } from '../../electron/services/worker/runInWorker';
import { adversarialInputs, moreAdversarialInputs } from '../unit/electron/services/worker/adversarialInputs';
import { measure, report } from './stats';

const TARGET_MS = 1000;

export async function parsersBenchmark(): Promise<void> {
  console.log('\nParsers: adversarial inputs of about 1 MB (in-process, then through the worker)');
  report('worker start-up alone (empty text file)', await measure(3, () => runInWorker('parseDocument', { fileName: 'empty.txt', text: '' }), 1));
  for (const input of [...adversarialInputs(), ...moreAdversarialInputs()]) {
    const size = `${(input.text.length / 2 ** 20).toFixed(1)} M chars`;
    report(`${input.fileName} (${size}) in-process`, await measure(3, () => parseDocument(input.fileName, input.text), 1), TARGET_MS);
    report(`${input.fileName} worker`, await measure(2, () => runInWorker('parseDocument', { fileName: input.fileName, text: input.text }, { timeoutMs: 60_000 }), 0), TARGET_MS);
  }
}
