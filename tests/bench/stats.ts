/** Small timing helpers for the benchmarks: wall-clock samples summarised as median and p95. */
import { performance } from 'node:perf_hooks';

export interface Summary {
  median: number;
  p95: number;
  samples: number;
}

/** Summarises samples in milliseconds. */
export function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), samples: sorted.length };
}

/** Runs `fn` `times` times (after `warmup` unmeasured runs) and summarises the durations. */
export async function measure(times: number, fn: (i: number) => Promise<unknown> | unknown, warmup = 3): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

/** "1.23 ms (p95 2.34 ms)" */
export function formatSummary(s: Summary): string {
  return `${s.median.toFixed(2)} ms (p95 ${s.p95.toFixed(2)} ms, n=${s.samples})`;
}

/** Prints one result line with its target and whether it was met. */
export function report(label: string, s: Summary, targetMs?: number): void {
  const verdict = targetMs === undefined ? '' : s.median <= targetMs ? `  ✓ target ≤ ${targetMs} ms` : `  ✗ target ≤ ${targetMs} ms`;
  console.log(`  ${label.padEnd(58)} ${formatSummary(s)}${verdict}`);
}

/**
 * Runs `fn` while a 1 ms ticker watches the event loop, and returns the longest time the
 * calling thread was blocked (the longest gap between ticks, less the tick itself) and the
 * wall-clock time `fn` took.
 */
export async function longestBlock(fn: () => Promise<unknown> | unknown): Promise<{ blockedMs: number; totalMs: number }> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 1);
    last = now;
  }, 1);
  const start = performance.now();
  try {
    await fn();
    // One more tick, so a block at the very end is seen too.
    await new Promise((resolve) => setTimeout(resolve, 2));
  } finally {
    clearInterval(ticker);
  }
  longest = Math.max(longest, performance.now() - last - 1);
  return { blockedMs: Math.max(0, longest), totalMs: performance.now() - start };
}
