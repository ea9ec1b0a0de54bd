import { describe, expect, it } from 'vitest';
import { codeBlockText, proseText } from '../../../../shared/import/codeText';

describe('codeBlockText', () => {
  it('keeps lines and indentation, drops blank lines around the code and folds blank runs inside', () => {
    expect(codeBlockText('\n \n  a\n\n \t\n    b  \n\n')).toBe('  a\n \n    b');
    expect(codeBlockText('one\ntwo')).toBe('one\ntwo');
    expect(codeBlockText(' \n\t\n')).toBe('');
  });

  it('keeps a long run of spaces between words (no backtracking regular expression)', () => {
    const raw = `x${' '.repeat(200_000)}y\n${' '.repeat(200_000)}`;
    expect(codeBlockText(raw)).toBe(`x${' '.repeat(200_000)}y`);
  });
});

describe('proseText', () => {
  it('folds whitespace, including no-break spaces and newlines, and trims', () => {
    expect(proseText('  a\u00a0 b\n\tc  ')).toBe('a b c');
  });
});
