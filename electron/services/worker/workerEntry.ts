/**
 * The worker thread's main module. Started with a {@link WorkerRequest} it runs that one task,
 * posts any progress it reports, then the result (or the failure); started with
 * {@link SearchHostStart} it stays up as the search host. Built as out/main/marginalia-worker.mjs
 * and out/cli/marginalia-worker.mjs; from source it is loaded by tsWorker.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serveSearchHost } from './searchHost';
import type { SearchHostStart } from './searchHostMessages';
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

if ((workerData as Partial<SearchHostStart>).host === 'search') {
  if (parentPort) serveSearchHost(parentPort);
} else parentPort?.postMessage(await reply(workerData as WorkerRequest));
