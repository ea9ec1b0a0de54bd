/**
 * The renderer's only way to the disk: the typed API the preload exposes as `window.marginalia`.
 */
import type { ApiInput, ApiName, ApiOutputs, ApiResult, MarginaliaApi, MenuCommand, ProgressEvent } from '../../../shared/api';

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
  try {
    const fn = api[name] as (input: ApiInput<N>) => Promise<ApiResult<ApiOutputs[N]>>;
    return await fn(input);
  } catch {
    return UNAVAILABLE;
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
