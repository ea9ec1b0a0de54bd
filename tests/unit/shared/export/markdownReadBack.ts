/**
 * Reads a Markdown export back with two independent CommonMark parsers (markdown-it and the
 * reference `commonmark` package) into the same small shape: the front matter's tags, then one
 * entry per highlight with the literal text of its quote, its note and its tags, plus every
 * node type either parser produced, so a test can see stray structure (lists, code, HTML, rules).
 */
import { Parser, type Node } from 'commonmark';
import MarkdownIt from 'markdown-it';

/** One piece of inline content: literal text, or the content of a code span. */
export interface Piece {
  kind: 'text' | 'code';
  text: string;
}

/** A block as both parsers are reduced to: its type, its inline pieces, its children. */
interface Block {
  type: 'blockquote' | 'paragraph' | 'heading' | 'other';
  pieces: Piece[];
  children: Block[];
}

/** What a reader of the exported file sees for one highlight. */
export interface ReadHighlight {
  quote: string;
  /** The paragraphs between the quote and the colour/tags line, joined by a blank line. */
  note: string;
  /** The last paragraph after the quote (the colour/tags line), as pieces. */
  meta: Piece[];
}

/** One parser's reading of an export. */
export interface ReadBack {
  frontMatterTags: string[] | null;
  headings: string[];
  highlights: ReadHighlight[];
  /** Node types other than the expected document, paragraph, block quote, heading and text. */
  strayTypes: Set<string>;
}

/** Joins neighbouring text pieces, which a parser may leave split (commonmark.js splits at `_`). */
function mergeText(pieces: readonly Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last?.kind === 'text' && piece.kind === 'text') merged[merged.length - 1] = { kind: 'text', text: last.text + piece.text };
    else merged.push(piece);
  }
  return merged;
}

function textOf(pieces: readonly Piece[]): string {
  return pieces.map((p) => p.text).join('');
}

type MdToken = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const MD_EXPECTED = new Set(['paragraph_open', 'paragraph_close', 'blockquote_open', 'blockquote_close', 'heading_open', 'heading_close', 'inline']);
const MD_INLINE_EXPECTED = new Set(['text', 'code_inline', 'hardbreak']);

function markdownItPieces(token: MdToken, stray: Set<string>): Piece[] {
  return (token.children ?? []).map((child) => {
    if (!MD_INLINE_EXPECTED.has(child.type)) stray.add(`markdown-it:${child.type}`);
    if (child.type === 'code_inline') return { kind: 'code', text: child.content };
    if (child.type === 'hardbreak' || child.type === 'softbreak') return { kind: 'text', text: '\n' };
    return { kind: 'text', text: child.content };
  });
}

/** markdown-it's flat token stream as a block tree (iteratively, with an explicit stack). */
function markdownItBlocks(body: string, stray: Set<string>, preset: 'commonmark' | 'default' = 'commonmark'): Block[] {
  const root: Block = { type: 'other', pieces: [], children: [] };
  const stack: Block[] = [root];
  for (const token of new MarkdownIt(preset).parse(body, {})) {
    if (!MD_EXPECTED.has(token.type)) stray.add(`markdown-it:${token.type}`);
    const top = stack[stack.length - 1]!;
    if (token.nesting === 1) {
      const type = token.type === 'blockquote_open' ? 'blockquote' : token.type === 'paragraph_open' ? 'paragraph' : token.type === 'heading_open' ? 'heading' : 'other';
      const block: Block = { type, pieces: [], children: [] };
      top.children.push(block);
      stack.push(block);
    } else if (token.nesting === -1) {
      stack.pop();
    } else if (token.type === 'inline') {
      top.pieces.push(...markdownItPieces(token, stray));
    } else {
      top.children.push({ type: 'other', pieces: [{ kind: 'text', text: token.content }], children: [] });
    }
  }
  return root.children;
}

const CM_BLOCKS = new Set(['document', 'paragraph', 'block_quote', 'heading']);
const CM_INLINES = new Set(['text', 'code', 'linebreak']);

/** The reference parser's node tree as a block tree (iteratively, with its own walker). */
function commonmarkBlocks(body: string, stray: Set<string>): Block[] {
  const walker = new Parser().parse(body).walker();
  const root: Block = { type: 'other', pieces: [], children: [] };
  const stack: Block[] = [root];
  for (let event = walker.next(); event; event = walker.next()) {
    const node: Node = event.node;
    const top = stack[stack.length - 1]!;
    if (node.isContainer && !CM_BLOCKS.has(node.type) && event.entering) stray.add(`commonmark:${node.type}`);
    if (node.type === 'document') continue;
    if (CM_BLOCKS.has(node.type)) {
      if (event.entering) {
        const type = node.type === 'block_quote' ? 'blockquote' : node.type === 'paragraph' ? 'paragraph' : 'heading';
        const block: Block = { type, pieces: [], children: [] };
        top.children.push(block);
        stack.push(block);
      } else {
        stack.pop();
      }
    } else if (!node.isContainer) {
      if (!CM_INLINES.has(node.type)) stray.add(`commonmark:${node.type}`);
      if (node.type === 'code') top.pieces.push({ kind: 'code', text: node.literal ?? '' });
      else if (node.type === 'linebreak' || node.type === 'softbreak') top.pieces.push({ kind: 'text', text: '\n' });
      else top.pieces.push({ kind: 'text', text: node.literal ?? '' });
    }
  }
  return root.children;
}

function quoteText(block: Block): string {
  return block.children.map((child) => (child.type === 'blockquote' ? `> ${quoteText(child)}` : textOf(child.pieces))).join('\n\n');
}

/**
 * Groups top-level blocks into highlights: a block quote starts one, the paragraphs after it
 * are its note and (last) its colour/tags line; a heading ends it.
 */
function highlightsOf(blocks: readonly Block[]): { headings: string[]; highlights: ReadHighlight[] } {
  const headings: string[] = [];
  const highlights: ReadHighlight[] = [];
  let quote: string | null = null;
  let after: Piece[][] = [];
  const close = () => {
    if (quote === null) return;
    const meta = after.pop() ?? [];
    highlights.push({ quote, note: after.map(textOf).join('\n\n'), meta });
    quote = null;
    after = [];
  };
  for (const block of blocks) {
    if (block.type === 'heading') {
      close();
      headings.push(textOf(block.pieces));
    } else if (block.type === 'blockquote') {
      close();
      quote = quoteText(block);
    } else if (block.type === 'paragraph' && quote !== null) {
      after.push(block.pieces);
    }
  }
  close();
  return { headings, highlights };
}

/** The tags on a colour/tags line: each code span after "Tags: ", and each `#hashtag` in the text. */
export function tagsOf(pieces: readonly Piece[]): string[] {
  const meta = mergeText(pieces);
  const start = meta.findIndex((p) => p.kind === 'text' && p.text.includes('Tags: '));
  if (start < 0) return [];
  const tags: string[] = [];
  meta.slice(start).forEach((piece, i) => {
    if (piece.kind === 'code') return void tags.push(piece.text);
    const text = i === 0 ? piece.text.slice(piece.text.indexOf('Tags: ') + 6) : piece.text;
    for (const word of text.split(' ')) if (word.startsWith('#')) tags.push(word.slice(1));
  });
  return tags;
}

/** The `tags:` list of the YAML front matter (written as a JSON array, which is valid YAML). */
function frontMatterTags(frontMatter: string): string[] | null {
  const line = frontMatter.split('\n').find((l) => l.startsWith('tags: '));
  return line ? (JSON.parse(line.slice(6)) as string[]) : null;
}

/**
 * Splits off the front matter, then reads the body with markdown-it and with commonmark (both
 * strict CommonMark), and with markdown-it's default preset, which adds the GitHub tables and
 * strikethrough that Obsidian also reads.
 */
export function readBackWithBothParsers(markdown: string): { markdownIt: ReadBack; commonmark: ReadBack; markdownItGfm: ReadBack } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  const body = match ? markdown.slice(match[0].length) : markdown;
  const tags = match ? frontMatterTags(match[1]!) : null;
  const read = (parse: (body: string, stray: Set<string>) => Block[]): ReadBack => {
    const strayTypes = new Set<string>();
    return { frontMatterTags: tags, ...highlightsOf(parse(body, strayTypes)), strayTypes };
  };
  return {
    markdownIt: read((text, stray) => markdownItBlocks(text, stray)),
    commonmark: read(commonmarkBlocks),
    markdownItGfm: read((text, stray) => markdownItBlocks(text, stray, 'default')),
  };
}
