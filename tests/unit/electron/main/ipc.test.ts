import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { API_NAMES, ipcChannel } from '../../../../shared/api';
import { registerApi, trustedSender } from '../../../../electron/main/ipc';
import { openUserApi } from '../../../support/userApi';
import { answeringDialogs } from '../../../support/dialogs';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();
const APP_URL = 'file:///opt/Marginalia/resources/app.asar/out/renderer/index.html';

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;

/** A stand-in for Electron's ipcMain that records handlers, so they can be invoked directly. */
function recordingIpc() {
  const handlers = new Map<string, Handler>();
  const ipc = {
    handle: (channel: string, fn: Handler) => handlers.set(channel, fn),
    removeHandler: (channel: string) => handlers.delete(channel),
  } as unknown as IpcMain;
  return { ipc, handlers };
}

function eventFrom(url: string, parent: object | null = null): IpcMainInvokeEvent {
  return { senderFrame: { url, parent } } as unknown as IpcMainInvokeEvent;
}

describe('trustedSender', () => {
  const check = trustedSender(APP_URL);
  it('accepts only the app page itself', () => {
    expect(check(APP_URL)).toBe(true);
    expect(check(`${APP_URL}#reader`)).toBe(true);
    expect(check('file:///tmp/evil.html')).toBe(false);
    expect(check('https://example.com/index.html')).toBe(false);
    expect(check(undefined)).toBe(false);
    expect(check('not a url')).toBe(false);
  });

  it('accepts the dev server page by origin and path', () => {
    const dev = trustedSender('http://localhost:5173/index.html');
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('http://localhost:5174/index.html')).toBe(false);
  });
});

describe('registerApi', () => {
  it('registers one handler per call and serves the real services to the app page', async () => {
    const { ipc, handlers } = recordingIpc();
    const services = await openUserApi({
      dataDir: await tempDir(),
      samplesDir: path.resolve(__dirname, '../../../../assets/samples'),
      dialogs: answeringDialogs(),
    });
    const unregister = registerApi(ipc, services, trustedSender(APP_URL));
    expect([...handlers.keys()].sort()).toEqual(API_NAMES.map(ipcChannel).sort());

    const list = handlers.get(ipcChannel('listDocuments'))!;
    const ok = (await list(eventFrom(APP_URL), {})) as { ok: boolean; value: unknown[] };
    expect(ok.ok).toBe(true);
    expect(ok.value).toHaveLength(3);

    expect(await list(eventFrom('file:///tmp/evil.html'), {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await list(eventFrom(APP_URL, {}), {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await handlers.get(ipcChannel('getDocument'))!(eventFrom(APP_URL), { documentId: 5 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });

    unregister();
    expect(handlers.size).toBe(0);
  });
});
