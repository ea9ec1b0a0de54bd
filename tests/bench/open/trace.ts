/**
 * An optional Chromium trace of one opening (`BENCH_TRACE=1`): how the main thread's time from
 * the click to the first painted highlight divides into script, style, layout and paint.
 */
import type { Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** CPU time of the thread, in microseconds: unlike `dur`, not inflated when the machine is busy. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: { functionName?: string; url?: string } };
}

const KINDS = ['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'HitTest', 'ParseHTML', 'IntersectionObserverController::computeIntersections', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER'];

/** Starts tracing `page`; the returned function stops and prints the main thread's time by kind between the app's open and first-highlight marks. */
export async function startTrace(page: Page): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    const open = events.find((e) => e.name === 'marginalia:open-document');
    const first = events.find((e) => e.name === 'marginalia:first-highlight');
    if (!open || !first) return console.log('  (trace: marks not found)');
    const main = events.filter((e) => e.ph === 'X' && e.tid === open.tid && e.pid === open.pid && e.ts >= open.ts && e.ts <= first.ts);
    const totals = new Map<string, number>();
    for (const e of main) if (KINDS.includes(e.name)) totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    const tasks = main.filter((e) => e.name === 'RunTask').sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
    console.log(`  Trace of the last opening (main thread, ${((first.ts - open.ts) / 1000).toFixed(0)} ms): ${[...totals].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
    const cpu = tasks.reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000;
    console.log(`  main-thread CPU time in tasks between the click and the first highlight: ${cpu.toFixed(0)} ms (of ${tasks.length} tasks)`);
    console.log('  longest tasks:');
    for (const t of tasks.slice(0, 5)) {
      const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && KINDS.includes(e.name));
      const parts = new Map<string, number>();
      for (const e of inside) {
        const key = e.name === 'FunctionCall' ? `${e.name}(${e.args?.data?.functionName || e.args?.data?.url?.split('/').pop() || '?'})` : e.name;
        parts.set(key, (parts.get(key) ?? 0) + (e.dur ?? 0) / 1000);
      }
      const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(0)}`);
      console.log(`    ${((t.dur ?? 0) / 1000).toFixed(0)} ms (CPU ${((t.tdur ?? 0) / 1000).toFixed(0)}) at +${((t.ts - open.ts) / 1000).toFixed(0)}: ${top.join(', ')}`);
    }
    await cdp.detach();
  };
}
