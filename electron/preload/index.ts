/**
 * Preload (sandboxed, CommonJS): exposes exactly the API contract as `window.marginalia`.
 * No ipcRenderer, no generic send/on, nothing else crosses the bridge.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_NAMES, MENU_COMMAND_CHANNEL, PROGRESS_CHANNEL, ipcChannel, isMenuCommand, type MenuCommand, type ProgressEvent } from '../../shared/api';

const api: Record<string, unknown> = Object.fromEntries(
  API_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input ?? {})]),
);

api['onMenuCommand'] = (listener: (command: MenuCommand) => void) => {
  const handler = (_event: unknown, command: unknown) => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_COMMAND_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, handler);
  };
};

api['onProgress'] = (listener: (event: ProgressEvent) => void) => {
  const handler = (_event: unknown, progress: ProgressEvent) => {
    if (progress && typeof progress.done === 'number' && typeof progress.total === 'number') {
      listener({ task: 'export', done: progress.done, total: progress.total });
    }
  };
  ipcRenderer.on(PROGRESS_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(PROGRESS_CHANNEL, handler);
  };
};

contextBridge.exposeInMainWorld('marginalia', Object.freeze(api));
