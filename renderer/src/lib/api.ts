/**
 * The renderer's only way to the disk: the typed API the preload exposes as `window.marginalia`.
 */
import type { ApiInput, ApiName, ApiOutputs, ApiResult, MarginaliaApi, MenuCommand, OpenedFile, ProgressEvent } from '../../../shared/api';
import { noteApiCall } from './openTiming';

declare global {
  interface Window {
    marginalia?: MarginaliaApi;
  }
}

const UNAVAILABLE = {
  ok: false as const,
  error: { code: 'INTERNAL' as const, message: 'Marginalia could not reach its storage. Please restart the app.' },
};

/** Calls one API function; a missing bridge or a rejected IPC call becomes an error envelope. */
export async function call<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiResult<ApiOutputs[N]>> {
  const api = window.marginalia;
  if (!api) return UNAVAILABLE;
  const start = performance.now();
  try {
    const fn = api[name] as (input: ApiInput<N>) => Promise<ApiResult<ApiOutputs[N]>>;
    return await fn(input);
  } catch {
    return UNAVAILABLE;
  } finally {
    noteApiCall(name, start);
  }
}

/** Subscribes to native-menu commands (a no-op where there is no menu). */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.marginalia?.onMenuCommand(listener) ?? (() => {});
}

/** Subscribes to progress of long tasks (a no-op where the bridge has none). */
export function onProgress(listener: (event: ProgressEvent) => void): () => void {
  return window.marginalia?.onProgress?.(listener) ?? (() => {});
}

/**
 * Files opened from outside that arrived before the app listened (main may send them as soon as
 * the page has loaded, before React has subscribed): kept here until {@link onFileOpened} is called.
 */
const openedEarly: OpenedFile[] = [];
let openedListener: ((opened: OpenedFile) => void) | null = null;
window.marginalia?.onFileOpened?.((opened) => (openedListener ? openedListener(opened) : openedEarly.push(opened)));

/**
 * Sets the one listener for files the user opened from outside the window (a double-clicked
 * packet); files that arrived before it are handed to it at once. Returns the unsubscribe function.
 */
export function onFileOpened(listener: (opened: OpenedFile) => void): () => void {
  openedListener = listener;
  for (const opened of openedEarly.splice(0)) listener(opened);
  return () => {
    if (openedListener === listener) openedListener = null;
  };
}

/**
 * Opens files dropped on the window, each with its own result. A missing bridge or a failed
 * call gives every file the same error result, so each is still reported.
 */
export async function openDroppedFiles(files: readonly File[]): Promise<OpenedFile[]> {
  const api = window.marginalia;
  const failed = (): OpenedFile[] => files.map((file) => ({ name: file.name, result: UNAVAILABLE }));
  if (!api?.openDroppedFiles) return failed();
  try {
    return await api.openDroppedFiles(files);
  } catch {
    return failed();
  }
}
