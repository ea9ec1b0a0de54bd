import { describe, expect, it } from 'vitest';
import { terminalField, terminalSafe } from '../../../../shared/text/terminalSafe';

describe('terminal-safe text', () => {
  it('shows escape sequences, bells and carriage returns as visible escapes', () => {
    const hostile = 'Title\u001b]0;pwned\u0007\u001b[2J\rover\u009b31m';
    const safe = terminalSafe(hostile);
    expect(safe).not.toMatch(/(?![\n\t])\p{Cc}/u);
    expect(safe).toBe('Title\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{d}over\\u{9b}31m');
  });

  it('shows bidi overrides and isolates, zero-width characters and the BOM', () => {
    expect(terminalSafe('invoice\u202Efdp.exe')).toBe('invoice\\u{202e}fdp.exe');
    expect(terminalSafe('a\u2066b\u2069\u200bc\ufeff')).toBe('a\\u{2066}b\\u{2069}\\u{200b}c\\u{feff}');
  });

  it('keeps every ordinary character, line feeds and tabs', () => {
    const text = 'Résumé — “quoted” 漢字 😀 non\u2011breaking\nnext\tcolumn';
    expect(terminalSafe(text)).toBe(text);
  });

  it('turns tabs and line breaks inside a table field into spaces', () => {
    expect(terminalField('a\tb\n\nc\u001b')).toBe('a b c\\u{1b}');
  });
});
