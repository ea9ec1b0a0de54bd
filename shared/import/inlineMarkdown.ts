/**
 * The words a reader sees in inline Markdown: markdown-it's inline tokens with the syntax
 * (emphasis, links, code spans, escapes) already removed, joined back into text.
 */
import type { Token } from 'markdown-it';

/**
 * The text of inline tokens: text and code spans as written, line breaks as spaces, images
 * as their alt text. Iterative, so nested images cannot exhaust the stack.
 */
export function inlineText(tokens: readonly Token[]): string {
  const parts: string[] = [];
  const stack: Token[] = [...tokens].reverse();
  while (stack.length > 0) {
    const token = stack.pop()!;
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
        parts.push(token.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        parts.push(' ');
        break;
      case 'image':
        for (let i = (token.children?.length ?? 0) - 1; i >= 0; i--) stack.push(token.children![i]!);
        break;
      default:
        // Opening and closing tokens of emphasis, links, strikethrough: syntax, not words.
        break;
    }
  }
  return parts.join('');
}
