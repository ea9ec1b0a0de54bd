import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/api';
import { FIND_BAR_KEYS, SHORTCUTS, ariaKeyShortcut, findBarAction, matchesShortcut, shortcutLabel } from '../../../shared/shortcuts';

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

  it('matches Ctrl on Windows/Linux and Cmd on macOS, and nothing with extra modifiers', () => {
    const highlight = SHORTCUTS.highlight;
    expect(matchesShortcut(key('H', { ctrlKey: true, shiftKey: true }), highlight, false)).toBe(true);
    expect(matchesShortcut(key('h', { metaKey: true, shiftKey: true }), highlight, true)).toBe(true);
    expect(matchesShortcut(key('h', { metaKey: true, shiftKey: true }), highlight, false)).toBe(false);
    expect(matchesShortcut(key('h', { ctrlKey: true }), highlight, false)).toBe(false);
    expect(matchesShortcut(key('h', { ctrlKey: true, shiftKey: true, altKey: true }), highlight, false)).toBe(false);
    expect(matchesShortcut(key('z', { ctrlKey: true }), SHORTCUTS.undo, false)).toBe(true);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), SHORTCUTS.undo, false)).toBe(false);
    expect(matchesShortcut(key('ArrowDown', { altKey: true }), SHORTCUTS['next-highlight'], false)).toBe(true);
  });

  it('finds in the document with Ctrl+F (⌘F)', () => {
    expect(shortcutLabel(SHORTCUTS['find-in-document'], false)).toBe('Ctrl+F');
    expect(shortcutLabel(SHORTCUTS['find-in-document'], true)).toBe('⌘F');
    expect(matchesShortcut(key('f', { ctrlKey: true }), SHORTCUTS['find-in-document'], false)).toBe(true);
    expect(matchesShortcut(key('F', { ctrlKey: true, shiftKey: true }), SHORTCUTS['find-in-document'], false)).toBe(false);
  });

  it('steps through find matches with Enter and F3, back with Shift, and closes with Escape', () => {
    expect(findBarAction(key('Enter'))).toBe('next');
    expect(findBarAction(key('F3'))).toBe('next');
    expect(findBarAction(key('Enter', { shiftKey: true }))).toBe('previous');
    expect(findBarAction(key('F3', { shiftKey: true }))).toBe('previous');
    expect(findBarAction(key('Escape'))).toBe('close');
    expect(findBarAction(key('Enter', { ctrlKey: true }))).toBeNull();
    expect(findBarAction(key('a'))).toBeNull();
    expect(FIND_BAR_KEYS.next).toBe('Enter or F3');
    expect(FIND_BAR_KEYS.previous).toBe('Shift+Enter or Shift+F3');
  });

  it('opens the library search with Ctrl+Shift+F and focuses the sidebar filter with Ctrl+Alt+F', () => {
    expect(shortcutLabel(SHORTCUTS['search-library'], false)).toBe('Ctrl+Shift+F');
    expect(SHORTCUTS['search-library'].accelerator).toBe('CmdOrCtrl+Shift+F');
    expect(shortcutLabel(SHORTCUTS['focus-filter'], false)).toBe('Ctrl+Alt+F');
    expect(shortcutLabel(SHORTCUTS['focus-filter'], true)).toBe('⌘⌥F');
    expect(matchesShortcut(key('F', { ctrlKey: true, shiftKey: true }), SHORTCUTS['search-library'], false)).toBe(true);
    expect(matchesShortcut(key('f', { ctrlKey: true, altKey: true }), SHORTCUTS['focus-filter'], false)).toBe(true);
  });

  it('writes labels the way each platform does', () => {
    expect(shortcutLabel(SHORTCUTS.highlight, false)).toBe('Ctrl+Shift+H');
    expect(shortcutLabel(SHORTCUTS.highlight, true)).toBe('⌘⇧H');
    expect(shortcutLabel(SHORTCUTS['open-file'], false)).toBe('Ctrl+O');
    expect(shortcutLabel(SHORTCUTS['next-highlight'], false)).toBe('Alt+↓');
    expect(shortcutLabel(SHORTCUTS['next-highlight'], true)).toBe('⌥↓');
  });

  it('writes Electron accelerators and aria-keyshortcuts for the same keys', () => {
    expect(SHORTCUTS.highlight.accelerator).toBe('CmdOrCtrl+Shift+H');
    expect(SHORTCUTS['previous-highlight'].accelerator).toBe('Alt+Up');
    expect(ariaKeyShortcut(SHORTCUTS.highlight, false)).toBe('Control+Shift+H');
    expect(ariaKeyShortcut(SHORTCUTS['next-highlight'], true)).toBe('Alt+ArrowDown');
    for (const command of MENU_COMMANDS) {
      const s = SHORTCUTS[command];
      expect(s.accelerator.split('+').includes('Shift')).toBe(s.shift);
      expect(s.accelerator.startsWith('CmdOrCtrl')).toBe(s.mod);
    }
  });
});
