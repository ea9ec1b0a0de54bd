/**
 * Runs inside headless Chromium (bundled by tests/bench/paint.bench.ts). Builds a ~1 MB article
 * of ~3,000 paragraphs with the reader's block structure and times the reader's own painting
 * pipeline: anchoring, segmentation and mark.js painting per block.
 */
import { Anchorer, describeRange } from '../../../shared/anchoring';
import { DocumentFinder, firstMatchFrom } from '../../../shared/find';
import { segmentsByBlock, toSegments, type HighlightRange } from '../../../shared/highlights/segments';
import { BLOCK_SEPARATOR, parsePlainText } from '../../../shared/import/plainText';
import type { Block, Selector } from '../../../shared/model';
import { HighlightPainter, type PaintStyle } from '../../../renderer/src/lib/paintHighlights';
import { ViewportPainter } from '../../../renderer/src/lib/viewportPainter';

const WORDS = 'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there one all we their been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(' ');

/** A deterministic pseudo-random generator, so every run measures the same article. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function makeArticle(paragraphs: number): string {
  const next = random(42);
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const words = 45 + Math.floor(next() * 45);
    const sentence = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
    out.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)} (${p}).`);
  }
  return out.join(BLOCK_SEPARATOR);
}

/** Edits about `share` of the text: words replaced, inserted and deleted in random paragraphs. */
function editText(text: string, share: number): string {
  const next = random(7);
  const paragraphs = text.split(BLOCK_SEPARATOR);
  let budget = Math.floor(text.length * share);
  while (budget > 0) {
    const p = Math.floor(next() * paragraphs.length);
    const words = paragraphs[p]!.split(' ');
    const at = Math.floor(next() * words.length);
    const kind = next();
    if (kind < 0.4) words.splice(at, 0, 'inserted');
    else if (kind < 0.7) words.splice(at, 1);
    else words[at] = 'changed';
    paragraphs[p] = words.join(' ');
    budget -= 9;
  }
  // Move one paragraph to the front, as a light reordering.
  paragraphs.unshift(paragraphs.splice(Math.floor(paragraphs.length / 2), 1)[0]!);
  return paragraphs.join(BLOCK_SEPARATOR);
}

function renderBlocks(root: HTMLElement, text: string, blocks: readonly Block[]): HTMLElement[] {
  root.textContent = '';
  return blocks.map((block, index) => {
    const p = document.createElement('p');
    p.className = 'block block-paragraph';
    p.dataset['block'] = String(index);
    p.textContent = text.slice(block.start, block.end);
    root.append(p);
    return p;
  });
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  void document.body.offsetHeight; // include style and layout of what was painted
  return performance.now() - start;
}

/** One measurement on a fresh page, in milliseconds: the figures the annotating issue asks for. */
export function run(): Record<string, number> {
  const root = document.querySelector<HTMLElement>('.document-text')!;
  const scroller = document.querySelector<HTMLElement>('.reader-scroll')!;
  const { text, blocks } = parsePlainText(makeArticle(3000));
  const next = random(99);
  const selectors: { id: string; selector: Selector[] }[] = [];
  for (let i = 0; i < 1000; i++) {
    const block = blocks[Math.floor((i / 1000) * blocks.length)]!;
    const start = block.start + Math.floor(next() * (block.end - block.start - 80));
    const end = start + 20 + Math.floor(next() * 60);
    selectors.push({ id: `a${i}`, selector: describeRange(text, start, end) });
  }
  const style: PaintStyle = { colorOf: () => 'yellow', isOwn: () => true, startOf: () => undefined, labelOf: () => 'Highlight' };
  const starts = blocks.map((b) => b.start);

  /** What the reader does when its annotations change: anchor all, segment, paint. */
  const segmentsFor = (list: typeof selectors) => {
    const anchorer = new Anchorer(text);
    const ranges: HighlightRange[] = [];
    for (const a of list) {
      const found = anchorer.anchor(a.selector);
      if (found) ranges.push({ id: a.id, ...found });
    }
    return segmentsByBlock(blocks, toSegments(ranges));
  };

  const elements = renderBlocks(root, text, blocks);
  void document.body.offsetHeight;
  scroller.scrollTop = scroller.scrollHeight / 2; // open in the middle, where highlights are dense
  void document.body.offsetHeight;

  const viewport = new ViewportPainter(root, scroller);
  const paintOnOpen = time(() => viewport.update({ elements, starts, byBlock: segmentsFor(selectors), style, activeId: null }));
  const painted = root.querySelectorAll('mark').length;

  const middle = blocks[Math.floor(blocks.length / 2)]!;
  const added = [...selectors, { id: 'new', selector: describeRange(text, middle.start + 5, middle.start + 40) }];
  const addOne = time(() => viewport.update({ elements, starts, byBlock: segmentsFor(added), style, activeId: null }));

  // Find in document over the same article and highlights: the first search folds the text.
  const finder = new DocumentFinder(text);
  const loose = { matchCase: false, wholeWords: false };
  let matches = finder.find('', loose).matches;
  const findFirst = time(() => {
    matches = finder.find('the', loose).matches;
    viewport.setFind({ matches, current: firstMatchFrom(matches, middle.start) });
  });
  const findMarks = root.querySelectorAll('mark.find-match').length;
  const findNext = time(() => {
    matches = finder.find('the ', loose).matches;
    viewport.setFind({ matches, current: firstMatchFrom(matches, middle.start) });
  });
  const findFar = time(() => viewport.setFind({ matches, current: matches.length - 1 }));
  viewport.setFind(null);

  const all = new HighlightPainter();
  const paintEverything = time(() => all.paint(elements, starts, segmentsFor(selectors), style));
  viewport.dispose();

  const edited = editText(text, 0.01);
  let found = 0;
  const reanchorAfterEdit = time(() => {
    const anchorer = new Anchorer(edited);
    found = selectors.filter((a) => anchorer.anchor(a.selector) !== null).length;
  });
  return {
    textLength: text.length,
    paragraphs: blocks.length,
    paintOnOpen,
    painted,
    addOne,
    paintEverything,
    reanchorAfterEdit,
    reanchored: found,
    findFirst,
    findNext,
    findFar,
    findMarks,
    findMatches: finder.find('the', loose).matches.length,
  };
}
