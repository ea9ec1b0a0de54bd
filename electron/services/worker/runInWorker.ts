/**
 * Running a task off the main thread: one worker thread per call, with a time limit, so no
 * input can freeze the app's main process or the command line. The worker is always gone
 * (finished or terminated) by the time the returned promise settles.
 */
import { Worker } from 'node:worker_threads';
import { ServiceError } from '../../../shared/errors';
import type { TaskInput, TaskOutput, WorkerTaskName } from './tasks';
import type { WorkerFailure, WorkerMessage, WorkerReply, WorkerRequest } from './workerMessages';
import { workerScript } from './workerScript';

export { BUILT_WORKER_FILE } from './workerScript';

/** Time a task may take, start-up included, before its worker is terminated. */
export const DEFAULT_WORKER_TIMEOUT_MS = 10_000;

/** How a run is limited and how its failures are worded. */
export interface WorkerRunOptions {
  /** Time limit in milliseconds (default {@link DEFAULT_WORKER_TIMEOUT_MS}). */
  timeoutMs?: number;
  /** The file being read, named in error messages. */
  fileName?: string;
  /** What a failure means for the user, ending the message (default "nothing was imported"). */
  outcome?: string;
  /** Heap limit of the worker in MB; a task that needs more fails instead of growing. */
  maxMemoryMb?: number;
  /** Receives the progress a long task reports. */
  onProgress?: (done: number, total: number) => void;
  /** Buffers in the input to move to the worker instead of copying (they are unusable here afterwards). */
  transfer?: ArrayBuffer[];
}

const running = new Set<Worker>();

/** How many workers are alive right now (0 whenever no call is in progress). */
export function runningWorkers(): number {
  return running.size;
}

/** Formats a time limit for people: "10 s", "2.5 s", "200 ms". */
function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

/** Runs `task` on `input` in a new worker thread and resolves with its output. */
export async function runInWorker<N extends WorkerTaskName>(task: N, input: TaskInput<N>, options: WorkerRunOptions = {}): Promise<TaskOutput<N>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_WORKER_TIMEOUT_MS;
  const subject = options.fileName ? `“${options.fileName}”` : 'The file';
  const outcome = options.outcome ?? 'nothing was imported';
  const failed = (reason: string) => new ServiceError('UNREADABLE_FILE', `${subject} could not be read (${reason}), so ${outcome}.`);
  const { script, entry } = workerScript();
  const request: WorkerRequest = { task, input, ...(entry ? { entry } : {}) };
  const worker = new Worker(script, {
    workerData: request,
    ...(options.transfer ? { transferList: options.transfer } : {}),
    // From source, the bootstrap registers tsx itself; inherited flags would only get in the way.
    ...(entry ? { execArgv: [] } : {}),
    ...(options.maxMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb } } : {}),
  });
  running.add(worker);
  let timer: NodeJS.Timeout | undefined;
  try {
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new ServiceError('UNREADABLE_FILE', `${subject} took too long to read (over ${duration(timeoutMs)}), so ${outcome}.`)),
        timeoutMs,
      );
      worker.on('message', (message: WorkerMessage) => {
        if ('progress' in message) options.onProgress?.(message.progress.done, message.progress.total);
        else resolve(message);
      });
      worker.once('error', (error: Error & { code?: string }) =>
        reject(failed(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'reading it needed more memory than allowed' : `the reader stopped: ${error.message}`)),
      );
      worker.once('exit', (code) => reject(failed(`the reader stopped with exit code ${code}`)));
    });
    if (reply.ok) return reply.value as TaskOutput<N>;
    throw failureToError(reply.error, failed);
  } finally {
    clearTimeout(timer);
    await worker.terminate();
    running.delete(worker);
  }
}

/** A task's failure as the caller sees it: a ServiceError keeps its code and message. */
function failureToError(failure: WorkerFailure, failed: (reason: string) => ServiceError): ServiceError {
  return failure.code ? new ServiceError(failure.code, failure.message) : failed(failure.message);
}
