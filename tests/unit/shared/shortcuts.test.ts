import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/api';
import { SHORTCUTS, matchesShortcut, shortcutLabel } from '../../../shared/shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('gives every menu command a distinct shortcut', () => {
    const labels = MENU_COMMANDS.map((c) => shortcutLabel(SHORTCUTS[c], false));
    expect(new Set(labels).size).toBe(MENU_COMMANDS.length);
  });

  it('matches Ctrl on Windows/Linux and Cmd on macOS', () => {
    const highlight = SHORTCUTS.highlight;
    expect(matchesShortcut(key('H', { ctrlKey: true, shiftKey: true }), highlight, false)).toBe(true);
    expect(matchesShortcut(key('h', { metaKey: true, shiftKey: true }), highlight, true)).toBe(true);
    expect(matchesShortcut(key('h', { metaKey: true, shiftKey: true }), highlight, false)).toBe(false);
    expect(matchesShortcut(key('h', { ctrlKey: true }), highlight, false)).toBe(false);
    expect(matchesShortcut(key('h', { ctrlKey: true, shiftKey: true, altKey: true }), highlight, false)).toBe(false);
  });

  it('writes labels the way each platform does', () => {
    expect(shortcutLabel(SHORTCUTS.highlight, false)).toBe('Ctrl+Shift+H');
    expect(shortcutLabel(SHORTCUTS.highlight, true)).toBe('⌘⇧H');
    expect(shortcutLabel(SHORTCUTS['open-file'], false)).toBe('Ctrl+O');
  });

  it('keeps the Electron accelerators in step with the keys', () => {
    for (const command of MENU_COMMANDS) {
      const s = SHORTCUTS[command];
      const expected = [s.mod ? 'CmdOrCtrl' : '', s.shift ? 'Shift' : '', s.key.toUpperCase()].filter(Boolean).join('+');
      expect(s.accelerator).toBe(expected);
    }
  });
});
