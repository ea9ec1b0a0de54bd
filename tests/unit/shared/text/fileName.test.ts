import { describe, expect, it } from 'vitest';
import { fileBaseName, uniqueFileName } from '../../../../shared/text/fileName';

const WINDOWS_RESERVED = ['CON', 'con', 'PRN', 'AUX', 'aux', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9', 'CONIN$', 'CONOUT$', 'COM¹', 'LPT³'];

describe('file names from titles', () => {
  it('drops characters no OS allows and never returns nothing', () => {
    expect(fileBaseName('a/b: c? <d> "e" #f')).toBe('a b c d e f');
    expect(fileBaseName('...hidden')).toBe('hidden');
    expect(fileBaseName(' \u0007 ')).toBe('Untitled');
    expect(fileBaseName('x'.repeat(200))).toHaveLength(80);
  });

  it('cuts on code-point boundaries, never inside a surrogate pair', () => {
    const name = fileBaseName(`${'a'.repeat(79)}😀😀`);
    expect(name).toBe('a'.repeat(79));
    expect(fileBaseName(`${'a'.repeat(78)}😀😀`)).toBe(`${'a'.repeat(78)}😀`);
    expect(name).not.toMatch(/[\uD800-\uDFFF]/u);
    for (let n = 70; n < 90; n++) expect(fileBaseName('😀'.repeat(n))).not.toMatch(/\uD83D(?![\uDC00-\uDFFF])/u);
  });

  it('normalises to NFC, so the same title decomposed gives the same name', () => {
    expect(fileBaseName('Re\u0301sume\u0301')).toBe('R\u00e9sum\u00e9');
  });

  it('strips format characters that disguise a name (bidi overrides, zero-width)', () => {
    expect(fileBaseName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(fileBaseName('a\u200Bb\u2066c\u2069d\uFEFF')).toBe('abcd');
  });

  it('renames Windows-reserved device names, with or without an extension', () => {
    for (const name of WINDOWS_RESERVED) expect(fileBaseName(name).toUpperCase()).not.toBe(name.toUpperCase());
    expect(fileBaseName('nul.txt')).not.toMatch(/^nul(\.|$)/i);
    expect(fileBaseName('Aux.notes')).not.toMatch(/^aux(\.|$)/i);
    expect(fileBaseName('Console')).toBe('Console');
  });

  it('renames dot-only names and drops trailing dots and spaces (Windows strips them)', () => {
    expect(fileBaseName('.')).toBe('Untitled');
    expect(fileBaseName('..')).toBe('Untitled');
    expect(fileBaseName('. . .')).toBe('Untitled');
    expect(fileBaseName('Notes. . ')).toBe('Notes');
  });

  it('numbers repeats, ignoring case', () => {
    const taken = new Set<string>();
    expect(['Notes', 'notes', 'Notes'].map((t) => uniqueFileName(t, 'md', taken))).toEqual(['Notes.md', 'notes (2).md', 'Notes (3).md']);
  });

  it('never gives two titles the same file, whatever their case, normalisation or invisible characters', () => {
    const taken = new Set<string>(['index.md']);
    const titles = ['Résumé', 'Re\u0301sume\u0301', 'RÉSUMÉ', 'Ré\u200Bsumé', 'index', 'INDEX', 'a/b', 'a:b', 'a b', 'x'.repeat(100), `${'x'.repeat(80)}y`];
    const names = titles.map((t) => uniqueFileName(t, 'md', taken));
    const keys = names.map((n) => n.normalize('NFC').toLowerCase());
    expect(new Set(keys).size).toBe(names.length);
    expect(keys).not.toContain('index.md');
  });
});
