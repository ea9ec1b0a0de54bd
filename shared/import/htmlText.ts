/**
 * Turns an HTML file into the document model. The HTML is never rendered: it is read as text,
 * tags become block boundaries (p, li, h1–h6, blockquote, pre, figcaption, …), script, style
 * and other non-content elements are dropped with their contents, and entities are decoded.
 */
import type { BlockKind } from '../model';
import { assembleBlocks, type DraftBlock, type ParsedText } from './plainText';

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'canvas', 'nav', 'button', 'select', 'textarea']);
const BLOCK_KIND: Readonly<Record<string, BlockKind>> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  p: 'paragraph', div: 'paragraph', section: 'paragraph', article: 'paragraph', main: 'paragraph',
  header: 'paragraph', footer: 'paragraph', aside: 'paragraph', td: 'paragraph', th: 'paragraph', dd: 'paragraph', dt: 'paragraph',
  li: 'list-item', blockquote: 'quote', pre: 'code', figcaption: 'caption', caption: 'caption',
  tr: 'paragraph', table: 'paragraph', ul: 'paragraph', ol: 'paragraph', figure: 'paragraph', body: 'paragraph', html: 'paragraph',
};
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', mdash: '\u2014', ndash: '\u2013',
  hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', uuml: '\u00fc',
  ouml: '\u00f6', auml: '\u00e4', szlig: '\u00df', ccedil: '\u00e7', middot: '\u00b7', bull: '\u2022', euro: '\u20ac',
};

/** Decodes character references; unknown names are kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Parses HTML text into title, canonical text and blocks. */
export function parseHtml(raw: string): ParsedText {
  const html = raw.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[!?][^>]*>/g, ' ').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ');
  const titleTag = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const drafts: DraftBlock[] = [];
  const kinds: BlockKind[] = ['paragraph'];
  let buffer = '';
  let preDepth = 0;
  const flush = () => {
    const kind = kinds[kinds.length - 1] ?? 'paragraph';
    const text =
      kind === 'code' ? decodeEntities(buffer).replace(/\n\s*\n/g, '\n \n').replace(/^\n+|\s+$/g, '') : decodeEntities(buffer).replace(/\s+/g, ' ').trim();
    if (text) drafts.push({ kind, text });
    buffer = '';
  };
  const token = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|([^<]+)|</g;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const [whole, rawName, text] = m;
    if (text !== undefined || whole === '<') {
      buffer += whole;
      continue;
    }
    const name = rawName!.toLowerCase();
    const closing = whole.startsWith('</');
    if (DROPPED.has(name) && !closing && !whole.endsWith('/>')) {
      const end = new RegExp(`</${name}\\s*>`, 'i');
      const rest = html.slice(token.lastIndex);
      const found = end.exec(rest);
      token.lastIndex += found ? found.index + found[0].length : rest.length;
      continue;
    }
    if (name === 'br') {
      buffer += preDepth > 0 ? '\n' : ' ';
      if (preDepth === 0) flush();
      continue;
    }
    const kind = BLOCK_KIND[name];
    if (!kind) continue;
    flush();
    if (closing) {
      if (kinds.length > 1) kinds.pop();
      if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
    } else if (!whole.endsWith('/>')) {
      const parent = kinds[kinds.length - 1]!;
      // Paragraphs inside a quote or list item stay part of it.
      kinds.push(kind === 'paragraph' && parent !== 'paragraph' ? parent : kind);
      if (name === 'pre') preDepth++;
    }
  }
  flush();
  const title = titleTag ? decodeEntities(titleTag[1]!).replace(/\s+/g, ' ').trim() || null : null;
  const parsed = assembleBlocks(drafts);
  const first = drafts[0];
  return { title: title ?? (first?.kind === 'heading' && drafts.length > 1 ? first.text : null), ...parsed };
}
