import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../shared/import/htmlText';
import { MAX_MARKS_PER_BLOCK } from '../../../../shared/import/inlineMarks';
import { markRuns } from '../../../support/markRuns';

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
      'caption:[Image]',
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
    expect(blocks('<p>&#0; &#xD800; &#65;</p>')).toEqual(['paragraph:\ufffd \ufffd A']);
  });

  it('decodes entities exactly once, in text and in the title', () => {
    const parsed = parseHtml('<title>&amp;lt;T&amp;gt;</title><p>&amp;lt;b&amp;gt; &amp;amp;</p><pre>&amp;lt;</pre>');
    expect(parsed.title).toBe('&lt;T&gt;');
    expect(blocks('<p>&amp;lt;b&amp;gt; &amp;amp;</p><pre>&amp;lt;</pre>')).toEqual(['paragraph:&lt;b&gt; &amp;', 'code:&lt;']);
  });

  it('shows escaped markup as the text it stands for: &lt;b&gt; is "<b>", &amp;lt;b&amp;gt; is "&lt;b&gt;"', () => {
    expect(blocks('<p>a &lt;b&gt;bold&lt;/b&gt; sign</p><p>&amp;lt;Library&amp;gt;</p>')).toEqual(['paragraph:a <b>bold</b> sign', 'paragraph:&lt;Library&gt;']);
  });

  it('replaces each image with a placeholder caption naming its alt text, and drops decorative ones', () => {
    const html = `<figure><img src="a.jpg" alt="  The  front steps "><figcaption>Volunteers reading.</figcaption></figure>
      <p><img src="b.png"></p><p>Before <img src="c.png" alt="icon"> after.</p>
      <p><img src="d.png" alt=""><img src="e.png" alt="x" role="presentation"><img src="f.png" alt="y" aria-hidden="true">Text</p>
      <ul><li><img src="g.png" alt="Map">Item</li></ul>`;
    expect(blocks(html)).toEqual([
      'caption:[Image: The front steps]',
      'caption:Volunteers reading.',
      'caption:[Image]',
      'paragraph:Before [Image: icon] after.',
      'paragraph:Text',
      'caption:[Image: Map]',
      'list-item:Item',
    ]);
  });

  it('reads attributes that contain ">" as attributes, not as text', () => {
    expect(blocks('<p title="a > b" data-x=\'c>d\'>Words</p>')).toEqual(['paragraph:Words']);
  });

  it('closes mis-nested elements as a browser does, so later text is not taken into a quote', () => {
    expect(blocks('<blockquote><p>Quoted</blockquote><p>After</p>')).toEqual(['quote:Quoted', 'paragraph:After']);
    expect(blocks('<ul><li>One<li>Two</ul><p>Three')).toEqual(['list-item:One', 'list-item:Two', 'paragraph:Three']);
  });

  it('keeps the lines of <pre>, folding blank runs and trimming the end', () => {
    expect(blocks('<pre>\n  a\n\n\n    b   \n\n</pre>')).toEqual(['code:  a\n \n    b']);
    expect(blocks('<pre>one<br>two</pre>')).toEqual(['code:one\ntwo']);
    expect(blocks(`<pre>x${' '.repeat(50_000)}y</pre>`)).toEqual([`code:x${' '.repeat(50_000)}y`]);
  });

  it('drops every non-content element with its contents, however it is written', () => {
    const html =
      '<p>kept</p><script>var s = "<p>not</p>";</script><SCRIPT type=module>x()</SCRIPT><style>.a{}</style>' +
      '<template><p>tpl</p></template><svg><title>svg title</title><text>svg</text></svg><math><mi>m</mi></math>' +
      '<textarea><p>typed</p></textarea><select><option>opt</option></select><button>Click</button><iframe>frame</iframe>' +
      '<noscript>enable js</noscript><object>obj</object><canvas>cnv</canvas><p>also kept</p>';
    expect(blocks(html)).toEqual(['paragraph:kept', 'paragraph:also kept']);
    expect(parseHtml(html).title).toBeNull();
  });

  it('takes the title from <title> even inside a dropped <head>, and ignores a <title> inside a script', () => {
    expect(parseHtml('<script>document.write("<title>Fake</title>")</script><title>Real</title><p>a</p>').title).toBe('Real');
    expect(parseHtml('<h1>Heading</h1><p>Body</p>').title).toBe('Heading');
  });

  it('walks 100,000 nested elements without exhausting the stack', () => {
    const depth = 100_000;
    const html = `${'<div>'.repeat(depth)}deep words${'</div>'.repeat(depth)}<p>after</p>`;
    expect(blocks(html)).toEqual(['paragraph:deep words', 'paragraph:after']);
    const inline = `<p>${'<b>'.repeat(depth)}bold${'</b>'.repeat(depth)}</p>`;
    expect(blocks(inline)).toEqual(['paragraph:bold']);
  });

  it('keeps paragraphs inside list items and quotes as part of them', () => {
    expect(blocks('<ul><li><p>Item para</p></li></ul><blockquote><div><p>Deep quote</p></div></blockquote>')).toEqual([
      'list-item:Item para',
      'quote:Deep quote',
    ]);
  });
});

describe('parseHtml inline marks', () => {
  const marked = (raw: string) => markRuns(parseHtml(raw));

  it('keeps emphasis, strong text, code, super- and subscripts as marks without changing the text', () => {
    const html = '<p>An  <em>emphatic <b>and\nbold</b></em> claim, <i>italic</i>, <code>x = 1</code>, E = mc<sup>2</sup> and H<sub>2</sub>O.</p>';
    expect(parseHtml(html).text).toBe('An emphatic and bold claim, italic, x = 1, E = mc2 and H2O.');
    expect(marked(html)).toEqual(['emphasis:emphatic and bold', 'strong:and bold', 'emphasis:italic', 'code:x = 1', 'superscript:2', 'subscript:2']);
  });

  it('keeps links to web and e-mail addresses only, resolving relative ones against an absolute <base>', () => {
    const html = `<base href="https://news.example/world/"><p><a href="javascript:alert(1)">js</a> <a href="data:text/html,x">data</a>
      <a href="https://evil.example@bank.example/">cred</a> <a href="story.html">story</a> <a href="#top">top</a>
      <a href="mailto:desk@news.example">mail</a> <a>no address</a></p>`;
    expect(marked(html)).toEqual(['link:story → https://news.example/world/story.html', 'link:mail → mailto:desk@news.example']);
    expect(marked('<p><a href="story.html">story</a></p>')).toEqual([]);
    expect(marked('<base href="file:///home/"><p><a href="story.html">story</a></p>')).toEqual([]);
  });

  it('cuts a link around several blocks into one per block and drops marks inside <pre>', () => {
    const html = '<a href="https://a.example/"><h2>Card title</h2><p>Card text</p></a><pre><b>code</b></pre>';
    expect(marked(html)).toEqual(['link:Card title → https://a.example/', 'link:Card text → https://a.example/']);
  });

  it('stays linear when misnested formatting makes the parser nest thousands of elements', () => {
    const html = `<p>${'<b><i>x</b>y</i>'.repeat(5000)}`;
    const parsed = parseHtml(html);
    expect(parsed.text).toBe('xy'.repeat(5000));
    const marks = parsed.blocks.flatMap((b) => b.marks ?? []);
    expect(marks.every((m) => m.start >= 0 && m.end <= parsed.text.length && m.end > m.start)).toBe(true);
    // One emphasis over all, and a strong on each x: 5,001 marks, of which a block keeps the first MAX_MARKS_PER_BLOCK.
    expect(marks).toHaveLength(MAX_MARKS_PER_BLOCK);
    expect(marks.filter((m) => m.kind === 'emphasis').map((m) => parsed.text.slice(m.start, m.end))).toEqual([parsed.text]);
    expect(new Set(marks.filter((m) => m.kind === 'strong').map((m) => parsed.text.slice(m.start, m.end)))).toEqual(new Set(['x']));
  });
});

describe('parseHtml author', () => {
  it('reads the author a page names in its metadata, and none when it names none', () => {
    expect(parseHtml('<head><meta name="Author" content="  Maria\n Okafor "></head><p>Text</p>').author).toBe('Maria Okafor');
    expect(parseHtml('<head><meta name="description" content="x"></head><p>Text</p>')).not.toHaveProperty('author');
  });
});
