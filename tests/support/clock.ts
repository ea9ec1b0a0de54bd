/** A clock for services that take `now`, moved on by the test instead of by time. */

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A clock that starts at `start` (ISO) and stands still until the test advances it. */
export function testClock(start = '2026-11-01T09:00:00.000Z') {
  let t = new Date(start).getTime();
  const advance = (ms: number) => (t += ms);
  return {
    now: () => new Date(t),
    advance,
    advanceMinutes: (n: number) => advance(n * MINUTE),
    advanceDays: (n: number) => advance(n * DAY),
  };
}
