import { describe, expect, it } from 'vitest';
import { MAX_TITLE_CHARS, checkDocumentTitle } from '../../../../shared/library/documentTitle';

describe('checkDocumentTitle', () => {
  it('trims and keeps one line', () => {
    expect(checkDocumentTitle('  Notes on\n\tMoscow  ')).toEqual({ ok: true, title: 'Notes on Moscow' });
    expect(checkDocumentTitle('a\u0000b\u2028c')).toEqual({ ok: true, title: 'a b c' });
  });

  it('refuses an empty title with a sentence saying so', () => {
    for (const raw of ['', '   ', '\n\t\u0007']) {
      const check = checkDocumentTitle(raw);
      expect(check.ok).toBe(false);
      expect(!check.ok && check.message).toMatch(/cannot be empty/);
    }
  });

  it('refuses an over-long title, saying how long it may be', () => {
    expect(checkDocumentTitle('x'.repeat(MAX_TITLE_CHARS)).ok).toBe(true);
    const check = checkDocumentTitle('x'.repeat(MAX_TITLE_CHARS + 1));
    expect(check).toEqual({ ok: false, message: expect.stringContaining(`at most ${MAX_TITLE_CHARS} characters`) });
  });
});
