/**
 * Find-in-document benchmark (issue 12, item 2): a 1 MB document of samples, repeated, with
 * accents and curly quotes. Times folding the text (once per document and case mode), finding
 * "the" (tens of thousands of matches) and a rare word, as typing does on every keystroke.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DocumentFinder, foldForFind } from '../../shared/find';
import { measure, report } from './stats';

const SAMPLES_DIR = path.resolve('assets/samples');

/** The three samples, repeated to about 1 MB. */
function megabyteText(): string {
  const samples = ['000_e6b22eb18f62a1ea.txt', '001_c22084d33dc21b33.txt', '002_ebcc8331d76e5d37.txt'].map((f) => readFileSync(path.join(SAMPLES_DIR, f), 'utf8'));
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 1_000_000; i++) {
    const part = samples[i % samples.length]!;
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('\n\n');
}

/** Prints the figures. */
export async function findBenchmark(): Promise<void> {
  const text = megabyteText();
  console.log(`\nFind in document — ${(text.length / 1e6).toFixed(2)} M characters`);
  report('fold the text, ignoring case', await measure(10, () => foldForFind(text, false)), 150);
  const finder = new DocumentFinder(text);
  const loose = { matchCase: false, wholeWords: false };
  const the = finder.find('the', loose);
  console.log(`  "the": ${the.matches.length} matches`);
  report('find "the" (text already folded)', await measure(20, () => finder.find('the', loose)), 50);
  report('find "communique" (text already folded)', await measure(20, () => finder.find('communique', loose)), 50);
  report('find "the" as whole words', await measure(20, () => finder.find('the', { matchCase: false, wholeWords: true })), 50);
}
