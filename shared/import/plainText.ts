/**
 * Turns plain text into the document model: canonical text plus a block list.
 *
 * Content is never dropped. Line endings are normalised, surrounding whitespace of each
 * block is trimmed, hard-wrapped paragraphs are re-joined with spaces, and every other
 * character (curly quotes, non-breaking hyphens, emoji) is kept exactly as it was.
 */
import type { Block, BlockKind } from '../model';
import type { DraftMark } from './inlineMarks';
import { isCreditLine, isHeadingLike, isListItem } from './lineKinds';

/** The outcome of parsing: a title if the text starts with one, the canonical text and its blocks. */
export interface ParsedText {
  title: string | null;
  /** The author the file names in its metadata, if any (plain text and Markdown never do). */
  author?: string | null;
  text: string;
  blocks: Block[];
}

/** The separator between blocks in canonical text. */
export const BLOCK_SEPARATOR = '\n\n';

/** A block before offsets are assigned; its marks' offsets are into its own text. */
export interface DraftBlock {
  kind: BlockKind;
  text: string;
  marks?: readonly DraftMark[];
}

/** Normalises line endings and strips a byte-order mark. */
export function normaliseNewlines(raw: string): string {
  return raw.replace(/^\uFEFF/u, '').replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n');
}

/** Splits text into chunks of non-blank lines separated by blank lines. */
function toChunks(text: string): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '') {
      if (current.length > 0) chunks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * A chunk is hard-wrapped when its lines were broken at a fixed width (typical of e-mail and
 * Project Gutenberg text): every line but the last is short and none of them reads as a list item.
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  // A loop, not Math.max(...body): spreading 200,000 lines into arguments overflows the stack.
  let longest = 0;
  for (const line of body) longest = Math.max(longest, line.length);
  if (longest > 100 || longest < 30) return false;
  if (lines.some(isListItem) || lines.some(isCreditLine)) return false;
  const nearFullWidth = body.filter((l) => l.length >= longest * 0.6).length;
  return nearFullWidth >= Math.ceil(body.length * 0.75);
}

/** Classifies the lines of one chunk that is not hard-wrapped. */
function classifyLines(lines: string[], standalone: boolean): DraftBlock[] {
  const credits = lines.map(isCreditLine);
  const hasCredit = credits.some(Boolean);
  return lines.map((line, i) => {
    let kind: BlockKind = 'paragraph';
    if (credits[i] || (hasCredit && lines.length <= 4)) kind = 'caption';
    else if (isListItem(line)) kind = 'list-item';
    else if (standalone && isHeadingLike(line)) kind = 'heading';
    return { kind, text: line };
  });
}

/** Joins draft blocks into canonical text, recording each block's offsets. */
export function assembleBlocks(drafts: readonly DraftBlock[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  for (const draft of drafts) {
    if (text.length > 0) text += BLOCK_SEPARATOR;
    const start = text.length;
    text += draft.text;
    const block: Block = { kind: draft.kind, start, end: text.length };
    if (draft.marks && draft.marks.length > 0) block.marks = draft.marks.map((m) => ({ ...m, start: start + m.start, end: start + m.end }));
    blocks.push(block);
  }
  return { text, blocks };
}

/** The blocks of parsed text as drafts again (text and marks relative to each block), to be joined with others. */
export function draftBlocksOf(parsed: { text: string; blocks: readonly Block[] }): DraftBlock[] {
  return parsed.blocks.map((b) => {
    const text = parsed.text.slice(b.start, b.end);
    if (!b.marks || b.marks.length === 0) return { kind: b.kind, text };
    return { kind: b.kind, text, marks: b.marks.map((m) => ({ ...m, start: m.start - b.start, end: m.end - b.start })) };
  });
}

/**
 * Parses plain text (already decoded to a string) into title, canonical text and blocks.
 * The title is the first line when it stands alone and reads like a heading; it stays in
 * the text as a heading block, so no content is lost.
 */
export function parsePlainText(raw: string): ParsedText {
  const drafts: DraftBlock[] = [];
  for (const chunk of toChunks(normaliseNewlines(raw))) {
    if (isHardWrapped(chunk)) {
      drafts.push({ kind: isListItem(chunk[0]!) ? 'list-item' : 'paragraph', text: chunk.join(' ') });
    } else {
      for (const draft of classifyLines(chunk, chunk.length === 1)) drafts.push(draft);
    }
  }
  const first = drafts[0];
  const title = first && first.kind === 'heading' && drafts.length > 1 ? first.text : null;
  return { title, ...assembleBlocks(drafts) };
}
