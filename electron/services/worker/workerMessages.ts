/** What the main side and a worker thread send each other: one request; progress reports, then one reply. */
import type { ApiErrorCode } from '../../../shared/api';
import { ServiceError } from '../../../shared/errors';

/** The worker's `workerData`: the task to run and its input. */
export interface WorkerRequest {
  task: string;
  input: unknown;
  /** From TypeScript source only: the URL of the entry module the bootstrap imports. */
  entry?: string;
}

/** A task's failure as it crosses the thread boundary; `code` is set for a ServiceError. */
export interface WorkerFailure {
  code: ApiErrorCode | null;
  message: string;
}

/** The message that ends a run: the task's output or its failure. */
export type WorkerReply = { ok: true; value: unknown } | { ok: false; error: WorkerFailure };

/** A message a long task posts while it works: how far it has got. */
export interface WorkerProgress {
  progress: { done: number; total: number };
}

/** Every message a worker posts: any number of progress reports, then one reply. */
export type WorkerMessage = WorkerReply | WorkerProgress;

/** Describes a thrown value so it can be posted (Error objects lose their class on the way). */
export function describeFailure(error: unknown): WorkerFailure {
  if (error instanceof ServiceError) return { code: error.code, message: error.message };
  return { code: null, message: error instanceof Error ? error.message : String(error) };
}
