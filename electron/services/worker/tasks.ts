/**
 * The work a worker thread may do, by name: each task is a pure function from a
 * structured-cloneable input to a structured-cloneable output. To run new work off the main
 * thread (packet validation, other importers, anchoring), add one entry here and call
 * `runInWorker('<name>', input)`.
 *
 * Tasks are pure: they must not import runInWorker (or fileImport / annotationFile, which do),
 * or a worker could start workers. Both builds keep every chunk beside the entry files, since
 * runInWorker finds the worker file relative to its own module.
 */
import { IMPORTABLE_EXTENSIONS, parseDocument } from '../../../shared/import';
import type { ParsedText } from '../../../shared/import/plainText';
import { readPacket } from '../../../shared/packet/readPacket';
import type { ParsedBook } from '../../../shared/import/epub/readEpub';
import { parseWebPage } from '../webPage';
import type { ParseBookInput } from './parseBook';
import { planForeignImportTask } from './planForeignImport';

/** True for a file name the HTML importer reads. */
function isWebPage(fileName: string): boolean {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  return (IMPORTABLE_EXTENSIONS.html as readonly string[]).includes(extension);
}

/** Every task a worker can run. */
export const WORKER_TASKS = {
  /**
   * A decoded text, Markdown or HTML file → title, canonical text and blocks; a web page is
   * reduced to its article (jsdom and Readability are loaded only for pages worth reducing).
   */
  parseDocument: async ({ fileName, text }: { fileName: string; text: string }): Promise<ParsedText> => {
    return isWebPage(fileName) ? parseWebPage(text) : parseDocument(fileName, text);
  },
  /** The text of a `.marginalia` packet or hand-in → the checked packet, or one sentence saying why it was refused. */
  readPacket: ({ text }: { text: string }) => readPacket(text),
  /** Another tool's annotations file and the library → the planned import (routed, anchored, deduplicated) and its report. */
  planForeignImport: planForeignImportTask,
  /**
   * An EPUB or PDF's bytes → title, canonical text, blocks (with pages for a PDF) and what was
   * left out. Asynchronous; its code (unzip, pdf.js) loads only when a book is read, so the
   * other tasks' workers start as fast as before.
   */
  parseBook: async (input: ParseBookInput, progress: ReportProgress = () => {}): Promise<ParsedBook> => (await import('./parseBook')).parseBookTask(input, progress),
} as const;

export type WorkerTaskName = keyof typeof WORKER_TASKS;
export type TaskInput<N extends WorkerTaskName> = Parameters<(typeof WORKER_TASKS)[N]>[0];
export type TaskOutput<N extends WorkerTaskName> = Awaited<ReturnType<(typeof WORKER_TASKS)[N]>>;

/** How far a long task has got; tasks that take a while call it now and then. */
export type ReportProgress = (done: number, total: number) => void;

/** Runs the task called `name` on `input` (its output, or a promise of it); throws for a name that is not a task. */
export function runTask(name: string, input: unknown, progress: ReportProgress = () => {}): unknown {
  if (!Object.hasOwn(WORKER_TASKS, name)) throw new Error(`there is no worker task called “${name}”`);
  const task = WORKER_TASKS[name as WorkerTaskName] as (input: unknown, progress: ReportProgress) => unknown;
  return task(input, progress);
}
