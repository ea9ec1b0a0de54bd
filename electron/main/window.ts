import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The URL the renderer is loaded from: the dev server in development, the built file otherwise. */
export function appUrl(): string {
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (devServer) return new URL('index.html', devServer.endsWith('/') ? devServer : `${devServer}/`).href;
  return pathToFileURL(path.join(here, '../renderer/index.html')).href;
}

/** Creates the main window with the hardened settings of Electron's security checklist. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Marginalia',
    backgroundColor: '#faf8f3',
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl());
  return window;
}
