/**
 * Fills a block element with its text and inline marks (emphasis, links, code) as DOM nodes:
 * text nodes and a few fixed elements, never HTML, so a document cannot inject markup. The
 * element's text is exactly the block's text, which the selection and highlight code rely on.
 */
import { INLINE_MARK_KINDS, type Block, type InlineMark, type InlineMarkKind } from '../../../shared/model';
import { isSafeLinkUrl } from '../../../shared/text/linkUrl';

const ELEMENT_OF: Readonly<Record<InlineMarkKind, string>> = {
  link: 'a',
  strong: 'strong',
  emphasis: 'em',
  code: 'code',
  superscript: 'sup',
  subscript: 'sub',
};

/** Past this many marks a block is shown as plain text: styling is never worth a slow page. */
const MAX_MARKS_PER_BLOCK = 5000;

const ORDER = new Map<InlineMarkKind, number>(INLINE_MARK_KINDS.map((kind, i) => [kind, i]));

/** The class a document's link element carries, for styling and for finding it on click. */
export const DOCUMENT_LINK_CLASS = 'doc-link';

/** A mark's element: links get their address (checked again), no navigation of their own, and no dragging, so selections can start on them. */
function elementFor(mark: InlineMark): HTMLElement {
  const element = document.createElement(ELEMENT_OF[mark.kind]);
  if (mark.kind === 'link' && mark.href !== undefined) {
    element.className = DOCUMENT_LINK_CLASS;
    element.setAttribute('href', mark.href);
    element.setAttribute('rel', 'noopener noreferrer');
    element.setAttribute('draggable', 'false');
    element.title = `${mark.href}\nOpens in your browser after asking`;
  }
  return element;
}

/** The block's marks as offsets into its own text, cut to it; unusable ones left off. */
function marksOf(block: Block): InlineMark[] {
  const length = block.end - block.start;
  const marks: InlineMark[] = [];
  for (const mark of block.marks ?? []) {
    const start = Math.max(0, mark.start - block.start);
    const end = Math.min(length, mark.end - block.start);
    if (end <= start || (mark.kind === 'link' && (mark.href === undefined || !isSafeLinkUrl(mark.href)))) continue;
    marks.push({ ...mark, start, end });
  }
  return marks.length > MAX_MARKS_PER_BLOCK ? [] : marks;
}

/**
 * Replaces `element`'s content with `block`'s text from `text`, wrapping marked runs in their
 * elements (links outermost). Nesting is rebuilt per run of text with the same marks, reusing
 * the open elements the run shares with the one before, so the DOM stays small.
 */
export function fillBlock(element: HTMLElement, text: string, block: Block): void {
  const content = text.slice(block.start, block.end);
  const marks = marksOf(block);
  if (marks.length === 0) {
    element.textContent = content;
    return;
  }
  const cuts = new Set<number>([0, content.length]);
  for (const mark of marks) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = marks.map((_, i) => i).sort((a, b) => marks[a]!.start - marks[b]!.start);
  const fragment = document.createDocumentFragment();
  const open: Array<{ index: number; element: HTMLElement }> = [];
  let active: number[] = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const from = points[p]!;
    const to = points[p + 1]!;
    active = active.filter((i) => marks[i]!.end > from);
    while (next < byStart.length && marks[byStart[next]!]!.start <= from) active.push(byStart[next++]!);
    const wanted = active.filter((i) => marks[i]!.end >= to).sort((a, b) => ORDER.get(marks[a]!.kind)! - ORDER.get(marks[b]!.kind)! || a - b);
    let shared = 0;
    while (shared < open.length && shared < wanted.length && open[shared]!.index === wanted[shared]) shared++;
    open.length = shared;
    for (let w = shared; w < wanted.length; w++) {
      const child = elementFor(marks[wanted[w]!]!);
      (open[open.length - 1]?.element ?? fragment).append(child);
      open.push({ index: wanted[w]!, element: child });
    }
    (open[open.length - 1]?.element ?? fragment).append(document.createTextNode(content.slice(from, to)));
  }
  element.replaceChildren(fragment);
}
