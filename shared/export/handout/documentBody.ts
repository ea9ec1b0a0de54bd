/**
 * The document's text as semantic HTML, with its own emphasis, code and links, and each highlight as `<mark>` segments (overlaps
 * split, one nested mark per highlight, innermost on the highest underline track) and each
 * numbered note's `<sup>[n]</sup>` where its highlight ends. In margin mode every block (or run
 * of list items) is a row with its notes beside it.
 */
import { blockMarks, markedRuns } from '../../document/blockMarks';
import { HIGHLIGHT_COLOR_NAMES, type Block, type DocumentRecord, type InlineMark, type InlineMarkKind } from '../../model';
import { segmentsByBlock, toSegments, type Segment } from '../../highlights/segments';
import { escapeHtml, escapeLines } from './escapeHtml';
import { noteList } from './notes';
import { highlightClasses } from './pieces';
import type { HandoutItem, HandoutPlan } from './types';

function markOpen(item: HandoutItem): string {
  const by = `${HIGHLIGHT_COLOR_NAMES[item.color]} highlight by ${item.author}`;
  const title = item.number === null ? by : `${by}, note ${item.number}`;
  return `<mark class="${highlightClasses(item.color, item.layer, item.role, item.track)}" title="${escapeHtml(title)}">`;
}

function sup(item: HandoutItem): string {
  return `<sup class="ref" id="ref-${item.number}"><a href="#note-${item.number}">[${item.number}]</a></sup>`;
}

const TAG_OF: Readonly<Record<InlineMarkKind, string>> = { link: 'a', strong: 'strong', emphasis: 'em', code: 'code', superscript: 'sup', subscript: 'sub' };

/** The document's marks a note number must not be written inside. */
const NO_NOTE_NUMBER_INSIDE: ReadonlySet<InlineMarkKind> = new Set(['link', 'superscript', 'subscript']);

/** The opening tag of the document's own inline mark (a link keeps its checked web or e-mail address). */
function inlineOpen(mark: InlineMark): string {
  if (mark.kind !== 'link') return `<${TAG_OF[mark.kind]}>`;
  return `<a class="doc-link" href="${escapeHtml(mark.href ?? '')}" rel="noopener noreferrer">`;
}

/**
 * One block's inner HTML: text inside the document's own inline marks (emphasis, links), with
 * the highlights' nested marks innermost, split wherever either changes, and note numbers at
 * highlight ends. A note number is a superscript link, so any document link, superscript or
 * subscript open there is closed first and opened again after it.
 */
function blockInner(text: string, block: Block, segments: readonly Segment[], plan: HandoutPlan, ends: readonly HandoutItem[]): string {
  const escape = block.kind === 'code' ? escapeHtml : escapeLines;
  const own = text.slice(block.start, block.end);
  const marks = block.kind === 'code' ? [] : blockMarks(block);
  const pending = [...ends];
  const refsAt = (offset: number) => {
    const here = pending.filter((item) => item.end!.offset === offset);
    for (const item of here) pending.splice(pending.indexOf(item), 1);
    return here.map(sup).join('');
  };
  const cuts = [...segments.flatMap((s) => [s.start, s.end]), ...ends.map((item) => item.end!.offset)];
  let html = '';
  const open: number[] = [];
  const closeTo = (depth: number) => {
    while (open.length > depth) html += `</${TAG_OF[marks[open.pop()!]!.kind]}>`;
  };
  let segment = 0;
  for (const run of markedRuns(marks, own.length, cuts)) {
    let shared = 0;
    while (shared < open.length && shared < run.marks.length && open[shared] === run.marks[shared]) shared++;
    closeTo(shared);
    for (const index of run.marks.slice(shared)) {
      html += inlineOpen(marks[index]!);
      open.push(index);
    }
    while (segment < segments.length && segments[segment]!.end <= run.start) segment++;
    const covering = segments[segment] && segments[segment]!.start <= run.start ? segments[segment]! : null;
    const items = (covering?.ids ?? []).map((id) => plan.placed[Number(id)]!).sort((x, y) => x.track - y.track);
    html += items.map(markOpen).join('') + escape(own.slice(run.start, run.end)) + '</mark>'.repeat(items.length);
    const refs = refsAt(run.end);
    if (refs) {
      // A note number is a superscript link: it can sit inside neither a link nor a super- or subscript.
      const outer = open.findIndex((index) => NO_NOTE_NUMBER_INSIDE.has(marks[index]!.kind));
      if (outer !== -1) closeTo(outer);
      html += refs;
    }
  }
  closeTo(0);
  // Any number whose end did not fall inside the block still shows, at its end.
  return html + pending.map(sup).join('');
}

function blockHtml(kind: Block['kind'], inner: string): string {
  switch (kind) {
    case 'heading':
      return `<h2>${inner}</h2>`;
    case 'quote':
      return `<blockquote><p>${inner}</p></blockquote>`;
    case 'list-item':
      return `<li>${inner}</li>`;
    case 'code':
      return `<pre><code>${inner}</code></pre>`;
    case 'caption':
      return `<p class="caption">${inner}</p>`;
    default:
      return `<p>${inner}</p>`;
  }
}

/** Consecutive list items form one group (one `<ul>`); every other block is a group of its own. */
function groupBlocks(blocks: readonly Block[]): number[][] {
  const groups: number[][] = [];
  blocks.forEach((block, i) => {
    const last = groups[groups.length - 1];
    if (block.kind === 'list-item' && last && blocks[last[0]!]!.kind === 'list-item') last.push(i);
    else groups.push([i]);
  });
  return groups;
}

/** The document's blocks as HTML; in `margin` mode each group is a row with its notes beside it. */
export function documentBody(document: DocumentRecord, plan: HandoutPlan, notes: 'margin' | 'endnotes'): string {
  const ranges = plan.placed.map((item, i) => ({ id: String(i), start: item.range!.start, end: item.range!.end }));
  const byBlock = segmentsByBlock(document.blocks, toSegments(ranges));
  const endsByBlock = new Map<number, HandoutItem[]>();
  for (const item of plan.numbered) endsByBlock.set(item.end!.block, [...(endsByBlock.get(item.end!.block) ?? []), item]);

  const rows = groupBlocks(document.blocks).map((group) => {
    const parts = group.map((b) => {
      const block = document.blocks[b]!;
      return blockHtml(block.kind, blockInner(document.text, block, byBlock.get(b) ?? [], plan, endsByBlock.get(b) ?? []));
    });
    const flow = document.blocks[group[0]!]!.kind === 'list-item' ? `<ul>${parts.join('')}</ul>` : parts.join('');
    if (notes === 'endnotes') return flow;
    const rowNotes = group.flatMap((b) => endsByBlock.get(b) ?? []);
    const aside = rowNotes.length > 0 ? `<aside class="margin" aria-label="Notes">${noteList(rowNotes, 'notes margin-list')}</aside>` : '';
    return `<div class="row"><div class="flow">${flow}</div>${aside}</div>`;
  });
  return `<article class="reading ${notes === 'margin' ? 'with-margin' : 'flow'}">\n${rows.join('\n')}\n</article>`;
}
