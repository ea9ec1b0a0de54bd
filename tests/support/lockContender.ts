/**
 * Child process for the lock tests: at an agreed moment, tries once to take a data folder's
 * lock, prints "won" or "lost", and a winner holds the lock for a while before releasing it.
 * Many of these started together race for one (stale) lock.
 *
 * Usage: node --import tsx tests/support/lockContender.ts <dataDir> <startAtEpochMs> <holdMs>
 */
import { tryAcquireLock } from '../../electron/services/appLock';

const [dataDir, startAt, holdMs] = process.argv.slice(2);
if (!dataDir || !startAt || !holdMs) throw new Error('usage: lockContender <dataDir> <startAtEpochMs> <holdMs>');

// Busy-wait the last stretch so every contender starts within a millisecond or so.
while (Date.now() < Number(startAt) - 20) await new Promise((resolve) => setTimeout(resolve, 5));
while (Date.now() < Number(startAt));

const attempt = await tryAcquireLock(dataDir, { holder: 'cli', command: 'contend' });
if ('acquired' in attempt) {
  process.stdout.write('won\n');
  await new Promise((resolve) => setTimeout(resolve, Number(holdMs)));
  attempt.acquired.release();
} else {
  process.stdout.write('lost\n');
}
