/**
 * Main process entry: single-instance lock, secure window, menu and IPC over the services.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { DROPPED_FILES_CHANNEL, FILE_OPENED_CHANNEL, MENU_COMMAND_CHANNEL, PROGRESS_CHANNEL, type MenuCommand, type ProgressEvent } from '../../shared/api';
import { mkdir } from 'node:fs/promises';
import { openLibraryAccess } from '../services/libraryAccess';
import { createServices } from '../services/createServices';
import { electronDialogs } from './electronDialogs';
import { registerApi, trustedSender } from './ipc';
import { createUserApi } from './userApi';
import { buildMenuTemplate } from './menu';
import { filesInArgv } from './openFiles';
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
  const userApi = createUserApi(services, electronDialogs());
  registerApi(ipcMain, userApi, isTrusted);
  ipcMain.handle(DROPPED_FILES_CHANNEL, async (event, paths: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrusted(frame.url)) return [];
    return userApi.openPaths(Array.isArray(paths) ? paths : []);
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(sendToFocusedWindow)));
  let mainWindow = createMainWindow();

  // Files double-clicked in the file manager: opened like File → Open…, each result shown in the window.
  const openFromOutside = async (files: readonly string[]) => {
    if (files.length === 0) return;
    const opened = await userApi.openPaths(files);
    const deliver = () => opened.forEach((o) => mainWindow.webContents.send(FILE_OPENED_CHANNEL, o));
    if (mainWindow.webContents.isLoading()) mainWindow.webContents.once('did-finish-load', deliver);
    else deliver();
  };
  stopQueueingFiles(openFromOutside);
  void openFromOutside(filesInArgv(process.argv));

  app.on('second-instance', (_event, argv) => {
    if (mainWindow.isDestroyed()) mainWindow = createMainWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    void openFromOutside(filesInArgv(argv));
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
}

/** macOS sends a double-clicked file as an event, possibly before the library is open: queue it until then. */
let queuedFiles: string[] | null = [];
let openQueued: ((files: readonly string[]) => Promise<void>) | null = null;
app.on('open-file', (event, file) => {
  event.preventDefault();
  if (queuedFiles) queuedFiles.push(file);
  else void openQueued?.([file]);
});
function stopQueueingFiles(open: (files: readonly string[]) => Promise<void>): void {
  openQueued = open;
  const files = queuedFiles ?? [];
  queuedFiles = null;
  void open(files);
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
