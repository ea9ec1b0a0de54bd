/**
 * The worker thread's main module: runs the one task named in `workerData`, posts any progress
 * it reports, then the result (or the failure). Built as out/main/marginalia-worker.mjs and
 * out/cli/marginalia-worker.mjs; from source it is loaded by tsWorker.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask } from './tasks';
import { describeFailure, type WorkerProgress, type WorkerReply, type WorkerRequest } from './workerMessages';

/** Posts how far a long task has got, between the request and the reply. */
function progress(done: number, total: number): void {
  parentPort?.postMessage({ progress: { done, total } } satisfies WorkerProgress);
}

async function reply(request: WorkerRequest): Promise<WorkerReply> {
  try {
    return { ok: true, value: await runTask(request.task, request.input, progress) };
  } catch (error) {
    return { ok: false, error: describeFailure(error) };
  }
}

parentPort?.postMessage(await reply(workerData as WorkerRequest));
