/**
 * Main process entry: single-instance lock, secure window, menu and IPC over the services.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { MENU_COMMAND_CHANNEL, PROGRESS_CHANNEL, type MenuCommand, type ProgressEvent } from '../../shared/api';
import { mkdir } from 'node:fs/promises';
import { openLibraryAccess } from '../services/libraryAccess';
import { createServices } from '../services/createServices';
import { electronDialogs } from './electronDialogs';
import { registerApi, trustedSender } from './ipc';
import { createUserApi } from './userApi';
import { buildMenuTemplate } from './menu';
import { denyAllPermissions, lockDownWebContents } from './security';
import { appUrl, createMainWindow } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the bundled sample articles are, in development and when packaged. */
function samplesDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'samples') : path.join(here, '../../assets/samples');
}

function sendToFocusedWindow(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  target?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function sendProgress(event: ProgressEvent): void {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(PROGRESS_CHANNEL, event);
}

async function start(): Promise<void> {
  await app.whenReady();
  const isTrusted = trustedSender(appUrl());
  denyAllPermissions(session.defaultSession);
  lockDownWebContents(app, (url) => isTrusted(url));
  const dataDir = process.env['MARGINALIA_DATA_DIR'] ?? app.getPath('userData');
  await mkdir(dataDir, { recursive: true });
  // One writer at a time: the app holds the library lock for its lifetime; it waits briefly
  // for a command that holds it, and otherwise opens the library read-only and says why.
  const access = await openLibraryAccess({ dataDir, want: 'write', holder: 'app' });
  app.on('will-quit', access.release);
  const services = await createServices({
    dataDir,
    samplesDir: samplesDir(),
    ...(access.reason !== null ? { readOnly: true, readOnlyReason: access.reason, startupNotice: access.reason } : {}),
    onProgress: sendProgress,
  });
  registerApi(ipcMain, createUserApi(services, electronDialogs()), isTrusted);
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(sendToFocusedWindow)));
  let mainWindow = createMainWindow();

  app.on('second-instance', () => {
    if (mainWindow.isDestroyed()) mainWindow = createMainWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
}

app.enableSandbox();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('[marginalia] failed to start:', error);
    const detail = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(
      'Marginalia could not open your library',
      `${detail}\n\nNothing in your data folder was deleted or overwritten:\n${app.getPath('userData')}`,
    );
    app.exit(1);
  });
}
