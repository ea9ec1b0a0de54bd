/**
 * Fills a block element with its text and inline marks (emphasis, links, code) as DOM nodes:
 * text nodes and a few fixed elements, never HTML, so a document cannot inject markup. The
 * element's text is exactly the block's text, which the selection and highlight code rely on.
 */
import { blockMarks, markedRuns } from '../../../shared/document/blockMarks';
import type { Block, InlineMark, InlineMarkKind } from '../../../shared/model';
import { IS_MAC } from './platform';

const ELEMENT_OF: Readonly<Record<InlineMarkKind, string>> = {
  link: 'a',
  strong: 'strong',
  emphasis: 'em',
  code: 'code',
  superscript: 'sup',
  subscript: 'sub',
};

/** The class a document's link element carries, for styling and for finding it on click. */
export const DOCUMENT_LINK_CLASS = 'doc-link';

/** A mark's element: links get their address, no navigation of their own, and no dragging, so selections can start on them. */
function elementFor(mark: InlineMark): HTMLElement {
  const element = document.createElement(ELEMENT_OF[mark.kind]);
  if (mark.kind === 'link' && mark.href !== undefined) {
    element.className = DOCUMENT_LINK_CLASS;
    element.setAttribute('href', mark.href);
    element.setAttribute('rel', 'noopener noreferrer');
    element.setAttribute('draggable', 'false');
    element.title = `${mark.href}\nClick or press Enter to open it in your browser after asking (${IS_MAC ? '⌘' : 'Ctrl'}+click on a highlight)`;
  }
  return element;
}

/**
 * Replaces `element`'s content with `block`'s text from `text`, wrapping marked runs in their
 * elements (links outermost). Each run reuses the open elements it shares with the run before,
 * so the DOM stays small.
 */
export function fillBlock(element: HTMLElement, text: string, block: Block): void {
  const content = text.slice(block.start, block.end);
  const marks = blockMarks(block);
  if (marks.length === 0) {
    element.textContent = content;
    return;
  }
  const fragment = document.createDocumentFragment();
  const open: Array<{ index: number; element: HTMLElement }> = [];
  for (const run of markedRuns(marks, content.length)) {
    let shared = 0;
    while (shared < open.length && shared < run.marks.length && open[shared]!.index === run.marks[shared]) shared++;
    open.length = shared;
    for (const index of run.marks.slice(shared)) {
      const child = elementFor(marks[index]!);
      (open[open.length - 1]?.element ?? fragment).append(child);
      open.push({ index, element: child });
    }
    (open[open.length - 1]?.element ?? fragment).append(document.createTextNode(content.slice(run.start, run.end)));
  }
  element.replaceChildren(fragment);
}
