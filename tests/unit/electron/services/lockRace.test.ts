/**
 * The app and the command line started at the same moment on one data folder, as real
 * processes: a command importing 200 W3C annotations, and "the app" (tests/support/lockRaceApp.ts,
 * started the way main starts) saving highlights on the same document. Whoever gets the lock
 * writes; the other waits or says it could not, and writes nothing. Afterwards every
 * acknowledged annotation from both is in the file on disk. Two commands started together run
 * one after the other.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../support/runCommand';
import { useTempDirs } from '../../../support/tempDir';

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'electron/cli/bin.ts');
const APP = path.join(ROOT, 'tests/support/lockRaceApp.ts');
const CLI_ANNOTATIONS = 200;
const APP_HIGHLIGHTS = 20;
const ROUNDS = 8;
const tempDir = useTempDirs();

interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

function start(script: string, args: string[]): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: { ...process.env, MARGINALIA_DATA_DIR: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A data folder with one document of 200 numbered sentences, and a W3C file placing a note on each. */
async function seed(): Promise<{ dataDir: string; documentId: string; w3c: string }> {
  const dataDir = await tempDir();
  const sentences = Array.from({ length: CLI_ANNOTATIONS }, (_, k) => `Sentence number ${k}.`);
  const paragraphs = Array.from({ length: CLI_ANNOTATIONS / 10 }, (_, p) => sentences.slice(p * 10, p * 10 + 10).join(' '));
  const source = path.join(dataDir, 'numbers.txt');
  await writeFile(source, paragraphs.join('\n\n'));
  // The seed is not part of the race: the command line's import, run in this process.
  const imported = await runCommand(['import', source, '--data', dataDir]);
  const documentId = /as (d[0-9a-f]+)\n$/.exec(imported.stdout)?.[1];
  if (imported.status !== 0 || !documentId) throw new Error(`seeding failed: ${imported.stderr}`);
  return { dataDir, documentId, w3c: await w3cFile(dataDir, 'cli') };
}

/** A W3C file with a note `<prefix> <k>` on each of the 200 sentences. */
async function w3cFile(dataDir: string, prefix: string): Promise<string> {
  const file = path.join(dataDir, `${prefix}.w3c.json`);
  const annotations = Array.from({ length: CLI_ANNOTATIONS }, (_, k) => ({
    type: 'Annotation',
    body: [{ type: 'TextualBody', value: `${prefix} ${k}`, purpose: 'commenting' }],
    target: { selector: [{ type: 'TextQuoteSelector', exact: `Sentence number ${k}.` }] },
  }));
  await writeFile(file, JSON.stringify(annotations));
  return file;
}

async function notesOnDisk(dataDir: string, documentId: string): Promise<{ id: string; note: string }[]> {
  const file = path.join(dataDir, 'annotations', `${documentId}.json`);
  const text = await readFile(file, 'utf8').catch(() => null);
  return text === null ? [] : (JSON.parse(text) as { annotations: { id: string; note: string }[] }).annotations;
}

function linesStarting(text: string, prefix: string): string[] {
  return text.split('\n').filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length));
}

describe('the app and a command writing at the same time', () => {
  it(`keeps every acknowledged annotation from both, or the loser says so and writes nothing (${ROUNDS} rounds)`, async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { dataDir, documentId, w3c } = await seed();
      const [cli, app] = await Promise.all([
        start(CLI, ['annotations', 'import', documentId, w3c, '--data', dataDir]),
        start(APP, [dataDir, documentId, String(APP_HIGHLIGHTS)]),
      ]);
      expect(app.stderr, `round ${round}: the app script failed`).toBe('');
      const onDisk = await notesOnDisk(dataDir, documentId);
      const cliOnDisk = onDisk.filter((a) => a.note.startsWith('cli ')).length;
      const appIdsOnDisk = new Set(onDisk.filter((a) => a.note.startsWith('app ')).map((a) => a.id));
      const acks = linesStarting(app.stdout, 'ack ');
      const refused = linesStarting(app.stdout, 'refused ');

      if (cli.status === 0) {
        expect(cli.stdout, `round ${round}`).toEqual(expect.stringMatching(new RegExp(`^Imported ${CLI_ANNOTATIONS} into “[^”]+” \\(${CLI_ANNOTATIONS} found exactly, 0 approximately, 0 orphans\\), skipped 0 duplicates\\.\\n$`)));
        expect(cliOnDisk, `round ${round}: annotations the command acknowledged`).toBe(CLI_ANNOTATIONS);
      } else {
        expect(cli.status, `round ${round}: ${cli.stderr}`).toBe(1);
        expect(cli.stderr, `round ${round}`).toMatch(/The Marginalia app has this library open \(process \d+\)\. Close it, then run the command again\./);
        expect(cliOnDisk, `round ${round}: the refused command wrote nothing`).toBe(0);
      }
      const lostFromApp = acks.filter((id) => !appIdsOnDisk.has(id));
      expect(lostFromApp, `round ${round}: highlights the app acknowledged`).toEqual([]);
      expect(appIdsOnDisk.size, `round ${round}: no unacknowledged highlight was written`).toBe(acks.length);
      if (refused.length > 0) {
        expect(acks, `round ${round}: a read-only app saved nothing`).toEqual([]);
        expect(linesStarting(app.stdout, 'notice ').join(' '), `round ${round}`).toMatch(/A Marginalia command \(import, pid \d+\) is changing your library, so it is open read-only\./);
      }
      expect(cli.status === 0 || acks.length === APP_HIGHLIGHTS, `round ${round}: someone wrote`).toBe(true);
      outcomes.push(cli.status === 0 ? (acks.length > 0 ? 'command first, app after it' : 'command only') : 'app first, command refused');
    }
    // Which interleavings were seen (for whoever reads the log); not an assertion.
    console.info(`lock race outcomes: ${outcomes.join('; ')}`);
  }, 240_000);

  it('runs two commands started together one after the other, keeping all 400 annotations', async () => {
    for (let round = 0; round < 3; round++) {
      const { dataDir, documentId, w3c } = await seed();
      const other = await w3cFile(dataDir, 'second');
      const [first, second] = await Promise.all([
        start(CLI, ['annotations', 'import', documentId, w3c, '--data', dataDir]),
        start(CLI, ['annotations', 'import', documentId, other, '--data', dataDir]),
      ]);
      for (const run of [first, second]) {
        expect(run, `round ${round}`).toMatchObject({ status: 0, stdout: expect.stringMatching(new RegExp(`^Imported ${CLI_ANNOTATIONS} into “[^”]+” \\(${CLI_ANNOTATIONS} found exactly, 0 approximately, 0 orphans\\), skipped 0 duplicates\\.\\n$`)) });
      }
      expect((await notesOnDisk(dataDir, documentId)).length, `round ${round}`).toBe(2 * CLI_ANNOTATIONS);
    }
  }, 120_000);
});
