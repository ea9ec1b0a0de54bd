/**
 * Turns a Markdown file into the document model from its CommonMark token stream: headings,
 * quotes, list items, code blocks (fenced and indented), table rows and paragraphs, with
 * inline syntax removed (the words stay, the asterisks go: emphasis, code spans and links
 * become inline marks). Front matter is skipped.
 */
import type { BlockKind } from '../model';
import { codeBlockText } from './codeText';
import { inlineMarkedText } from './inlineMarkdown';
import { markdownTokens } from './markdownTokens';
import { assembleBlocks, normaliseNewlines, type DraftBlock, type ParsedText } from './plainText';

/** The text after a YAML front-matter block (`---` lines) at the very start, or all of it. */
export function withoutFrontMatter(text: string): string {
  if (!text.startsWith('---\n')) return text;
  const close = text.indexOf('\n---\n', 3);
  return close >= 0 ? text.slice(close + 5) : text;
}

/** Reads the blocks of a token stream, in order. */
function collectBlocks(source: string): DraftBlock[] {
  const drafts: DraftBlock[] = [];
  // The innermost quote or list item decides the kind of the paragraphs inside it.
  const containers: BlockKind[] = [];
  let kind: BlockKind = 'paragraph';
  let row: string[] | null = null;
  for (const token of markdownTokens(source)) {
    switch (token.type) {
      case 'blockquote_open':
        containers.push('quote');
        break;
      case 'list_item_open':
        containers.push('list-item');
        break;
      case 'blockquote_close':
      case 'list_item_close':
        containers.pop();
        break;
      case 'heading_open':
        kind = 'heading';
        break;
      case 'paragraph_open':
        kind = containers[containers.length - 1] ?? 'paragraph';
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close': {
        const text = row?.filter((cell) => cell !== '').join(' | ') ?? '';
        if (text) drafts.push({ kind: containers[containers.length - 1] ?? 'paragraph', text });
        row = null;
        break;
      }
      case 'inline': {
        const { text, marks } = inlineMarkedText(token.children ?? []);
        // A table row is one block of its cells' words; the cells' styles are not kept.
        if (row) row.push(text);
        else if (text) drafts.push(marks.length > 0 ? { kind, text, marks } : { kind, text });
        break;
      }
      case 'fence':
      case 'code_block': {
        const text = codeBlockText(token.content);
        if (text) drafts.push({ kind: 'code', text });
        break;
      }
      default:
        break;
    }
  }
  return drafts;
}

/** Parses Markdown text into title, canonical text and blocks. */
export function parseMarkdown(raw: string): ParsedText {
  const drafts = collectBlocks(withoutFrontMatter(normaliseNewlines(raw)));
  const first = drafts[0];
  const title = first && first.kind === 'heading' && drafts.length > 1 ? first.text : null;
  return { title, ...assembleBlocks(drafts) };
}
