import { describe, expect, it } from 'vitest';
import { decodeEntities, parseHtml } from '../../../../shared/import/htmlText';

const blocks = (raw: string) => {
  const parsed = parseHtml(raw);
  return parsed.blocks.map((b) => `${b.kind}:${parsed.text.slice(b.start, b.end)}`);
};

describe('parseHtml', () => {
  it('turns an article into blocks and drops scripts, styles and comments with their content', () => {
    const html = `<!doctype html><html><head><title>An &amp; article</title><style>p{color:red}</style>
      <script>window.pwned = 1</script></head><body><nav>Menu</nav><article><h1>Heading <em>one</em></h1>
      <p>First <a href="x" onclick="evil()">para</a>&nbsp;graph.</p><!-- <p>hidden</p> -->
      <blockquote><p>Quoted</p></blockquote><ul><li>One</li><li>Two<br>lines</li></ul>
      <figure><img src="x.png" onerror="evil()"><figcaption>Photo: AFP</figcaption></figure>
      <pre>  code
  kept</pre><p>a &lt;b&gt; &#8220;q&#8221; &#x2011; &bogus;</p></article></body></html>`;
    const parsed = parseHtml(html);
    expect(parsed.title).toBe('An & article');
    expect(blocks(html)).toEqual([
      'heading:Heading one',
      'paragraph:First para graph.',
      'quote:Quoted',
      'list-item:One',
      'list-item:Two',
      'list-item:lines',
      'caption:Photo: AFP',
      'code:  code\n  kept',
      'paragraph:a <b> \u201cq\u201d \u2011 &bogus;',
    ]);
    expect(parsed.text).not.toMatch(/pwned|evil|Menu|hidden|color:red/);
  });

  it('survives broken markup', () => {
    expect(() => parseHtml('<p>open <b>never closed <script>unterminated')).not.toThrow();
    expect(blocks('<p>open <b>never closed <script>unterminated')).toEqual(['paragraph:open never closed']);
  });

  it('decodes numeric references safely', () => {
    expect(decodeEntities('&#0; &#xD800; &#65;')).toBe('\ufffd \ufffd A');
  });
});
