// Starts a worker thread from TypeScript source (unit tests, the Playwright e2e bridge).
// Node 20 does not give worker threads the parent's module hooks, and `--import tsx` in a
// worker's execArgv registers nothing there, so tsx is registered here, inside the thread,
// before the TypeScript entry module is imported. Built apps never use this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
