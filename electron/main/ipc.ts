/**
 * Registers one IPC handler per API call. Each checks that the message comes from the app's
 * own page before the arguments are validated and the service runs.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_NAMES, ipcChannel, type ApiHandlers } from '../../shared/api';
import { dispatchCall } from '../../shared/dispatch';

/** Decides whether a frame URL belongs to the app's own renderer. */
export type SenderCheck = (frameUrl: string | undefined) => boolean;

/** Builds a sender check that accepts only the top frame of the app page at `appUrl`. */
export function trustedSender(appUrl: string): SenderCheck {
  const expected = new URL(appUrl);
  return (frameUrl) => {
    if (!frameUrl) return false;
    let actual: URL;
    try {
      actual = new URL(frameUrl);
    } catch {
      return false;
    }
    return actual.protocol === expected.protocol && actual.host === expected.host && actual.pathname === expected.pathname;
  };
}

/** Registers the handlers on `ipc`; returns a function that removes them. */
export function registerApi(ipc: IpcMain, handlers: ApiHandlers, isTrusted: SenderCheck): () => void {
  for (const name of API_NAMES) {
    ipc.handle(ipcChannel(name), async (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrusted(frame.url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This page may not use the Marginalia API.' } };
      }
      return dispatchCall(handlers, name, input, (error) => console.error(`[marginalia] ${name} failed:`, error));
    });
  }
  return () => API_NAMES.forEach((name) => ipc.removeHandler(ipcChannel(name)));
}
