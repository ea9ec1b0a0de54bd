import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../../shared/api';
import { SHORTCUTS } from '../../../../shared/shortcuts';
import { buildMenuTemplate } from '../../../../electron/main/menu';

function items(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label === label);
  if (!menu) throw new Error(`no ${label} menu`);
  return menu.submenu as MenuItemConstructorOptions[];
}

describe('buildMenuTemplate', () => {
  it('has File → Open…, Export Markdown… and Quit, with their shortcuts shown', () => {
    const sent: MenuCommand[] = [];
    const file = items(buildMenuTemplate((c) => sent.push(c), 'linux'), '&File');
    const open = file.find((i) => i.label === '&Open…')!;
    const exportItem = file.find((i) => i.label === '&Export Markdown…')!;
    expect(open.accelerator).toBe(SHORTCUTS['open-file'].accelerator);
    expect(exportItem.accelerator).toBe(SHORTCUTS['export-markdown'].accelerator);
    expect(file.some((i) => i.role === 'quit')).toBe(true);

    (open.click as () => void)();
    (exportItem.click as () => void)();
    expect(sent).toEqual(['open-file', 'export-markdown']);
  });

  it('lets the page own the shortcuts so they do not fire twice', () => {
    const template = buildMenuTemplate(() => {}, 'win32');
    const commandItems = template.flatMap((m) => (m.submenu as MenuItemConstructorOptions[]) ?? []).filter((i) => i.accelerator);
    expect(commandItems.length).toBe(MENU_COMMANDS.length);
    expect(commandItems.every((i) => i.registerAccelerator === false)).toBe(true);
  });

  it('offers File → Search Library… with Ctrl+Shift+F', () => {
    const sent: MenuCommand[] = [];
    const file = items(buildMenuTemplate((c) => sent.push(c), 'linux'), '&File');
    const search = file.find((i) => i.id === 'search-library')!;
    expect(search.label).toBe('Sear&ch Library…');
    expect(search.accelerator).toBe('CmdOrCtrl+Shift+F');
    (search.click as () => void)();
    expect(sent).toEqual(['search-library']);
  });

  it('adds the app menu and Close on macOS', () => {
    const template = buildMenuTemplate(() => {}, 'darwin');
    expect(template[0]?.role).toBe('appMenu');
    expect(items(template, '&File').some((i) => i.role === 'close')).toBe(true);
  });

  it('offers every command exactly once', () => {
    const template = buildMenuTemplate(() => {}, 'linux');
    const ids = template.flatMap((m) => (m.submenu as MenuItemConstructorOptions[]) ?? []).map((i) => i.id).filter(Boolean);
    expect([...ids].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('offers Find in Document… in the Edit menu with Ctrl+F', () => {
    const sent: MenuCommand[] = [];
    const edit = items(buildMenuTemplate((c) => sent.push(c), 'linux'), '&Edit');
    const find = edit.find((i) => i.id === 'find-in-document')!;
    expect(find.label).toBe('&Find in Document…');
    expect(find.accelerator).toBe('CmdOrCtrl+F');
    (find.click as () => void)();
    expect(sent).toEqual(['find-in-document']);
  });

  it('offers Highlight Selection in an Annotate menu', () => {
    const sent: MenuCommand[] = [];
    const annotate = items(buildMenuTemplate((c) => sent.push(c), 'linux'), '&Annotate');
    (annotate[0]!.click as () => void)();
    expect(sent).toEqual(['highlight']);
    expect(annotate[0]!.accelerator).toBe('CmdOrCtrl+Shift+H');
  });
});

describe('the View menu', () => {
  it('offers Statistics with its shortcut', () => {
    const sent: MenuCommand[] = [];
    const view = items(buildMenuTemplate((c) => sent.push(c), 'linux'), '&View');
    const statistics = view.find((i) => i.id === 'show-statistics')!;
    expect(statistics.label).toBe('&Statistics');
    expect(statistics.accelerator).toBe('CmdOrCtrl+Shift+G');
    (statistics.click as () => void)();
    expect(sent).toEqual(['show-statistics']);
  });
});
