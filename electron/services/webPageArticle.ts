/**
 * The article of a web page, found by Mozilla's Readability (Firefox Reader View's library) over
 * a jsdom document. jsdom is built with its defaults: no scripts run, no resource (stylesheet,
 * image, frame, script) is loaded, and the page has no URL to fetch from. Loaded by webPage.ts
 * only for pages worth reducing: jsdom takes a while to load.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

/** What Readability found: the article's HTML, its title and the site's name. */
export interface WebArticle {
  content: string;
  title: string | null;
  siteName: string | null;
}

/**
 * The article of a web page, or null when the page does not read as an article (a short note
 * saved as HTML). `html` is only parsed, never run or fetched from. `maxElements` bounds
 * Readability's work (it throws beyond it).
 */
export function extractArticle(html: string, maxElements: number): WebArticle | null {
  // A virtual console of our own, so a page's CSS errors are not printed.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    if (!isProbablyReaderable(document)) return null;
    const reader = new Readability(document, { maxElemsToParse: maxElements });
    // Readability decodes entities in the title and byline again, though the parser already did:
    // "&amp;lt;b&amp;gt;" in a <title> would become "<b>". The text is decoded once already.
    (reader as unknown as { _unescapeHtmlEntities: (text: string) => string })._unescapeHtmlEntities = (text) => text;
    const article = reader.parse();
    if (!article?.content) return null;
    return { content: article.content, title: article.title ?? null, siteName: article.siteName ?? null };
  } finally {
    dom.window.close();
  }
}
