/**
 * The native menu. Items that act on the page send a {@link MenuCommand} to the renderer,
 * which owns the shortcut handling, so shortcuts behave the same in the menu and in the page.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api';
import { SHORTCUTS } from '../../shared/shortcuts';

/** Builds the menu template; `send` delivers a command to the focused window's page. */
export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, id: MenuCommand): MenuItemConstructorOptions => ({
    label,
    id,
    accelerator: SHORTCUTS[id].accelerator,
    // The page handles the key itself; registering it here too would fire the command twice.
    registerAccelerator: false,
    click: () => send(id),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        command('&Open…', 'open-file'),
        command('&Export Markdown…', 'export-markdown'),
        command('&Import Annotations…', 'import-annotations'),
        command('Replace with New &Version…', 'replace-version'),
        { type: 'separator' },
        command('&Share as Packet…', 'share-packet'),
        command('&Hand In…', 'hand-in'),
        command('Export Han&dout…', 'export-handout'),
        command('&Print…', 'print'),
        { type: 'separator' },
        command('&Library', 'show-library'),
        command('Sear&ch Library…', 'search-library'),
        command('&Restore from Backup…', 'restore-backup'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: '&Quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        command('&Undo', 'undo'),
        command('&Redo', 'redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('&Find in Document…', 'find-in-document'),
      ],
    },
    {
      label: '&Annotate',
      submenu: [
        command('&Highlight Selection', 'highlight'),
        command('&Change Colour', 'cycle-color'),
        command('Edit &Note', 'edit-note'),
        { type: 'separator' },
        command('Ne&xt Highlight', 'next-highlight'),
        command('&Previous Highlight', 'previous-highlight'),
        { type: 'separator' },
        command('&Filter Highlights…', 'focus-filter'),
        command('&Manage Tags…', 'manage-tags'),
      ],
    },
    {
      label: '&View',
      submenu: [
        command('&Statistics', 'show-statistics'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
  ];
  if (isMac) template.unshift({ role: 'appMenu' });
  return template;
}
