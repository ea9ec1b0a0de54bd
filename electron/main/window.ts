import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { rendererUrl } from './rendererUrl';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The URL the renderer is loaded from: the built file, or a local dev server in development
 * only (a packaged app ignores ELECTRON_RENDERER_URL; see {@link rendererUrl}).
 */
export function appUrl(): string {
  return rendererUrl({ isPackaged: app.isPackaged, env: process.env, builtIndexPath: path.join(here, '../renderer/index.html') });
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
