/**
 * The main side of the search host: one long-lived worker thread holding the library search
 * index, started on first use. Requests are numbered and answered in order. The thread keeps
 * the process alive only while a request is waiting, so the command line still exits when done.
 * If the thread dies, waiting requests fail and the next request starts a new one.
 */
import { Worker } from 'node:worker_threads';
import { ServiceError } from '../../../shared/errors';
import type { SearchHostOp, SearchHostOps, SearchHostReply, SearchHostRequest, SearchHostStart } from './searchHostMessages';
import { workerScript } from './workerScript';

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** A client of the search host thread. */
export class SearchWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  /** Called when a thread dies, so its owner knows the index it held is gone. */
  onLost: () => void = () => {};

  /** Sends one request and resolves with the host's answer. */
  request<O extends SearchHostOp>(op: O, input: SearchHostOps[O]['input']): Promise<SearchHostOps[O]['output']> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<SearchHostOps[O]['output']>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.ref();
      worker.postMessage({ id, op, input } satisfies SearchHostRequest<O>);
    });
  }

  /** Whether a thread is running now. */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Stops the thread (a later request starts a new one, with an empty index). */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.lose(worker, 'the search index was closed');
    await worker.terminate();
  }

  private start(): Worker {
    const { script, entry } = workerScript();
    const start: SearchHostStart = { host: 'search', ...(entry ? { entry } : {}) };
    // From source, the bootstrap registers tsx itself; inherited flags would only get in the way.
    const worker = new Worker(script, { workerData: start, ...(entry ? { execArgv: [] } : {}) });
    worker.unref();
    worker.on('message', (reply: SearchHostReply) => this.answer(worker, reply));
    worker.once('error', (error) => this.lose(worker, error.message));
    worker.once('exit', (code) => this.lose(worker, `it stopped with exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private answer(worker: Worker, reply: SearchHostReply): void {
    const waiting = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) worker.unref();
    if (!waiting) return;
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(reply.error.code ? new ServiceError(reply.error.code, reply.error.message) : new Error(reply.error.message));
  }

  private lose(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const failed = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of failed) w.reject(new ServiceError('INTERNAL', `The search could not finish (${reason}). Search again to rebuild the index.`));
    this.onLost();
  }
}
