/**
 * Saved web pages reduced to their article: the news page fixture (navigation, header, cookie
 * banner, article, figure, list, related links, comments, footer) keeps the article only; a short
 * plain page stays whole; entities are decoded once; nothing on a page is run or fetched.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { READER_MAX_CHARS, parseWebPage } from '../../../../electron/services/webPage';
import type { ParsedText } from '../../../../shared/import/plainText';
import { markRuns } from '../../../support/markRuns';

const NEWS_PAGE = path.resolve(__dirname, '../../../fixtures/web/news-page.html');

const blocks = (parsed: ParsedText) => parsed.blocks.map((b) => `${b.kind}:${parsed.text.slice(b.start, b.end)}`);

/** Paragraphs enough for Readability to take a page for an article. */
const SENTENCE = 'The story runs on for a while, long enough to count as the body of an article, with commas, clauses and more words. ';
const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}. ${SENTENCE.repeat(3)}</p>`).join('');
const FOOTER = '<footer><p>Site footer: contact us, terms of use, privacy.</p></footer>';

describe('parseWebPage', () => {
  it('keeps the article of a saved news page, with its title, list and figure, and none of the page around it', async () => {
    const parsed = await parseWebPage(await readFile(NEWS_PAGE, 'utf8'));
    expect(parsed.title).toBe('Town Keeps Its Old Library Open After Long Vote');
    const kept = blocks(parsed);
    expect(kept[0]).toBe('heading:Town Keeps Its Old Library Open After Long Vote');
    expect(kept).toEqual(
      expect.arrayContaining([
        'paragraph:By Maria Okafor, Local Affairs Reporter',
        expect.stringMatching(/^paragraph:After a council meeting that ran past midnight, members voted seven to four/),
        'caption:[Image: The library’s front steps during the reading marathon]',
        'caption:Volunteers read on the front steps during the fifty-hour marathon.',
        'list-item:replace the leaking slate roof over the reading room;',
        'list-item:install a lift so that the upper floor can be reached by everyone;',
        'list-item:rewire the children’s section, which still runs on wiring from 1952.',
        expect.stringMatching(/^paragraph:The friends of the library group said/),
      ]),
    );
    expect(kept.filter((b) => b.startsWith('paragraph:'))).toHaveLength(7);
    for (const outside of ['cookie', 'Subscribe today', 'Sport', 'Related stories', 'Swimming pool', 'Comments', 'Reader42', 'All rights reserved', 'Terms of use', 'Changed by a script', 'script ran']) {
      expect(parsed.text).not.toContain(outside);
    }
  });

  it('keeps the article’s emphasis and web links through the reader view, and no script link', async () => {
    const html = `<html><head><title>Marked story</title></head><body><nav><a href="https://site.example/">Home</a> <a href="https://site.example/sport">Sport</a></nav>
      <article><h1>Marked story</h1><p>The <em>mayor</em> said the <strong>budget</strong> was final, according to
      <a href="https://records.example/minutes">the minutes</a> and <a href="javascript:alert(1)">a rumour</a>. ${SENTENCE.repeat(3)}</p>${PROSE}</article>${FOOTER}</body></html>`;
    const parsed = await parseWebPage(html);
    expect(parsed.text).not.toContain('Sport');
    expect(markRuns(parsed)).toEqual(['emphasis:mayor', 'strong:budget', 'link:the minutes → https://records.example/minutes']);
    expect(parsed.text).toContain('according to the minutes and a rumour.');
  });

  it('decodes entities exactly once: &lt;b&gt; shows as "<b>" and &amp;lt;Library&amp;gt; as "&lt;Library&gt;"', async () => {
    const parsed = await parseWebPage(await readFile(NEWS_PAGE, 'utf8'));
    expect(parsed.text).toContain('the building’s <b>bold</b> old sign, which someone had written out in the petition as &lt;Library&gt; by mistake.');
  });

  it('decodes the title once too, wherever it comes from', async () => {
    const page = async (head: string) => (await parseWebPage(`<html><head>${head}</head><body><article>${PROSE}</article>${FOOTER}</body></html>`)).title;
    expect(await page('<title>Tags &amp;lt;b&amp;gt; and &amp;amp; in a long enough title</title>')).toBe('Tags &lt;b&gt; and &amp; in a long enough title');
    expect(await page('<meta property="og:title" content="Tags &amp;lt;b&amp;gt; in the og:title">')).toBe('Tags &lt;b&gt; in the og:title');
  });

  it('never takes the site name alone for the title', async () => {
    const parsed = await parseWebPage(`<html><head><title>The Valley Courier</title><meta property="og:site_name" content="The Valley Courier">
      <meta property="og:title" content="The Valley Courier"></head><body><article><h2>Bridge repairs delayed again</h2>${PROSE}</article>${FOOTER}</body></html>`);
    expect(parsed.title).toBe('Bridge repairs delayed again');
    expect(blocks(parsed)[0]).toBe('heading:Bridge repairs delayed again');
  });

  it('reads a short page that is not an article whole, footer and all', async () => {
    const parsed = await parseWebPage('<html><head><title>Shopping list</title></head><body><nav>Home</nav><h1>Shopping</h1><ul><li>eggs</li><li>milk</li></ul><footer>Written by me</footer></body></html>');
    expect(parsed.title).toBe('Shopping list');
    expect(blocks(parsed)).toEqual(['heading:Shopping', 'list-item:eggs', 'list-item:milk', 'paragraph:Written by me']);
  });

  it('reads a long page with nothing a reader view would take away whole (a book saved as HTML)', async () => {
    const parsed = await parseWebPage(`<html><head><title>A Book</title></head><body><h1>Chapter One</h1>${PROSE}<div><p>Printed in 1902.</p></div></body></html>`);
    expect(blocks(parsed)[0]).toBe('heading:Chapter One');
    expect(parsed.text).toMatch(/Paragraph 1\..*Paragraph 6\..*Printed in 1902\.$/s);
  });

  it('reads a page too large to reduce in good time whole', async () => {
    const page = (await readFile(NEWS_PAGE, 'utf8')).replace('<body>', `<body><!-- ${'x'.repeat(READER_MAX_CHARS)} -->`);
    expect((await parseWebPage(page)).text).toContain('All rights reserved');
  });

  it('reads a deeply nested page whole, without handing it to jsdom', async () => {
    const parsed = await parseWebPage(`${'<div>'.repeat(5000)}${PROSE}${'</div>'.repeat(5000)}<footer>Foot</footer>`);
    expect(parsed.text).toContain('Paragraph 6.');
    expect(parsed.text).toContain('Foot');
  });
});

describe('parseWebPage runs nothing and fetches nothing', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('loads no script, stylesheet, image, frame or object and runs no inline script or handler, even on an article page', async () => {
    const requests: string[] = [];
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('window.top.fetched = 1;');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const html = `<html><head><title>A page that tries everything to reach out</title>
      <link rel="stylesheet" href="${origin}/style.css"><script src="${origin}/script.js"></script>
      <meta http-equiv="refresh" content="0; url=${origin}/refresh">
      <script>new Image().src = '${origin}/inline-script'; var x = new XMLHttpRequest(); x.open('GET', '${origin}/xhr'); x.send();</script>
      </head><body onload="new Image().src='${origin}/onload'"><article>${PROSE}
      <img src="${origin}/image.png" alt="A photo" onerror="new Image().src='${origin}/onerror'">
      <iframe src="${origin}/frame.html"></iframe><object data="${origin}/object.swf"></object>
      <video src="${origin}/video.mp4" poster="${origin}/poster.jpg"></video><svg><image href="${origin}/svg.png"/></svg>
      </article>${FOOTER}</body></html>`;
    const parsed = await parseWebPage(html);
    expect(parsed.text).not.toContain('Site footer'); // reduced to the article: the page went through jsdom
    expect(parsed.text).toContain('Paragraph 6.');
    expect(parsed.text).toContain('[Image: A photo]');
    expect(parsed.text).not.toMatch(/Image\(\)|XMLHttpRequest|fetched/);
    // Give any load that had been started time to arrive before looking.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toEqual([]);
  });
});
