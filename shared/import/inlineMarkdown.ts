/**
 * The words a reader sees in inline Markdown: markdown-it's inline tokens with the syntax
 * (emphasis, links, code spans, escapes) removed and joined back into text, with emphasis,
 * strong text, code spans and links to web or e-mail addresses kept as marks.
 */
import type { Token } from 'markdown-it';
import { safeLinkUrl } from '../text/linkUrl';
import { MarkedText, type MarkedBlockText } from './markedText';

/** Opening tokens that mark their text, and the mark they give. */
const OPENING_MARKS = { em_open: 'emphasis', strong_open: 'strong' } as const;

/**
 * The prose of inline tokens and its marks: text and code spans as written, line breaks as
 * spaces, images as their alt text. Iterative, so nested images cannot exhaust the stack.
 */
export function inlineMarkedText(tokens: readonly Token[]): MarkedBlockText {
  const text = new MarkedText();
  // For each link open, whether its address was kept (and so a mark opened).
  const links: boolean[] = [];
  const stack: Token[] = [...tokens].reverse();
  while (stack.length > 0) {
    const token = stack.pop()!;
    switch (token.type) {
      case 'text':
      case 'text_special':
        text.append(token.content);
        break;
      case 'code_inline':
        text.openMark('code');
        text.append(token.content);
        text.closeMark();
        break;
      case 'softbreak':
      case 'hardbreak':
        text.append(' ');
        break;
      case 'em_open':
      case 'strong_open':
        text.openMark(OPENING_MARKS[token.type]);
        break;
      case 'em_close':
      case 'strong_close':
        text.closeMark();
        break;
      case 'link_open': {
        const href = safeLinkUrl(String(token.attrGet('href') ?? ''));
        links.push(href !== null);
        if (href !== null) text.openMark('link', href);
        break;
      }
      case 'link_close':
        if (links.pop()) text.closeMark();
        break;
      case 'image':
        for (let i = (token.children?.length ?? 0) - 1; i >= 0; i--) stack.push(token.children![i]!);
        break;
      default:
        // Other syntax (strikethrough): the words stay, the style goes.
        break;
    }
  }
  return text.takeProse();
}
