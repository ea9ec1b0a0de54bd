/**
 * Markdown read as a CommonMark token stream (markdown-it), never rendered.
 *
 * markdown-it is linear on pathological input, but its constant factor grows with
 * `maxNesting`: a megabyte of `![` takes 2.5 s at the default 100 and 0.7 s at CommonMark's
 * 20, so 20 is used. When the block nesting limit is reached markdown-it silently drops the
 * rest of the input; the `deep_nesting` rule below reaches deep content first and keeps it
 * as a paragraph, so no text is lost however deeply quotes and lists nest.
 */
import markdownIt, { type MarkdownIt, type StateBlock, type Token } from 'markdown-it';

/** markdown-it's nesting limit (inline and block). */
const MAX_NESTING = 20;
/** Block depth from which content is read flat, safely under {@link MAX_NESTING}. */
const FLAT_FROM_LEVEL = MAX_NESTING - 4;

/** At depth {@link FLAT_FROM_LEVEL} or more, reads the lines up to a blank or less-indented line as one paragraph. */
function deepNesting(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.level < FLAT_FROM_LEVEL) return false;
  if (silent) return true;
  let next = startLine + 1;
  while (next < endLine && !state.isEmpty(next) && state.sCount[next]! >= state.blkIndent) next++;
  const content = state.getLines(startLine, next, state.blkIndent, false).trim();
  state.line = next;
  const open = state.push('paragraph_open', 'p', 1);
  open.map = [startLine, next];
  const inline = state.push('inline', '', 0);
  inline.content = content;
  inline.map = [startLine, next];
  inline.children = [];
  state.push('paragraph_close', 'p', -1);
  return true;
}

let parser: MarkdownIt | null = null;

function markdownParser(): MarkdownIt {
  if (parser) return parser;
  // html: false, so raw HTML stays literal text; nothing is ever rendered.
  parser = markdownIt('default', { html: false, linkify: false, typographer: false, maxNesting: MAX_NESTING });
  parser.block.ruler.before('table', 'deep_nesting', deepNesting);
  return parser;
}

/** The block-level token stream of `source`; inline tokens carry their children. */
export function markdownTokens(source: string): Token[] {
  return markdownParser().parse(source, {});
}
