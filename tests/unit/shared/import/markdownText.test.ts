import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../../shared/import/markdownText';

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
});
