/**
 * Keyboard shortcuts, defined once: the native menu shows `accelerator`, the page matches key
 * events with {@link matchesShortcut}, and tooltips and menus show {@link shortcutLabel}.
 */
import type { MenuCommand } from './api';

/** A key combination: `mod` is Ctrl on Windows/Linux and Cmd on macOS. */
export interface Shortcut {
  /** `KeyboardEvent.key`, lower-cased ("h", "arrowdown"). */
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** How the key is written in labels ("H", "↓"). */
  keyLabel: string;
  /** Electron accelerator string for the same keys. */
  accelerator: string;
}

function shortcut(key: string, mods: { mod?: boolean; shift?: boolean; alt?: boolean }, keyLabel: string, acceleratorKey: string): Shortcut {
  const { mod = false, shift = false, alt = false } = mods;
  const accelerator = [mod ? 'CmdOrCtrl' : '', alt ? 'Alt' : '', shift ? 'Shift' : '', acceleratorKey].filter(Boolean).join('+');
  return { key, mod, shift, alt, keyLabel, accelerator };
}

const letter = (c: string, mods: { mod?: boolean; shift?: boolean; alt?: boolean }) => shortcut(c, mods, c.toUpperCase(), c.toUpperCase());

export const SHORTCUTS: Readonly<Record<MenuCommand, Shortcut>> = {
  'open-file': letter('o', { mod: true }),
  'export-markdown': letter('e', { mod: true, shift: true }),
  'import-annotations': letter('u', { mod: true, shift: true }),
  'show-library': letter('l', { mod: true, shift: true }),
  'restore-backup': letter('b', { mod: true, shift: true }),
  undo: letter('z', { mod: true }),
  redo: letter('z', { mod: true, shift: true }),
  highlight: letter('h', { mod: true, shift: true }),
  'cycle-color': letter('k', { mod: true, shift: true }),
  'edit-note': letter('n', { mod: true, shift: true }),
  'next-highlight': shortcut('arrowdown', { alt: true }, '↓', 'Down'),
  'previous-highlight': shortcut('arrowup', { alt: true }, '↑', 'Up'),
  'focus-filter': letter('f', { mod: true, alt: true }),
  'manage-tags': letter('t', { mod: true, shift: true }),
  'share-packet': letter('s', { mod: true, shift: true }),
  'hand-in': letter('d', { mod: true, shift: true }),
  'export-handout': letter('p', { mod: true, shift: true }),
  print: letter('p', { mod: true }),
  'replace-version': letter('r', { mod: true, shift: true }),
  'show-statistics': letter('g', { mod: true, shift: true }),
  'find-in-document': letter('f', { mod: true }),
  'search-library': letter('f', { mod: true, shift: true }),
};

/** What a key does while the find bar is open. */
export type FindBarAction = 'next' | 'previous' | 'close';

/** The find bar's own keys, as tooltips write them. */
export const FIND_BAR_KEYS: Readonly<Record<FindBarAction, string>> = {
  next: 'Enter or F3',
  previous: 'Shift+Enter or Shift+F3',
  close: 'Escape',
};

/** The find bar's action for a key: Enter/F3 next, with Shift previous, Escape close; else null. */
export function findBarAction(event: KeyLike): FindBarAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Escape' && !event.shiftKey) return 'close';
  if (event.key === 'Enter' || event.key === 'F3') return event.shiftKey ? 'previous' : 'next';
  return null;
}

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
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  return (
    event.key.toLowerCase() === shortcut.key &&
    mod === shortcut.mod &&
    !otherMod &&
    event.shiftKey === shortcut.shift &&
    event.altKey === shortcut.alt
  );
}

/** Human-readable label such as "Ctrl+Shift+H", "Alt+↓" or "⌘⇧H". */
export function shortcutLabel(shortcut: Shortcut, isMac: boolean): string {
  if (isMac) return `${shortcut.mod ? '⌘' : ''}${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${shortcut.keyLabel}`;
  return [shortcut.mod ? 'Ctrl' : '', shortcut.alt ? 'Alt' : '', shortcut.shift ? 'Shift' : '', shortcut.keyLabel].filter(Boolean).join('+');
}

/** The value for an element's aria-keyshortcuts attribute, e.g. "Control+Shift+H". */
export function ariaKeyShortcut(shortcut: Shortcut, isMac: boolean): string {
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key.replace('arrow', 'Arrow').replace(/Arrow(.)/, (_m, c: string) => `Arrow${c.toUpperCase()}`);
  return [shortcut.mod ? (isMac ? 'Meta' : 'Control') : '', shortcut.alt ? 'Alt' : '', shortcut.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}
