import { describe, expect, it } from 'vitest';
import { fileBaseName, uniqueFileName } from '../../../../shared/text/fileName';
import { shorten } from '../../../../shared/text/shorten';

describe('file names from titles', () => {
  it('drops characters no OS allows and never returns nothing', () => {
    expect(fileBaseName('a/b: c? <d> "e" #f')).toBe('a b c d e f');
    expect(fileBaseName('...hidden')).toBe('hidden');
    expect(fileBaseName(' \u0007 ')).toBe('Untitled');
    expect(fileBaseName('x'.repeat(200))).toHaveLength(80);
  });

  it('numbers repeats, ignoring case', () => {
    const taken = new Set<string>();
    expect(['Notes', 'notes', 'Notes'].map((t) => uniqueFileName(t, 'md', taken))).toEqual(['Notes.md', 'notes (2).md', 'Notes (3).md']);
  });
});

describe('shorten', () => {
  it('flattens whitespace and cuts with an ellipsis', () => {
    expect(shorten('a\n\nb   c', 10)).toBe('a b c');
    expect(shorten('abcdefghij', 5)).toBe('abcd…');
  });
});
