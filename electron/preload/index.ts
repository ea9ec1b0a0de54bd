/**
 * Preload (sandboxed, CommonJS): exposes exactly the API contract as `window.marginalia`.
 * No ipcRenderer, no generic send/on, nothing else crosses the bridge.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  API_NAMES,
  DROPPED_FILES_CHANNEL,
  FILE_OPENED_CHANNEL,
  MENU_COMMAND_CHANNEL,
  PROGRESS_CHANNEL,
  ipcChannel,
  isMenuCommand,
  type ApiName,
  type MarginaliaApi,
  type MenuCommand,
  type OpenedFile,
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
      listener({ task: progress.task === 'import' ? 'import' : 'export', done: progress.done, total: progress.total });
    }
  };
  ipcRenderer.on(PROGRESS_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(PROGRESS_CHANNEL, handler);
  };
}

function onFileOpened(listener: (opened: OpenedFile) => void): () => void {
  const handler = (_event: unknown, opened: OpenedFile) => {
    if (opened && typeof opened.name === 'string' && opened.result && typeof opened.result.ok === 'boolean') listener(opened);
  };
  ipcRenderer.on(FILE_OPENED_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(FILE_OPENED_CHANNEL, handler);
  };
}

/**
 * Files dropped on the window: their paths are read here, from the File objects of the drop,
 * so the page never names a path itself (a File it made up has none, and is refused by main).
 */
async function openDroppedFiles(files: readonly { name: string }[]): Promise<OpenedFile[]> {
  const paths = files.map((file) => (file instanceof File ? webUtils.getPathForFile(file) : ''));
  return ipcRenderer.invoke(DROPPED_FILES_CHANNEL, paths) as Promise<OpenedFile[]>;
}

const api: MarginaliaApi = { ...calls, onMenuCommand, onProgress, onFileOpened, openDroppedFiles };

contextBridge.exposeInMainWorld('marginalia', Object.freeze(api));
