/**
 * The e2e bridge: the built renderer in Chromium talks to the REAL services (real lowdb files
 * in a temp folder) through the same API contract the preload exposes in Electron.
 * Only the native dialogs are scripted, because a test cannot click an OS file picker; they are
 * composed with the services by the same `createUserApi` main uses.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { API_NAMES, type ApiName, type MenuCommand } from '../../../shared/api';
import { dispatchCall } from '../../../shared/dispatch';
import { createUserApi, type UserApi } from '../../../electron/main/userApi';
import type { ServiceHandlers } from '../../../electron/services/serviceApi';
import { createServices } from '../../../electron/services/createServices';
import { ScriptedDialogs } from './scriptedDialogs';

export const SAMPLES_DIR = path.resolve('assets/samples');

/** One running "app": services over a data folder, and the page wired to them. */
export class AppSession {
  private constructor(
    readonly page: Page,
    readonly handlers: UserApi,
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
    // Filled in below; the invoke binding only runs once the page has loaded, after that.
    // eslint-disable-next-line prefer-const
    let session: AppSession;
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.exposeBinding('__marginaliaInvoke', async (source, name: unknown, input: unknown) => {
      // Same rule as main's sender check: only the app's own top frame may call.
      if (source.frame !== source.page.mainFrame()) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This page may not use the Marginalia API.' } };
      }
      // The gate in force when the call starts: a hold set while it runs is for later calls.
      const gate = session.heldReplies.get(String(name));
      const reply = await dispatchCall(handlers, name, input, (error) => errors.push(String(error)));
      session.callsDone.set(String(name), (session.callsDone.get(String(name)) ?? 0) + 1);
      // A held call is done (on disk) but its answer waits, as over a slow IPC under load.
      await gate;
      return reply;
    });
    // As the preload does with webUtils.getPathForFile: a dropped File becomes the path of the
    // file on disk. A page cannot drop real files here, so the test says which path each dropped
    // name stands for (`droppable`); main's own handler (openEach) then opens them.
    const droppable = new Map<string, string>();
    await page.exposeBinding('__marginaliaDrop', async (_source, names: unknown) =>
      handlers.openPaths(Array.isArray(names) ? names.map((n) => droppable.get(String(n)) ?? '') : []),
    );
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
      const openedListeners = new Set<(opened: unknown) => void>();
      api['onFileOpened'] = (listener: (opened: unknown) => void) => {
        openedListeners.add(listener);
        return () => openedListeners.delete(listener);
      };
      Object.defineProperty(window, '__marginaliaEmitFileOpened', {
        value: (opened: unknown) => openedListeners.forEach((l) => l(opened)),
      });
      api['openDroppedFiles'] = (files: readonly { name: string }[]) =>
        (window as unknown as { __marginaliaDrop: (n: string[]) => Promise<unknown> }).__marginaliaDrop(files.map((f) => f.name));
      Object.defineProperty(window, 'marginalia', { value: Object.freeze(api) });
    }, API_NAMES);
    session = new AppSession(page, handlers, dialogs, dataDir);
    session.errors = errors;
    session.droppable = droppable;
    session.services = services;
    await page.goto('/index.html');
    return session;
  }

  /** Console errors and uncaught page errors seen so far; tests assert it stays empty. */
  errors: string[] = [];

  /** Which file on disk a dropped file name stands for (the preload reads real paths from the drop). */
  droppable = new Map<string, string>();

  /** The data-only services behind the page, as main holds them. */
  services!: ServiceHandlers;

  /** How many calls of each name have run (saved, or failed) so far, whether or not their answers are held. */
  private readonly callsDone = new Map<string, number>();

  /** How many `name` calls have run so far; with {@link AppSession.holdReplies}, tells a test a held call is done. */
  callsMade(name: ApiName): number {
    return this.callsDone.get(name) ?? 0;
  }

  /** Calls whose answers are held back (see {@link AppSession.holdReplies}), each until its gate opens. */
  private readonly heldReplies = new Map<string, Promise<void>>();

  /**
   * Holds back the answers to every `name` call from now on: each call still runs (and saves)
   * at once, but the page only hears back once the returned function is called. Lets a test
   * order a reply after the user's next action, as a loaded machine may. Holding again starts a
   * new gate for the calls after it, so two calls' answers can be released in either order.
   */
  holdReplies(name: ApiName): () => void {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    this.heldReplies.set(name, gate);
    return () => {
      if (this.heldReplies.get(name) === gate) this.heldReplies.delete(name);
      open();
    };
  }

  /** Opens files as main does for a double-clicked packet, and shows each result in the page. */
  async openFromOutside(files: readonly string[]): Promise<void> {
    for (const opened of await this.handlers.openPaths(files)) {
      await this.page.evaluate((o) => (window as unknown as { __marginaliaEmitFileOpened: (o: unknown) => void }).__marginaliaEmitFileOpened(o), opened);
    }
  }

  /** Sends a native-menu command, as main does when the user picks a menu item. */
  async menu(command: MenuCommand): Promise<void> {
    await this.page.evaluate((c) => (window as unknown as { __marginaliaEmitMenuCommand: (c: string) => void }).__marginaliaEmitMenuCommand(c), command);
  }
}
