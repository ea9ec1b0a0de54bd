/**
 * Runs the crash saver in a child Node process, kills it with SIGKILL at random moments, and
 * after every kill checks that each acknowledged save is on disk and every file parses.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ANNOTATIONS_FILE, LIBRARY_FILE, dataPaths } from '../../electron/services/dataLayout';

/** The saver's TypeScript source (run through tsx unless a bundled copy is given). */
export const CRASH_SAVER = fileURLToPath(new URL('./crashSaver.ts', import.meta.url));

export interface CrashReport {
  kills: number;
  acknowledgedAnnotations: number;
  acknowledgedDocuments: number;
  /** Acknowledged saves missing after a kill: must be empty. */
  lost: string[];
  /** Files that did not parse or validate after a kill: must be empty. */
  unreadable: string[];
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

/** One run of the saver (`node <saverArgs> <dataDir> <documentId>`), killed after `delayMs` from its first save. */
function runUntilKilled(saverArgs: readonly string[], dataDir: string, documentId: string, delayMs: number, acks: Set<string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...saverArgs, dataDir, documentId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let timer: NodeJS.Timeout | null = null;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ack ')) acks.add(line.slice(4));
      if (timer === null && line === 'ready') timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`saver exited by itself (code ${code}): ${stderr}`));
    });
  });
}

/**
 * Kills the saver `kills` times at random moments up to `maxDelayMs` and checks the data each
 * time. `bundledSaver` is {@link CRASH_SAVER} bundled for plain Node (tests/support/bundledScript.ts),
 * which starts in a fraction of tsx's time; without it the source runs through tsx.
 */
export async function crashTest(dataDir: string, kills: number, maxDelayMs = 120, bundledSaver?: string): Promise<CrashReport> {
  const saverArgs = bundledSaver === undefined ? ['--import', 'tsx', CRASH_SAVER] : [bundledSaver];
  const paths = dataPaths(dataDir);
  const documentId = 'dcrashtest';
  const acks = new Set<string>();
  const report: CrashReport = { kills: 0, acknowledgedAnnotations: 0, acknowledgedDocuments: 0, lost: [], unreadable: [] };
  for (let k = 0; k < kills; k++) {
    await runUntilKilled(saverArgs, dataDir, documentId, Math.random() * maxDelayMs, acks);
    report.kills++;
    const onDisk = new Set<string>();
    for (const [file, kind] of [
      [paths.annotations(documentId), ANNOTATIONS_FILE],
      [paths.library, LIBRARY_FILE],
    ] as const) {
      try {
        const parsed = kind.schema.safeParse(await readJson(file));
        if (!parsed.success) report.unreadable.push(`${path.basename(file)} after kill ${k + 1}`);
        else if ('annotations' in parsed.data) parsed.data.annotations.forEach((a) => onDisk.add(`annotation ${a.id}`));
        else parsed.data.documents.forEach((d) => onDisk.add(`document ${d.id}`));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || acks.size > 0) {
          report.unreadable.push(`${path.basename(file)} after kill ${k + 1}: ${String(error)}`);
        }
      }
    }
    for (const ack of acks) if (!onDisk.has(ack)) report.lost.push(`${ack} after kill ${k + 1}`);
  }
  report.acknowledgedAnnotations = [...acks].filter((a) => a.startsWith('annotation ')).length;
  report.acknowledgedDocuments = [...acks].filter((a) => a.startsWith('document ')).length;
  return report;
}
