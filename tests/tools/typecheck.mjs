#!/usr/bin/env node
// `npm run typecheck`: every layer's tsconfig (shared, node, web, tests) checked by its own tsc,
// so each layer sees only the globals it may use. The four share no state, so they run side by
// side, as many at once as there are CPUs (up to four), largest first; one after the other
// they took about twice as long on a 2-core CI machine. Each one's output is printed whole
// when it ends, and the exit status is 1 when any of them failed.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';

const CONFIGS = ['tsconfig.tests.json', 'tsconfig.web.json', 'tsconfig.node.json', 'tsconfig.shared.json'];
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const lanes = Math.max(1, Math.min(CONFIGS.length, os.availableParallelism()));

/** Runs `tsc -p <config>`; resolves with its exit status after printing what it said. */
function check(config) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => {
      output += `${error.message}\n`;
    });
    child.on('close', (status) => {
      process.stdout.write(`tsc -p ${config}: ${status === 0 ? 'ok' : 'FAILED'}\n${output}`);
      resolve(status ?? 1);
    });
  });
}

const queue = [...CONFIGS];
const statuses = [];
await Promise.all(
  Array.from({ length: lanes }, async () => {
    for (let config = queue.shift(); config !== undefined; config = queue.shift()) statuses.push(await check(config));
  }),
);
process.exitCode = statuses.every((status) => status === 0) ? 0 : 1;
