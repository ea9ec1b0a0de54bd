/**
 * The worker thread's main module: runs the one task named in `workerData` and posts the
 * result (or the failure) back. Built as out/main/marginalia-worker.mjs and
 * out/cli/marginalia-worker.mjs; from source it is loaded by tsWorker.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask } from './tasks';
import { describeFailure, type WorkerReply, type WorkerRequest } from './workerMessages';

function reply(request: WorkerRequest): WorkerReply {
  try {
    return { ok: true, value: runTask(request.task, request.input) };
  } catch (error) {
    return { ok: false, error: describeFailure(error) };
  }
}

parentPort?.postMessage(reply(workerData as WorkerRequest));
