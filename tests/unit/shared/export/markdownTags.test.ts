import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { codeSpan, formatTag, formatTags, isHashtagSafe } from '../../../../shared/export/markdownTags';

/** The text markdown-it shows for a line: code spans by their content. */
function shown(line: string): string {
  const inline = new MarkdownIt('commonmark').parseInline(line, {})[0]!;
  return (inline.children ?? []).map((t) => t.content).join('');
}

describe('formatTag', () => {
  const cases: [tag: string, text: string, hashtag: string][] = [
    ['C#', '`C#`', '`C#`'],
    ['q&a', '`q&a`', '`q&a`'],
    ['🚤 boats', '`🚤 boats`', '`🚤 boats`'],
    ['2024', '`2024`', '`2024`'],
    ['a/b', '`a/b`', '#a/b'],
    ['ünïcode', '`ünïcode`', '#ünïcode'],
    ['#already', '`#already`', '`#already`'],
    ['snake_case', '`snake_case`', '#snake_case'],
    ['_under_', '`_under_`', '`_under_`'],
    ['to-read', '`to-read`', '#to-read'],
    [' ', '` `', '` `'],
    ['  spaced  ', '`   spaced   `', '`   spaced   `'],
    ['x`y', '``x`y``', '``x`y``'],
    ['`', '`` ` ``', '`` ` ``'],
  ];
  for (const [tag, text, hashtag] of cases) {
    it(`writes ${JSON.stringify(tag)} as ${text} (text) and ${hashtag} (hashtag), both showing the exact tag`, () => {
      expect(formatTag(tag, 'text')).toBe(text);
      expect(formatTag(tag, 'hashtag')).toBe(hashtag);
      expect(shown(text)).toBe(tag);
      expect(shown(hashtag)).toBe(hashtag.startsWith('#') ? `#${tag}` : tag);
    });
  }

  it('drops control characters, tabs and line breaks from a tag, and leaves out a tag that is then empty', () => {
    expect(formatTag('nul\u0000tag\n', 'hashtag')).toBe('#nultag');
    expect(formatTag('\t', 'text')).toBe('');
    expect(formatTags(['', 'a', '\u0007', 'b'], 'text')).toBe('`a` `b`');
  });
});

describe('isHashtagSafe', () => {
  it('accepts letters of any script, digits, _, - and nested tags', () => {
    for (const tag of ['greek', 'ünïcode', '日本語', 'a/b', 'to-read', 'y2024', 'a_b', 'Ü-2/x']) expect(isHashtagSafe(tag), tag).toBe(true);
  });

  it('refuses punctuation, spaces, emoji, numbers only, empty nesting and _ that could be emphasis', () => {
    for (const tag of ['C#', 'q&a', '🚤 boats', '2024', '9/9', '/lead', 'trail/', 'a//b', '_x', 'x_', 'a-_b_', '', 'a b', '#x']) {
      expect(isHashtagSafe(tag), tag).toBe(false);
    }
  });
});

describe('codeSpan', () => {
  it('fences text holding backtick runs with a longer run', () => {
    expect(codeSpan('a``b')).toBe('```a``b```');
    expect(shown(codeSpan('a``b'))).toBe('a``b');
  });
});
