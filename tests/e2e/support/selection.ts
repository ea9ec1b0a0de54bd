import type { Page } from '@playwright/test';

interface Point {
  x: number;
  y: number;
}

/**
 * Screen points just inside the first character of `fromText` and the last character of
 * `toText` (searched from the start of `fromText`, possibly in a later block).
 */
async function passageEdges(page: Page, fromText: string, toText: string): Promise<{ from: Point; to: Point }> {
  return page.evaluate(
    ([fromText, toText]) => {
      const walker = document.createTreeWalker(document.querySelector('.document-text')!, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const locate = (needle: string, after: { node: number; offset: number } | null, atEnd: boolean) => {
        for (let n = after?.node ?? 0; n < nodes.length; n++) {
          const from = n === after?.node ? after.offset : 0;
          const at = nodes[n]!.data.indexOf(needle, from);
          if (at !== -1) return { node: n, offset: atEnd ? at + needle.length - 1 : at };
        }
        throw new Error(`Text not found in the document: ${needle}`);
      };
      const start = locate(fromText, null, false);
      const end = locate(toText, start, true);
      const rectOf = (p: { node: number; offset: number }) => {
        const range = document.createRange();
        range.setStart(nodes[p.node]!, p.offset);
        range.setEnd(nodes[p.node]!, p.offset + 1);
        return range.getClientRects()[0]!;
      };
      // Scroll once, before measuring, so both points are measured in the same scroll position.
      nodes[start.node]!.parentElement!.scrollIntoView({ block: 'center' });
      const a = rectOf(start);
      const b = rectOf(end);
      if (b.bottom > window.innerHeight || a.top < 0) throw new Error('The passage does not fit on screen at once');
      return {
        from: { x: a.left + 1, y: a.top + a.height / 2 },
        to: { x: b.right - 1, y: b.top + b.height / 2 },
      };
    },
    [fromText, toText] as const,
  );
}

/**
 * Selects from the start of `fromText` to the end of `toText` by dragging the real mouse.
 * Both ends must be visible together on screen.
 */
export async function dragSelect(page: Page, fromText: string, toText: string = fromText): Promise<void> {
  const { from, to } = await passageEdges(page, fromText, toText);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

/** Places the caret just before the first character of `text` with a real click. */
export async function clickBefore(page: Page, text: string): Promise<void> {
  const { from } = await passageEdges(page, text, text);
  await page.mouse.click(from.x, from.y);
}
