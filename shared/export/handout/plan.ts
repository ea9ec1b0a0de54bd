/**
 * Works out what a handout shows: anchors every annotation, threads replies, numbers notes and
 * questions in reading order, and gives overlapping highlights separate underline tracks.
 */
import { Anchorer, type TextRange } from '../../anchoring';
import { HIGHLIGHT_COLORS, type Block, type HighlightColor } from '../../model';
import { threadReplies, type LayeredAnnotation } from './replies';
import type { BlockPoint, HandoutItem, HandoutLayer, HandoutPlan, LayerSummary } from './types';

/** The name shown for a creator without one. */
export const UNNAMED_AUTHOR = 'Unnamed reader';

function authorOf(layer: HandoutLayer | undefined): string {
  const name = layer?.creator.name.trim() ?? '';
  return name.length > 0 ? name : UNNAMED_AUTHOR;
}

function colorOf(color: string): HighlightColor {
  return (HIGHLIGHT_COLORS as readonly string[]).includes(color) ? (color as HighlightColor) : 'yellow';
}

/** The last block the range covers text of, and where in it the range ends; null if it covers none. */
export function endPoint(blocks: readonly Block[], range: TextRange): BlockPoint | null {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start < range.end) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const block = blocks[found];
  if (!block || block.end <= range.start || block.end <= block.start) return null;
  return { block: found, offset: Math.min(range.end, block.end) - block.start };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The range widened so it does not cut a character in half: an end or start between the two
 * halves of a surrogate pair (an emoji, a rare CJK character) moves to take in the whole pair.
 */
export function wholeCharacters(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
  return { start, end };
}

/** Gives each placed item the lowest track no overlapping earlier item holds. */
function assignTracks(placed: readonly HandoutItem[]): void {
  const open: HandoutItem[] = [];
  for (const item of placed) {
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.range!.end <= item.range!.start) open.splice(i, 1);
    const taken = new Set(open.map((o) => o.track));
    let track = 0;
    while (taken.has(track)) track++;
    item.track = track;
    open.push(item);
  }
}

function summarise(layers: readonly HandoutLayer[], items: readonly HandoutItem[]): LayerSummary[] {
  return layers.map((layer, index) => {
    const counts = new Map<HighlightColor, number>();
    for (const item of items) if (item.layer === index) counts.set(item.color, (counts.get(item.color) ?? 0) + 1);
    let color: HighlightColor = 'yellow';
    for (const c of HIGHLIGHT_COLORS) if ((counts.get(c) ?? 0) > (counts.get(color) ?? 0)) color = c;
    return { author: authorOf(layer), role: layer.role, index, color };
  });
}

/** Plans a handout of `layers` over the document's text and blocks. */
export function planHandout(text: string, blocks: readonly Block[], layers: readonly HandoutLayer[]): HandoutPlan {
  const all: LayeredAnnotation[] = layers.flatMap((layer, index) => layer.annotations.map((annotation) => ({ annotation, layer: index })));
  const { roots, repliesOf } = threadReplies(all);
  const anchorer = new Anchorer(text);
  const items: HandoutItem[] = roots.map((root) => {
    const anchored = anchorer.anchor(root.annotation.target.selector);
    const range = anchored && wholeCharacters(text, anchored);
    return {
      annotation: root.annotation,
      layer: root.layer,
      role: layers[root.layer]!.role,
      author: authorOf(layers[root.layer]),
      color: colorOf(root.annotation.color),
      range,
      end: range ? endPoint(blocks, range) : null,
      track: 0,
      number: null,
      question: null,
      replies: repliesOf.get(root)!.map((r) => ({ annotation: r.annotation, author: authorOf(layers[r.layer]) })),
    };
  });
  const placed = items
    .filter((item) => item.end !== null)
    .sort((x, y) => x.range!.start - y.range!.start || y.range!.end - x.range!.end || x.layer - y.layer);
  const orphans = items.filter((item) => item.end === null);
  assignTracks(placed);

  const numbered = placed.filter(
    (item) => item.annotation.note.trim().length > 0 || item.annotation.motivation === 'questioning' || item.replies.length > 0,
  );
  numbered.forEach((item, i) => (item.number = i + 1));
  const questions = [...placed, ...orphans].filter((item) => item.annotation.motivation === 'questioning');
  questions.forEach((item, i) => (item.question = i + 1));
  const colors = HIGHLIGHT_COLORS.filter((c) => items.some((item) => item.color === c));
  return { placed, orphans, numbered, questions, layers: summarise(layers, items), colors };
}
