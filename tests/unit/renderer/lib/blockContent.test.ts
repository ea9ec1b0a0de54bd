// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INLINE_MARK_KINDS, type Block, type InlineMark } from '../../../../shared/model';
import { fillBlock } from '../../../../renderer/src/lib/blockContent';
import { HighlightPainter, type PaintStyle } from '../../../../renderer/src/lib/paintHighlights';
import { selectionToSpan } from '../../../../renderer/src/lib/selectionOffsets';

const TEXT = 'Heading\n\nRead the full story, or write to us.';
const START = 9;

function blockWith(marks: InlineMark[]): Block {
  return { kind: 'paragraph', start: START, end: TEXT.length, marks: marks.map((m) => ({ ...m, start: m.start + START, end: m.end + START })) };
}

function filled(marks: InlineMark[]): HTMLElement {
  const element = document.createElement('p');
  fillBlock(element, TEXT, blockWith(marks));
  return element;
}

describe('fillBlock', () => {
  it('nests links outermost and reuses open elements, with the text exactly the block’s', () => {
    const element = filled([
      { kind: 'emphasis', start: 5, end: 19 },
      { kind: 'link', start: 9, end: 19, href: 'https://news.example/story' },
      { kind: 'strong', start: 14, end: 19 },
    ]);
    expect(element.textContent).toBe('Read the full story, or write to us.');
    expect(element.innerHTML).toBe(
      'Read <em>the </em><a class="doc-link" href="https://news.example/story" rel="noopener noreferrer" draggable="false" title="https://news.example/story\nClick or press Enter to open it in your browser after asking (Ctrl+click on a highlight)"><em>full </em><strong><em>story</em></strong></a>, or write to us.',
    );
  });

  it('never makes a link of an unsafe address, and never writes markup from the text', () => {
    const element = document.createElement('p');
    const text = '<img src=x onerror=alert(1)> click';
    fillBlock(element, text, { kind: 'paragraph', start: 0, end: text.length, marks: [{ kind: 'link', start: 0, end: text.length, href: 'javascript:alert(1)' }] });
    expect(element.querySelector('img, a')).toBeNull();
    expect(element.textContent).toBe(text);
  });

  it('keeps marks inside the block and ignores ones that fall outside it', () => {
    const element = filled([
      { kind: 'code', start: -5, end: 4 },
      { kind: 'strong', start: 30, end: 80 },
      { kind: 'emphasis', start: 90, end: 95 },
    ]);
    expect(element.textContent).toBe('Read the full story, or write to us.');
    expect(element.querySelector('code')?.textContent).toBe('Read');
    expect(element.querySelector('strong')?.textContent).toBe('to us.');
    expect(element.querySelector('em')).toBeNull();
  });

  it('keeps the text and every selection offset exact for any marks', () => {
    const content = TEXT.slice(START);
    const mark = fc
      .tuple(fc.constantFrom(...INLINE_MARK_KINDS), fc.nat(content.length), fc.nat(content.length))
      .filter(([, a, b]) => a !== b)
      .map(([kind, a, b]): InlineMark => ({ kind, start: Math.min(a, b), end: Math.max(a, b), ...(kind === 'link' ? { href: 'https://a.example/' } : {}) }));
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 8 }), fc.nat(content.length - 1), fc.nat(content.length - 1), (marks, a, b) => {
        const root = document.createElement('article');
        const element = filled(marks);
        element.dataset['block'] = '0';
        root.append(element);
        document.body.replaceChildren(root);
        expect(element.textContent).toBe(content);
        const [from, to] = [Math.min(a, b), Math.max(a, b) + 1];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        while (walker.nextNode()) nodes.push(walker.currentNode as Text);
        const point = (offset: number, end: boolean) => {
          let left = offset;
          for (const node of nodes) {
            if (left < node.length || (end && left === node.length)) return { node, offset: left };
            left -= node.length;
          }
          return { node: nodes[nodes.length - 1]!, offset: nodes[nodes.length - 1]!.length };
        };
        const range = document.createRange();
        const s = point(from, false);
        const e = point(to, true);
        range.setStart(s.node, s.offset);
        range.setEnd(e.node, e.offset);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        const span = selectionToSpan(root, [blockWith(marks)], TEXT, selection);
        const trimmed = TEXT.slice(START + from, START + to).trim();
        if (trimmed === '') expect(span).toBeNull();
        else expect(TEXT.slice(span!.start, span!.end)).toBe(trimmed);
      }),
      { numRuns: 150 },
    );
  });

  it('lets mark.js paint a highlight across marked runs without changing the text', () => {
    const element = filled([
      { kind: 'emphasis', start: 5, end: 8 },
      { kind: 'link', start: 9, end: 19, href: 'https://news.example/story' },
    ]);
    const style: PaintStyle = { colorOf: () => 'yellow', isOwn: () => true, startOf: () => START + 2, labelOf: () => 'Yellow highlight' } as unknown as PaintStyle;
    new HighlightPainter().paint([element], [START], new Map([[0, [{ start: 2, end: 14, ids: ['h1'] }]]]), style);
    expect(element.textContent).toBe('Read the full story, or write to us.');
    expect([...element.querySelectorAll('mark.hl')].map((m) => m.textContent).join('')).toBe('ad the full ');
    expect(element.querySelector('a mark.hl')?.textContent).toBe('full ');
  });
});
