/**
 * Child process for the lock tests: says "ready" once loaded, then, at the moment the parent
 * names on stdin, tries once to take a data folder's lock and prints "won" or "lost". A winner
 * holds the lock until the parent closes stdin (when every contender has answered), then
 * releases it. Many of these started together race for one (stale) lock.
 *
 * Usage: node --import tsx tests/support/lockContender.ts <dataDir>
 *   stdin: "<startAtEpochMs>\n", then end of input to release
 */
import { createInterface } from 'node:readline';
import { tryAcquireLock } from '../../electron/services/appLock';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: lockContender <dataDir>');

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
process.stdout.write('ready\n');
const startAt = Number((await lines.next()).value);
if (!Number.isFinite(startAt)) throw new Error('lockContender: expected a start time on stdin');

// Busy-wait the last stretch so every contender starts within a millisecond or so.
while (Date.now() < startAt - 20) await new Promise((resolve) => setTimeout(resolve, 5));
while (Date.now() < startAt);

const attempt = await tryAcquireLock(dataDir, { holder: 'cli', command: 'contend' });
process.stdout.write('acquired' in attempt ? 'won\n' : 'lost\n');
// Hold (a winner) until the parent says every contender has answered.
while (!(await lines.next()).done);
if ('acquired' in attempt) attempt.acquired.release();
