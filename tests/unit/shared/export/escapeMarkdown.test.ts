import { Parser } from 'commonmark';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownLine, escapeMarkdownText, toBlockQuote, yamlString } from '../../../../shared/export/escapeMarkdown';
import { exportableTag, exportableText } from '../../../../shared/export/exportableText';

describe('escapeMarkdownLine', () => {
  it('escapes markers that start a block even without a following space', () => {
    expect(escapeMarkdownLine('---')).toBe('\\---');
    expect(escapeMarkdownLine('+++')).toBe('\\+++');
    expect(escapeMarkdownLine('1) one')).toBe('1\\) one');
    expect(escapeMarkdownLine('2024. a year')).toBe('2024\\. a year');
  });

  it('escapes Obsidian syntax: comments, block ids, marks, math and links', () => {
    expect(escapeMarkdownLine('%% c %% 50%')).toBe('\\%\\% c \\%\\% 50%');
    expect(escapeMarkdownLine('x ^id')).toBe('x \\^id');
    expect(escapeMarkdownLine('==m== $x$ [[w]]')).toBe('\\=\\=m\\=\\= \\$x\\$ \\[\\[w\\]\\]');
  });

  it('writes leading and trailing whitespace, tabs and line breaks as character references', () => {
    expect(escapeMarkdownLine('  a\tb\u3000')).toBe('&#32;&#32;a&#9;b&#12288;');
    expect(escapeMarkdownLine('a\nb')).toBe('a&#10;b');
  });

  it('drops NUL and other control characters', () => {
    expect(escapeMarkdownLine('a\u0000b\u0007c\u009bd')).toBe('abcd');
  });
});

describe('escapeMarkdownText', () => {
  it('keeps every line: hard breaks, paragraphs, extra blank lines, and blank lines at either end', () => {
    expect(escapeMarkdownText('a\nb')).toEqual(['a\\', 'b']);
    expect(escapeMarkdownText('a\n\nb')).toEqual(['a', '', 'b']);
    expect(escapeMarkdownText('a\n\n\n\nb')).toEqual(['a', '', '\\', '\\', 'b']);
    expect(escapeMarkdownText('\n\na\n')).toEqual(['&#10;&#10;a&#10;']);
    expect(escapeMarkdownText('\n')).toEqual(['&#10;']);
    expect(escapeMarkdownText('')).toEqual(['']);
  });

  it('reads back as the same text in a block quote with both parsers', () => {
    const text = 'x\n\n\n---\n  ***\n\n\tcode\n';
    const markdown = toBlockQuote(escapeMarkdownText(text)).join('\n');
    expect(new MarkdownIt('commonmark').render(markdown)).toBe('<blockquote>\n<p>x</p>\n<p><br />\n---<br />\n  ***</p>\n<p>\tcode\n</p>\n</blockquote>\n');
    const ast = new Parser().parse(markdown);
    expect(ast.firstChild?.type).toBe('block_quote');
    expect(ast.firstChild?.next).toBeNull();
  });
});

describe('exportableText and exportableTag', () => {
  it('keep tabs and line breaks in text (CR LF and CR become LF) but not in tags', () => {
    expect(exportableText('a\r\nb\rc\td\u0000\u000b\u007f')).toBe('a\nb\nc\td');
    expect(exportableTag('a\r\nb\tc')).toBe('abc');
  });
});

describe('yamlString', () => {
  it('escapes what YAML reads as a line break or forbids', () => {
    expect(yamlString('a\u2028b\u0085c')).toBe('"a\\u2028b\\u0085c"');
    expect(JSON.parse(yamlString('a\u2028b "q"'))).toBe('a\u2028b "q"');
  });
});
