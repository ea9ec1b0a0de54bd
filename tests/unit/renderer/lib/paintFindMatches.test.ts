// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../../shared/highlights/segments';
import type { Block } from '../../../../shared/model';
import { FindPainter } from '../../../../renderer/src/lib/paintFindMatches';
import { HighlightPainter, type PaintStyle } from '../../../../renderer/src/lib/paintHighlights';
import { selectionToSpan } from '../../../../renderer/src/lib/selectionOffsets';

const TEXT = 'In Moscow, the leader met Putin.\n\nMoscow again, and Moscow.';
const BLOCKS: Block[] = [
  { kind: 'paragraph', start: 0, end: 32 },
  { kind: 'paragraph', start: 34, end: 59 },
];
const STYLE: PaintStyle = { colorOf: () => 'yellow', isOwn: () => true, startOf: () => 0, labelOf: () => 'Yellow highlight' };
const MOSCOW = [
  { start: 3, end: 9 },
  { start: 34, end: 40 },
  { start: 52, end: 58 },
];

function render(): { root: HTMLElement; elements: HTMLElement[] } {
  document.body.innerHTML = '<article></article>';
  const root = document.querySelector('article')!;
  const elements = BLOCKS.map((block, index) => {
    const p = document.createElement('p');
    p.dataset['block'] = String(index);
    p.textContent = TEXT.slice(block.start, block.end);
    root.append(p);
    return p;
  });
  return { root, elements };
}

/** A highlight over `[start, end)` of block 0, as segments of that block. */
function highlight(id: string, start: number, end: number): Map<number, Segment[]> {
  return new Map([[0, [{ start, end, ids: [id] }]]]);
}

describe('FindPainter', () => {
  it('marks the matches of a block, the current one apart, and clears them leaving the text as it was', () => {
    const { elements } = render();
    const finder = new FindPainter();
    finder.paint(elements[1]!, 34, { matches: MOSCOW, current: 2 });
    const marks = [...elements[1]!.querySelectorAll('mark.find-match')];
    expect(marks.map((m) => m.textContent)).toEqual(['Moscow', 'Moscow']);
    expect(marks.map((m) => m.classList.contains('find-current'))).toEqual([false, true]);
    expect(marks.map((m) => (m as HTMLElement).dataset['findIndex'])).toEqual(['1', '2']);

    finder.clear(elements[1]!);
    expect(elements[1]!.querySelectorAll('mark')).toHaveLength(0);
    expect(elements[1]!.childNodes).toHaveLength(1);
    expect(elements[1]!.textContent).toBe(TEXT.slice(34, 59));
  });

  it('clips a match that runs over the end of a block', () => {
    const { elements } = render();
    new FindPainter().paint(elements[0]!, 0, { matches: [{ start: 26, end: 40 }], current: 0 });
    expect(elements[0]!.querySelector('mark.find-match')?.textContent).toBe('Putin.');
  });

  it('keeps highlight marks whole when the block is repainted under find marks', () => {
    const { elements } = render();
    const starts = BLOCKS.map((b) => b.start);
    const highlights = new HighlightPainter();
    const finder = new FindPainter();
    highlights.paint(elements, starts, highlight('a', 0, 15), STYLE);
    finder.paint(elements[0]!, 0, { matches: MOSCOW, current: 0 });
    expect(elements[0]!.querySelector('mark.hl mark.find-match')?.textContent).toBe('Moscow');

    // A second highlight: the block is repainted, find marks come off first and go back after.
    highlights.paint(elements, starts, highlight('b', 0, 20), STYLE, [0], (element) => finder.clear(element));
    finder.paint(elements[0]!, 0, { matches: MOSCOW, current: 0 });
    const hl = [...elements[0]!.querySelectorAll('mark.hl')];
    expect(hl.map((m) => m.textContent)).toEqual(['In Moscow, the leade']);
    expect(elements[0]!.querySelectorAll('mark.hl[tabindex="0"]')).toHaveLength(1);
    expect(elements[0]!.querySelector('mark.find-current')?.textContent).toBe('Moscow');
    expect(elements[0]!.textContent).toBe(TEXT.slice(0, 32));
  });

  it('leaves selection offsets counting the text exactly, across find and highlight marks', () => {
    const { root, elements } = render();
    new HighlightPainter().paint(elements, BLOCKS.map((b) => b.start), highlight('a', 0, 15), STYLE);
    const finder = new FindPainter();
    for (const [index, element] of elements.entries()) finder.paint(element, BLOCKS[index]!.start, { matches: MOSCOW, current: 1 });
    // From inside the first "Moscow" (after "Mos") to inside the last one (after "Mosc").
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const first = nodes.find((n) => n.data === 'Moscow')!;
    const last = nodes.filter((n) => n.data === 'Moscow').at(-1)!;
    const range = document.createRange();
    range.setStart(first, 3);
    range.setEnd(last, 4);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectionToSpan(root, BLOCKS, TEXT, selection)).toEqual({ start: 6, end: 56 });
  });
});
