/**
 * Turns an HTML file into the document model. The HTML is never rendered: parse5 (a
 * spec-compliant parser, linear in the input) builds the tree, and one iterative walk reads
 * it, so no markup can make the import slow or exhaust the stack. Block elements (p, li,
 * h1–h6, blockquote, pre, figcaption, …) become blocks; script, style and other non-content
 * elements are dropped with their contents; parse5 decodes entities, once. Images are never
 * loaded: each becomes a placeholder, "[Image: alt text]" (a caption block of its own, or
 * inline within text), and decorative ones (alt="", role="presentation") are dropped.
 * Emphasis, strong text, code spans, super- and subscripts and links to web or e-mail
 * addresses become the block's inline marks; any other link keeps its words but not its address.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { BlockKind, InlineMarkKind } from '../model';
import { safeLinkUrl } from '../text/linkUrl';
import { proseText } from './codeText';
import { MarkedText } from './markedText';
import { assembleBlocks, type DraftBlock, type ParsedText } from './plainText';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'canvas', 'nav', 'button', 'select', 'textarea']);
const BLOCK_KIND: Readonly<Record<string, BlockKind>> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  p: 'paragraph', div: 'paragraph', section: 'paragraph', article: 'paragraph', main: 'paragraph',
  header: 'paragraph', footer: 'paragraph', aside: 'paragraph', td: 'paragraph', th: 'paragraph', dd: 'paragraph', dt: 'paragraph',
  li: 'list-item', blockquote: 'quote', pre: 'code', figcaption: 'caption', caption: 'caption',
  tr: 'paragraph', table: 'paragraph', ul: 'paragraph', ol: 'paragraph', figure: 'paragraph', body: 'paragraph', html: 'paragraph',
};

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): readonly Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The placeholder for an image, "[Image: alt text]" or "[Image]"; null for a decorative one. */
function imagePlaceholder(image: Element): string | null {
  const alt = attribute(image, 'alt');
  const role = attribute(image, 'role')?.trim().toLowerCase();
  if (alt === '' || role === 'presentation' || role === 'none' || attribute(image, 'aria-hidden')?.trim().toLowerCase() === 'true') return null;
  const described = proseText(alt ?? '');
  return described ? `[Image: ${described}]` : '[Image]';
}

/** The longest author name kept from a page's metadata. */
const MAX_AUTHOR_CHARS = 300;

/** What a page says about itself: its first `<title>`, `<base>` and `<meta name="author">`. */
interface PageFacts {
  title: Element | null;
  base: Element | null;
  author: Element | null;
}

/** Finds the page's {@link PageFacts} in one iterative walk (any depth is fine), stopping once all are found. */
function findPageFacts(root: Node): PageFacts {
  const facts: PageFacts = { title: null, base: null, author: null };
  const stack: Node[] = [root];
  while (stack.length > 0 && !(facts.title && facts.base && facts.author)) {
    const node = stack.pop()!;
    if (isElement(node) && node.namespaceURI === HTML_NAMESPACE) {
      if (node.tagName === 'title') facts.title ??= node;
      else if (node.tagName === 'base') facts.base ??= node;
      else if (node.tagName === 'meta' && attribute(node, 'name')?.trim().toLowerCase() === 'author') facts.author ??= node;
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return facts;
}

/** The text of the page's `<title>`, or null. */
function titleText(title: Element | null): string | null {
  if (!title) return null;
  const text = title.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');
  return proseText(text) || null;
}

/** The author a page names in `<meta name="author" content="…">`, or null. */
function authorName(meta: Element | null): string | null {
  const author = proseText(meta ? (attribute(meta, 'content') ?? '') : '');
  return author ? author.slice(0, MAX_AUTHOR_CHARS) : null;
}

/** The page's own `<base href>` when it is an absolute web address: relative links resolve against it. */
function baseUrl(base: Element | null): string | undefined {
  const href = base ? attribute(base, 'href') : undefined;
  return (href === undefined ? null : safeLinkUrl(href)) ?? undefined;
}

/** Inline elements whose text keeps a style (`<a href>` is handled on its own). */
const MARK_OF_ELEMENT: Readonly<Record<string, InlineMarkKind>> = {
  em: 'emphasis', i: 'emphasis', cite: 'emphasis', dfn: 'emphasis', var: 'emphasis',
  strong: 'strong', b: 'strong',
  code: 'code', kbd: 'code', samp: 'code', tt: 'code',
  sup: 'superscript', sub: 'subscript',
};

/** The mark an inline element gives its text, or null: links only to web and e-mail addresses. */
function markOf(element: Element, baseUrl: string | undefined): { kind: InlineMarkKind; href?: string } | null {
  if (element.tagName === 'a') {
    const href = attribute(element, 'href');
    // An in-page reference ("#notes") points into the page itself, not at the page on the web.
    const safe = href === undefined || href.trim().startsWith('#') ? null : safeLinkUrl(href, baseUrl);
    return safe === null ? null : { kind: 'link', href: safe };
  }
  const kind = MARK_OF_ELEMENT[element.tagName];
  return kind ? { kind } : null;
}

/** Collects the blocks of a parsed document in reading order, with an explicit stack. */
function collectBlocks(root: Node, baseUrl: string | undefined): DraftBlock[] {
  const drafts: DraftBlock[] = [];
  const kinds: BlockKind[] = ['paragraph'];
  const buffer = new MarkedText();
  let preDepth = 0;
  const flush = () => {
    const kind = kinds[kinds.length - 1]!;
    const { text, marks } = kind === 'code' ? buffer.takeCode() : buffer.takeProse();
    if (text) drafts.push(marks.length > 0 ? { kind, text, marks } : { kind, text });
  };
  // An entry is a node to visit, or (leaving) a block or marking element whose end has been reached.
  const stack: Array<{ node: Node; leaving: false } | { node: Element; leaving: 'block' | 'mark' }> = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { node } = entry;
    if (entry.leaving === 'mark') {
      buffer.closeMark();
      continue;
    }
    if (entry.leaving === 'block') {
      flush();
      kinds.pop();
      if (entry.node.tagName === 'pre') preDepth--;
      continue;
    }
    if (node.nodeName === '#text' && 'value' in node) {
      buffer.append(node.value);
      continue;
    }
    if (isElement(node)) {
      const name = node.tagName;
      if (DROPPED.has(name)) continue;
      if (name === 'img') {
        const placeholder = imagePlaceholder(node);
        // Within a run of text the placeholder stays inline; otherwise it is a caption of its own.
        if (placeholder && buffer.hasWords && preDepth === 0) buffer.append(` ${placeholder} `);
        else if (placeholder) {
          flush();
          drafts.push({ kind: 'caption', text: placeholder });
        }
        continue;
      }
      if (name === 'br') {
        buffer.append(preDepth > 0 ? '\n' : ' ');
        if (preDepth === 0) flush();
        continue;
      }
      const kind = BLOCK_KIND[name];
      if (kind) {
        flush();
        const parent = kinds[kinds.length - 1]!;
        // Paragraphs inside a quote, list item or code block stay part of it.
        kinds.push(kind === 'paragraph' && parent !== 'paragraph' ? parent : kind);
        if (name === 'pre') preDepth++;
        stack.push({ node, leaving: 'block' });
      } else if (node.childNodes.length > 0) {
        // An empty inline element marks nothing (misnested markup makes thousands of them).
        const mark = markOf(node, baseUrl);
        if (mark) {
          buffer.openMark(mark.kind, mark.href);
          stack.push({ node, leaving: 'mark' });
        }
      }
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  flush();
  return drafts;
}

/** Reads a document parse5 has parsed into title, canonical text and blocks. */
export function parseHtmlDocument(document: DefaultTreeAdapterTypes.Document): ParsedText {
  const facts = findPageFacts(document);
  const drafts = collectBlocks(document, baseUrl(facts.base));
  const title = titleText(facts.title);
  const first = drafts[0];
  const author = authorName(facts.author);
  return { title: title ?? (first?.kind === 'heading' && drafts.length > 1 ? first.text : null), ...(author ? { author } : {}), ...assembleBlocks(drafts) };
}

/** Parses HTML text into title, canonical text and blocks. */
export function parseHtml(raw: string): ParsedText {
  return parseHtmlDocument(parse(raw));
}
