import { describe, expect, it } from 'vitest';
import { parseMarkdown, withoutFrontMatter } from '../../../../shared/import/markdownText';
import { markRuns } from '../../../support/markRuns';

const blocks = (raw: string) => {
  const parsed = parseMarkdown(raw);
  return parsed.blocks.map((b) => `${b.kind}:${parsed.text.slice(b.start, b.end)}`);
};

describe('parseMarkdown', () => {
  it('reads headings, paragraphs, quotes, lists and code, and takes the first heading as title', () => {
    const raw = [
      '---', 'tags: [x]', '---',
      '# The *Title*', '', 'A paragraph with **bold**, `code` and a [link](http://example.com)', 'that wraps.', '',
      '> A quote', '> on two lines', '', '- first item', '- second item', '1. numbered', '', '```js', 'const a = 1;', '', 'b();', '```', '', '***', 'After a rule.',
    ].join('\n');
    expect(parseMarkdown(raw).title).toBe('The Title');
    expect(blocks(raw)).toEqual([
      'heading:The Title',
      'paragraph:A paragraph with bold, code and a link that wraps.',
      'quote:A quote on two lines',
      'list-item:first item',
      'list-item:second item',
      'list-item:numbered',
      'code:const a = 1;\n \nb();',
      'paragraph:After a rule.',
    ]);
  });

  it('keeps escaped characters as text', () => {
    expect(blocks('Price: 5\\*3 \\# not a heading')).toEqual(['paragraph:Price: 5*3 # not a heading']);
  });

  it('reads CommonMark structures: setext headings, indented code, nested containers', () => {
    const raw = [
      'Title', '=====', '', 'Sub', '---', '', '    indented code', '      more', '',
      '- item', '  > quote in item', '', '  second para of item', '', '> - item in quote', '>', '> > nested quote',
    ].join('\n');
    expect(blocks(raw)).toEqual([
      'heading:Title',
      'heading:Sub',
      'code:indented code\n  more',
      'list-item:item',
      'quote:quote in item',
      'list-item:second para of item',
      'list-item:item in quote',
      'quote:nested quote',
    ]);
  });

  it('keeps the words inside and around inline syntax that is not emphasis', () => {
    expect(blocks('snake_case_name and `a*b*c` and 2 * 3 * 4')).toEqual(['paragraph:snake_case_name and a*b*c and 2 * 3 * 4']);
    expect(blocks('![An *alt* text](x.png "t") see <https://example.com/a_b> &amp; [a [b] c](u)')).toEqual([
      'paragraph:An alt text see https://example.com/a_b & a [b] c',
    ]);
    expect(blocks('~~struck~~ and <b>raw html</b> stays literal')).toEqual(['paragraph:struck and <b>raw html</b> stays literal']);
    expect(blocks('hard  \nbreak and soft\nbreak')).toEqual(['paragraph:hard break and soft break']);
  });

  it('reads fenced code with tildes and longer fences, keeping indentation', () => {
    expect(blocks('~~~~\n  ```\n  inner\n~~~~\n')).toEqual(['code:  ```\n  inner']);
    expect(blocks('```\nunclosed\n\n\ncode')).toEqual(['code:unclosed\n \ncode']);
  });

  it('reads a table row by row', () => {
    expect(blocks('| Name | Age |\n|---|---|\n| *Ann* | 3 |\n|  | 4 |')).toEqual(['paragraph:Name | Age', 'paragraph:Ann | 3', 'paragraph:4']);
  });

  it('keeps the text of quotes nested deeper than the parser follows', () => {
    const parsed = parseMarkdown(`${'> '.repeat(40)}deep words\n\nafter`);
    expect(parsed.text).toContain('deep words');
    expect(parsed.text.endsWith('after')).toBe(true);
    const lists = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const listText = parseMarkdown(lists).text;
    for (const i of [0, 20, 39]) expect(listText).toContain(`level ${i}`);
  });

  it('skips front matter only at the very start', () => {
    expect(withoutFrontMatter('---\na: 1\n---\nBody')).toBe('Body');
    expect(withoutFrontMatter('---\n---\nBody')).toBe('Body');
    expect(withoutFrontMatter('Intro\n---\na\n---\n')).toBe('Intro\n---\na\n---\n');
    expect(withoutFrontMatter('---\nno end')).toBe('---\nno end');
    expect(blocks('\uFEFF---\r\ntitle: x\r\n---\r\nBody')).toEqual(['paragraph:Body']);
  });

  it('never produces a block with a blank line inside, and slices the text exactly', () => {
    const parsed = parseMarkdown('# H\n\n```\na\n\n \n\nb\n```\n\n- x\n\n  y\n\n> q\n>\n> r');
    expect(parsed.blocks.map((b) => parsed.text.slice(b.start, b.end)).join('\n\n')).toBe(parsed.text);
    for (const b of parsed.blocks) expect(parsed.text.slice(b.start, b.end)).not.toContain('\n\n');
  });
});

describe('parseMarkdown inline marks', () => {
  const marked = (raw: string) => markRuns(parseMarkdown(raw));

  it('keeps emphasis, strong text, code spans and web links as marks on the words', () => {
    const raw = '# A *light* title\n\nSome **bold _and both_** words, `code()` and [a link](https://example.org/p "Title")\nover a line.\n\n> quoted *too*\n';
    expect(parseMarkdown(raw).text).toBe('A light title\n\nSome bold and both words, code() and a link over a line.\n\nquoted too');
    expect(marked(raw)).toEqual([
      'emphasis:light',
      'strong:bold and both',
      'emphasis:and both',
      'code:code()',
      'link:a link → https://example.org/p',
      'emphasis:too',
    ]);
  });

  it('keeps the words of links to anything but web or e-mail addresses, without the address', () => {
    expect(marked('[rel](notes.md) [mail](mailto:a@b.example) [js](javascript:alert(1)) [data](data:text/html,x)')).toEqual(['link:mail → mailto:a@b.example']);
  });
});
