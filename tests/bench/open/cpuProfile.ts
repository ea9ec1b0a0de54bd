/**
 * An optional Chromium CPU profile of one opening (`BENCH_PROFILE=1`): where the renderer's own
 * time goes, as the functions with the most self time. Layout and style show under "(program)"
 * or the function that forced them.
 */
import type { Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** Starts profiling `page`; the returned function stops and prints the top `count` functions by self time. */
export async function startCpuProfile(page: Page, count = 20): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const name = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`;
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      // A native function (no url) is shown with the function that called it.
      const node = byId.get(id)!;
      const caller = node.callFrame.url === '' && parent.has(id) ? byId.get(parent.get(id)!)! : null;
      const key = caller && caller.callFrame.url !== '' ? `${name(node)} ← ${name(caller)}` : name(node);
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, count);
    console.log('  CPU profile of the last opening (self time):');
    for (const [key, ms] of top) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${key}`);
    await cdp.detach();
  };
}
