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
import { parseDocument } from '../../../shared/import';
import type { ParsedText } from '../../../shared/import/plainText';
import { readPacket } from '../../../shared/packet/readPacket';
import { planForeignImportTask } from './planForeignImport';

/** Every task a worker can run. */
export const WORKER_TASKS = {
  /** A decoded text, Markdown or HTML file → title, canonical text and blocks. */
  parseDocument: ({ fileName, text }: { fileName: string; text: string }): ParsedText => parseDocument(fileName, text),
  /** The text of a `.marginalia` packet or hand-in → the checked packet, or one sentence saying why it was refused. */
  readPacket: ({ text }: { text: string }) => readPacket(text),
  /** Another tool's annotations file and the library → the planned import (routed, anchored, deduplicated) and its report. */
  planForeignImport: planForeignImportTask,
} as const;

export type WorkerTaskName = keyof typeof WORKER_TASKS;
export type TaskInput<N extends WorkerTaskName> = Parameters<(typeof WORKER_TASKS)[N]>[0];
export type TaskOutput<N extends WorkerTaskName> = ReturnType<(typeof WORKER_TASKS)[N]>;

/** How far a long task has got; tasks that take a while call it now and then. */
export type ReportProgress = (done: number, total: number) => void;

/** Runs the task called `name` on `input`; throws for a name that is not a task. */
export function runTask(name: string, input: unknown, progress: ReportProgress = () => {}): unknown {
  if (!Object.hasOwn(WORKER_TASKS, name)) throw new Error(`there is no worker task called “${name}”`);
  const task = WORKER_TASKS[name as WorkerTaskName] as (input: unknown, progress: ReportProgress) => unknown;
  return task(input, progress);
}
