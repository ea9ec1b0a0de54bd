/**
 * A saved web page reduced to its article, as a browser's reader view does: Mozilla's
 * Readability over a jsdom document (webPageArticle.ts) decides whether the page reads as an
 * article and keeps only it, dropping navigation, banners, related links, comments and footers.
 * The article is then read into the document model by the same parse5 walker as any HTML file,
 * so entities are decoded exactly once and nothing is ever rendered.
 *
 * A page is read whole instead when it has nothing a reader view would take away (no
 * navigation, header, footer, aside, banner…), when it is too large or too deeply nested for
 * jsdom to build in reasonable time, when it is not article-like (a short note saved as HTML),
 * and when the reduction fails. Runs in the import worker.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { parseHtml, parseHtmlDocument } from '../../shared/import/htmlText';
import type { ParsedText } from '../../shared/import/plainText';
import type { WebArticle } from './webPageArticle';

/** Largest page (in characters) reduced to its article; larger ones are read whole (jsdom and Readability take about 1.5 s of CPU per MB, and the worker has 10 s). */
export const READER_MAX_CHARS = 2 * 1024 * 1024;
/** Most elements a page reduced to its article may have (Readability's own limit too). */
export const READER_MAX_ELEMENTS = 30_000;
/** Deepest element nesting jsdom is given: it slows down sharply on deeper trees. */
export const READER_MAX_DEPTH = 400;

type Node = DefaultTreeAdapterTypes.Node;

/** Elements that are page furniture rather than article. */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'iframe', 'dialog']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar']);
/** Class and id words of page furniture (after Readability's own "unlikely candidates"). */
const CHROME_NAMES = /-ad-|banner|breadcrumb|comment|consent|cookie|disqus|footer|gdpr|header|masthead|menu|navbar|newsletter|pager|pagination|popup|promo|related|share|sidebar|social|sponsor|subscribe/i;

function isChrome(element: DefaultTreeAdapterTypes.Element): boolean {
  if (CHROME_TAGS.has(element.tagName)) return true;
  for (const { name, value } of element.attrs) {
    if (name === 'role' && CHROME_ROLES.has(value.trim().toLowerCase())) return true;
    if ((name === 'class' || name === 'id') && CHROME_NAMES.test(value)) return true;
  }
  return false;
}

/**
 * True when a parse5 tree is worth reducing: it has page furniture, and no more elements and no
 * deeper nesting than jsdom is given. An explicit stack; stops at the first limit passed.
 */
function worthReducing(root: Node): boolean {
  let elements = 0;
  let hasChrome = false;
  const stack: Array<{ node: Node; level: number }> = [{ node: root, level: 0 }];
  while (stack.length > 0) {
    const { node, level } = stack.pop()!;
    if (level > READER_MAX_DEPTH) return false;
    if ('tagName' in node) {
      if (++elements > READER_MAX_ELEMENTS) return false;
      if (!hasChrome && isChrome(node)) hasChrome = true;
    }
    if ('childNodes' in node) for (const child of node.childNodes) stack.push({ node: child, level: level + 1 });
  }
  return hasChrome;
}

/** Escapes text for use as HTML element content. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The text of the first block when it is a heading. */
function firstHeading(parsed: ParsedText): string | null {
  const first = parsed.blocks[0];
  return first?.kind === 'heading' ? parsed.text.slice(first.start, first.end) : null;
}

/**
 * The article's title: Readability's (from the page's metadata, `og:title`, `<title>`), unless
 * it is only the site's name; then the page's `<title>`, then the article's first heading.
 */
function articleTitle(article: WebArticle, whole: ParsedText, content: ParsedText): string | null {
  const site = (article.siteName ?? '').replace(/\s+/g, ' ').trim();
  for (const candidate of [article.title, whole.title, firstHeading(content)]) {
    const title = (candidate ?? '').replace(/\s+/g, ' ').trim();
    if (title && title !== site) return title;
  }
  return null;
}

/**
 * Reads a web page into the document model: its article only (title first, as a heading) when
 * the page reads as one, otherwise the whole page. Never rejects for a bad page.
 */
export async function parseWebPage(html: string): Promise<ParsedText> {
  const tree = parse(html);
  const whole = parseHtmlDocument(tree);
  if (html.length > READER_MAX_CHARS) return whole;
  if (!worthReducing(tree)) return whole;
  let article: WebArticle | null;
  try {
    const { extractArticle } = await import('./webPageArticle');
    article = extractArticle(html, READER_MAX_ELEMENTS);
  } catch {
    return whole;
  }
  if (!article) return whole;
  const content = parseHtml(article.content);
  if (content.blocks.length === 0) return whole;
  const title = articleTitle(article, whole, content);
  // The title heads the text, as on the page (Readability takes the page's own <h1> out).
  const reduced = title && firstHeading(content) !== title ? parseHtml(`<h1>${escapeHtml(title)}</h1>${article.content}`) : content;
  return { ...reduced, title, ...(whole.author ? { author: whole.author } : {}) };
}
