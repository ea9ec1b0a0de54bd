/**
 * Reads an exported Markdown file back with a real CommonMark parser (markdown-it), as
 * Obsidian or a report tool would, and returns the literal text a reader would see.
 */
import MarkdownIt from 'markdown-it';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

export interface ParsedExport {
  /** Raw YAML front matter lines, without the --- fences. */
  frontMatter: string[];
  /** Rendered text of each top-level block quote; its paragraphs joined by a blank line. */
  blockQuotes: string[];
  /** Rendered text of each top-level paragraph (outside block quotes). */
  paragraphs: string[];
  /** Rendered text of each heading, with its level. */
  headings: { level: number; text: string }[];
  /** Every token type that appeared, to catch accidental lists, code blocks or HTML. */
  tokenTypes: Set<string>;
}

/** The literal text an inline token renders to. */
export function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) => {
      if (child.type === 'text' || child.type === 'code_inline' || child.type === 'html_inline') return child.content;
      if (child.type === 'softbreak' || child.type === 'hardbreak') return '\n';
      return '';
    })
    .join('');
}

/** Splits off YAML front matter and parses the rest with markdown-it (CommonMark mode). */
export function parseExport(markdown: string): ParsedExport {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  const frontMatter = match ? match[1]!.split('\n') : [];
  const body = match ? markdown.slice(match[0].length) : markdown;
  const tokens = new MarkdownIt('commonmark').parse(body, {});
  const result: ParsedExport = { frontMatter, blockQuotes: [], paragraphs: [], headings: [], tokenTypes: new Set() };
  let quoteDepth = 0;
  let quoteParts: string[] = [];
  tokens.forEach((token, i) => {
    result.tokenTypes.add(token.type);
    if (token.type === 'blockquote_open') {
      if (quoteDepth === 0) quoteParts = [];
      quoteDepth++;
    } else if (token.type === 'blockquote_close') {
      quoteDepth--;
      if (quoteDepth === 0) result.blockQuotes.push(quoteParts.join('\n\n'));
    } else if (token.type === 'inline') {
      const previous = tokens[i - 1];
      if (previous?.type === 'heading_open') result.headings.push({ level: Number(previous.tag.slice(1)), text: inlineText(token) });
      else if (quoteDepth > 0) quoteParts.push(inlineText(token));
      else result.paragraphs.push(inlineText(token));
    }
  });
  return result;
}
