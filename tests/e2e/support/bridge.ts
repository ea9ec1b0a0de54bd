/**
 * The e2e bridge: the built renderer in Chromium talks to the REAL services (real lowdb files
 * in a temp folder) through the same API contract the preload exposes in Electron.
 * Only the native dialogs are scripted, because a test cannot click an OS file picker; they are
 * composed with the services by the same `createUserApi` main uses.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { API_NAMES, type ApiHandlers, type MenuCommand } from '../../../shared/api';
import { dispatchCall } from '../../../shared/dispatch';
import { createUserApi } from '../../../electron/main/userApi';
import { createServices } from '../../../electron/services/createServices';
import { ScriptedDialogs } from './scriptedDialogs';

export const SAMPLES_DIR = path.resolve('assets/samples');

/** One running "app": services over a data folder, and the page wired to them. */
export class AppSession {
  private constructor(
    readonly page: Page,
    readonly handlers: ApiHandlers,
    readonly dialogs: ScriptedDialogs,
    readonly dataDir: string,
  ) {}

  /** Starts services on `dataDir` (as the main process would) and loads the renderer in `page`. */
  static async start(page: Page, dataDir: string): Promise<AppSession> {
    const dialogs = new ScriptedDialogs();
    const services = await createServices({
      dataDir,
      samplesDir: SAMPLES_DIR,
      // As main does with webContents.send: progress reaches the page's onProgress listeners.
      onProgress: (event) => {
        void page
          .evaluate((e) => (window as unknown as { __marginaliaEmitProgress: (e: unknown) => void }).__marginaliaEmitProgress(e), event)
          .catch(() => {});
      },
    });
    // As main does: the renderer's API asks the (scripted) user, then calls the data-only services.
    const handlers = createUserApi(services, dialogs);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.exposeBinding('__marginaliaInvoke', async (source, name: unknown, input: unknown) => {
      // Same rule as main's sender check: only the app's own top frame may call.
      if (source.frame !== source.page.mainFrame()) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This page may not use the Marginalia API.' } };
      }
      return dispatchCall(handlers, name, input, (error) => errors.push(String(error)));
    });
    await page.addInitScript((names: readonly string[]) => {
      type Listener = (command: string) => void;
      const listeners = new Set<Listener>();
      const invoke = (n: string, i: unknown) =>
        (window as unknown as { __marginaliaInvoke: (n: string, i: unknown) => Promise<unknown> }).__marginaliaInvoke(n, i);
      const api: Record<string, unknown> = Object.fromEntries(names.map((n) => [n, (input: unknown) => invoke(n, input ?? {})]));
      api['onMenuCommand'] = (listener: Listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      };
      Object.defineProperty(window, '__marginaliaEmitMenuCommand', {
        value: (command: string) => listeners.forEach((l) => l(command)),
      });
      const progressListeners = new Set<(event: unknown) => void>();
      api['onProgress'] = (listener: (event: unknown) => void) => {
        progressListeners.add(listener);
        return () => progressListeners.delete(listener);
      };
      Object.defineProperty(window, '__marginaliaEmitProgress', {
        value: (event: unknown) => progressListeners.forEach((l) => l(event)),
      });
      Object.defineProperty(window, 'marginalia', { value: Object.freeze(api) });
    }, API_NAMES);
    const session = new AppSession(page, handlers, dialogs, dataDir);
    session.errors = errors;
    await page.goto('/index.html');
    return session;
  }

  /** Console errors and uncaught page errors seen so far; tests assert it stays empty. */
  errors: string[] = [];

  /** Sends a native-menu command, as main does when the user picks a menu item. */
  async menu(command: MenuCommand): Promise<void> {
    await this.page.evaluate((c) => (window as unknown as { __marginaliaEmitMenuCommand: (c: string) => void }).__marginaliaEmitMenuCommand(c), command);
  }
}
