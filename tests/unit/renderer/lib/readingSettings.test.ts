import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  FONT_SIZES,
  SETTINGS_KEY,
  loadSettings,
  parseSettings,
  resolveTheme,
  saveSettings,
  settingsVariables,
  type ReadingSettings,
} from '../../../../renderer/src/lib/readingSettings';

/** A real in-memory Storage-like map (the two methods the settings use). */
function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe('parseSettings', () => {
  it('gives the defaults for nothing stored, broken JSON and non-objects', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"theme":')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('42')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('null')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('["dark"]')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid value and replaces each bad one with its default', () => {
    const stored = JSON.stringify({ theme: 'neon', fontStep: 4, lineWidth: 'narrow', lineSpacing: 3, typeface: 'sans' });
    expect(parseSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, fontStep: 4, lineWidth: 'narrow', typeface: 'sans' });
  });

  it('refuses font steps out of range or not whole', () => {
    for (const fontStep of [-1, FONT_SIZES.length, 1.5, '2', null]) {
      expect(parseSettings(JSON.stringify({ fontStep })).fontStep).toBe(DEFAULT_SETTINGS.fontStep);
    }
  });

  it('does not take inherited names such as toString as a choice', () => {
    expect(parseSettings(JSON.stringify({ lineWidth: 'toString', theme: 'constructor' }))).toEqual(DEFAULT_SETTINGS);
  });
});

describe('loadSettings and saveSettings', () => {
  it('round-trip the settings through storage', () => {
    const storage = memoryStorage();
    const chosen: ReadingSettings = { theme: 'sepia', fontStep: 0, lineWidth: 'wide', lineSpacing: 'loose', typeface: 'sans' };
    saveSettings(storage, chosen);
    expect(storage.map.has(SETTINGS_KEY)).toBe(true);
    expect(loadSettings(storage)).toEqual(chosen);
  });

  it('fall back to the defaults when storage is missing or throws', () => {
    expect(loadSettings(null)).toEqual(DEFAULT_SETTINGS);
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadSettings(throwing)).toEqual(DEFAULT_SETTINGS);
    expect(() => saveSettings(throwing, DEFAULT_SETTINGS)).not.toThrow();
  });
});

describe('resolveTheme', () => {
  it('follows the system only for the system choice', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('sepia', true)).toBe('sepia');
    expect(resolveTheme('light', true)).toBe('light');
  });
});

describe('settingsVariables', () => {
  it('turns each setting into its CSS variable', () => {
    const vars = settingsVariables({ theme: 'dark', fontStep: 4, lineWidth: 'narrow', lineSpacing: 'tight', typeface: 'sans' });
    expect(vars['--reading-font-size']).toBe(`${FONT_SIZES[4]}rem`);
    expect(vars['--reading-measure']).toBe('32rem');
    expect(vars['--reading-line-height']).toBe('1.45');
    expect(vars['--reading-font']).toContain('sans-serif');
  });
});
