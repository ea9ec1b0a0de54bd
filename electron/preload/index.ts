/**
 * Preload (sandboxed, CommonJS): exposes exactly the API contract as `window.marginalia`.
 * No ipcRenderer, no generic send/on, nothing else crosses the bridge.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  API_NAMES,
  MENU_COMMAND_CHANNEL,
  PROGRESS_CHANNEL,
  ipcChannel,
  isMenuCommand,
  type ApiName,
  type MarginaliaApi,
  type MenuCommand,
  type ProgressEvent,
} from '../../shared/api';

/** One function per call of the contract, each invoking its own channel. */
const calls = Object.fromEntries(
  API_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input ?? {})]),
) as Pick<MarginaliaApi, ApiName>;

function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const handler = (_event: unknown, command: unknown) => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_COMMAND_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, handler);
  };
}

function onProgress(listener: (event: ProgressEvent) => void): () => void {
  const handler = (_event: unknown, progress: ProgressEvent) => {
    if (progress && typeof progress.done === 'number' && typeof progress.total === 'number') {
      listener({ task: 'export', done: progress.done, total: progress.total });
    }
  };
  ipcRenderer.on(PROGRESS_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(PROGRESS_CHANNEL, handler);
  };
}

const api: MarginaliaApi = { ...calls, onMenuCommand, onProgress };

contextBridge.exposeInMainWorld('marginalia', Object.freeze(api));
