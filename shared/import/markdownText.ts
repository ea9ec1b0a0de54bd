/**
 * Turns a Markdown file into the document model: headings, quotes, list items, code blocks
 * and paragraphs, with inline syntax removed (the words stay, the asterisks go).
 */
import type { BlockKind } from '../model';
import { assembleBlocks, type DraftBlock, type ParsedText } from './plainText';
import { stripInlineMarkdown } from './inlineMarkdown';
import { normaliseNewlines } from './plainText';

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;
const LIST = /^ {0,3}(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const FENCE = /^ {0,3}(```|~~~)/;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;

/** Parses Markdown text into title, canonical text and blocks. */
export function parseMarkdown(raw: string): ParsedText {
  const lines = normaliseNewlines(raw).replace(FRONT_MATTER, '').split('\n');
  const drafts: DraftBlock[] = [];
  let paragraph: string[] = [];
  let paragraphKind: BlockKind = 'paragraph';
  const flush = () => {
    const text = stripInlineMarkdown(paragraph.join(' ').replace(/\s+/g, ' ').trim());
    if (text) drafts.push({ kind: paragraphKind, text });
    paragraph = [];
    paragraphKind = 'paragraph';
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) {
      flush();
      const fence = line.trim().slice(0, 3);
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trim().startsWith(fence); i++) code.push(lines[i]!);
      // Code keeps its lines; blocks never hold a blank line, so those become single spaces.
      const text = code.join('\n').replace(/\n\s*\n/g, '\n \n').trim();
      if (text) drafts.push({ kind: 'code', text });
      continue;
    }
    const heading = HEADING.exec(line);
    const quote = QUOTE.exec(line);
    const item = LIST.exec(line);
    if (line.trim() === '' || RULE.test(line)) flush();
    else if (heading) {
      flush();
      const text = stripInlineMarkdown(heading[2]!);
      if (text) drafts.push({ kind: 'heading', text });
    } else if (item) {
      flush();
      paragraphKind = 'list-item';
      paragraph.push(item[1]!);
    } else if (quote) {
      if (paragraphKind !== 'quote') flush();
      paragraphKind = 'quote';
      paragraph.push(quote[1]!);
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  const first = drafts[0];
  const title = first && first.kind === 'heading' && drafts.length > 1 ? first.text : null;
  return { title, ...assembleBlocks(drafts) };
}
