/**
 * Keyboard shortcuts, defined once: the native menu shows `accelerator`, the page matches
 * key events with {@link matchesShortcut}, and tooltips show {@link shortcutLabel}.
 */
import type { MenuCommand } from './api';

/** A key combination: `mod` is Ctrl on Windows/Linux and Cmd on macOS. */
export interface Shortcut {
  key: string;
  mod: boolean;
  shift: boolean;
  /** Electron accelerator string for the same keys. */
  accelerator: string;
}

export const SHORTCUTS: Readonly<Record<MenuCommand, Shortcut>> = {
  'open-file': { key: 'o', mod: true, shift: false, accelerator: 'CmdOrCtrl+O' },
  'export-markdown': { key: 'e', mod: true, shift: true, accelerator: 'CmdOrCtrl+Shift+E' },
  'show-library': { key: 'l', mod: true, shift: true, accelerator: 'CmdOrCtrl+Shift+L' },
  highlight: { key: 'h', mod: true, shift: true, accelerator: 'CmdOrCtrl+Shift+H' },
  'restore-backup': { key: 'b', mod: true, shift: true, accelerator: 'CmdOrCtrl+Shift+B' },
};

/** The minimal shape of a keyboard event this module reads. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** True when `event` is the shortcut; `isMac` decides whether Cmd or Ctrl is the modifier. */
export function matchesShortcut(event: KeyLike, shortcut: Shortcut, isMac: boolean): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  return (
    event.key.toLowerCase() === shortcut.key &&
    mod === shortcut.mod &&
    event.shiftKey === shortcut.shift &&
    !event.altKey
  );
}

/** Human-readable label such as "Ctrl+Shift+H" or "⌘⇧H". */
export function shortcutLabel(shortcut: Shortcut, isMac: boolean): string {
  const key = shortcut.key.toUpperCase();
  if (isMac) return `${shortcut.mod ? '⌘' : ''}${shortcut.shift ? '⇧' : ''}${key}`;
  return [shortcut.mod ? 'Ctrl' : '', shortcut.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}
