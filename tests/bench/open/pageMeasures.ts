/**
 * What the open benchmark measures inside the page, as functions handed to `page.evaluate`.
 * Every figure is read from the renderer's own clock (performance.now and the app's marks).
 */
import type { Page } from '@playwright/test';

/** The figures of one opening: raw, IPC-excluded and the time spent waiting on API calls. */
export interface OpenFigures {
  raw: number;
  ipc: number;
  renderer: number;
  calls: string[];
}

/** Waits for the app's first-highlight mark and reads the opening's figures from the marks and measures. */
export async function openFigures(page: Page): Promise<OpenFigures> {
  await page.waitForFunction(() => performance.getEntriesByName('marginalia:first-highlight').length > 0, null, { timeout: 120_000 });
  return page.evaluate(() => {
    const open = performance.getEntriesByName('marginalia:open-document')[0]!.startTime;
    const first = performance.getEntriesByName('marginalia:first-highlight')[0]!.startTime;
    const calls = performance
      .getEntriesByName('marginalia:api-call')
      .map((e) => ({ name: String((e as PerformanceMeasure).detail), start: Math.max(open, e.startTime), end: Math.min(first, e.startTime + e.duration) }))
      .filter((c) => c.end > c.start)
      .sort((a, b) => a.start - b.start);
    // The union of the intervals in which at least one call was waiting for its reply.
    let ipc = 0;
    let reach = open;
    for (const c of calls) {
      if (c.end <= reach) continue;
      ipc += c.end - Math.max(c.start, reach);
      reach = c.end;
    }
    return { raw: first - open, ipc, renderer: first - open - ipc, calls: calls.map((c) => `${c.name} ${(c.end - c.start).toFixed(0)} ms`) };
  });
}

/** Types `text` into the focused field one character at a time; per character, input event → the next painted frame. */
export async function keystrokeTimes(page: Page, text: string): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __keystrokes: number[] };
    w.__keystrokes = [];
    document.addEventListener(
      'input',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__keystrokes.push(performance.now() - start), 0));
      },
      true,
    );
  });
  for (let i = 0; i < text.length; i++) {
    await page.keyboard.type(text[i]!);
    await page.waitForFunction((n) => (window as unknown as { __keystrokes: number[] }).__keystrokes.length >= n, i + 1);
  }
  return page.evaluate(() => (window as unknown as { __keystrokes: number[] }).__keystrokes);
}

/**
 * Scrolls the reader to the end and times until a highlight appears in the last screen of the
 * text, and the frame after it is painted. Returns NaN when none appears within 5 seconds.
 */
export async function scrollToEndTime(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const scroller = document.querySelector<HTMLElement>('.reader-scroll')!;
        const article = document.querySelector<HTMLElement>('.document-text')!;
        const visibleMark = () => {
          const view = scroller.getBoundingClientRect();
          return [...article.querySelectorAll<HTMLElement>('mark[data-ids]')].some((m) => {
            const r = m.getBoundingClientRect();
            return r.bottom > view.top && r.top < view.bottom;
          });
        };
        let start = 0;
        let finished = false;
        const done = (value: number) => {
          if (finished) return;
          finished = true;
          observer.disconnect();
          clearTimeout(timer);
          resolve(value);
        };
        const observer = new MutationObserver(() => {
          if (!finished && visibleMark()) requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
        });
        const timer = setTimeout(() => done(Number.NaN), 5000);
        observer.observe(article, { childList: true, subtree: true });
        start = performance.now();
        scroller.scrollTop = scroller.scrollHeight;
      }),
  );
}
