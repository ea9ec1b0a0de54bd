/**
 * Chooses where the window loads the renderer from. Pure (no Electron import), so the rule
 * that matters for security is tested under plain Node: a packaged app always loads its own
 * built page, and in development only a dev server on this machine replaces it.
 */
import { pathToFileURL } from 'node:url';

/** The environment variable electron-vite sets to its dev server's address during `npm run dev`. */
export const DEV_SERVER_ENV = 'ELECTRON_RENDERER_URL';

const LOCAL_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1']);

/** What {@link rendererUrl} decides from. */
export interface RendererUrlInput {
  /** Electron's `app.isPackaged`: true in an installed app. */
  isPackaged: boolean;
  /** The process environment (only {@link DEV_SERVER_ENV} is read). */
  env: Readonly<Record<string, string | undefined>>;
  /** Absolute path of the built renderer's index.html. */
  builtIndexPath: string;
}

/**
 * True when `raw` is an http(s) URL on localhost or 127.0.0.1, without user name or password:
 * the only kind of dev server address the app accepts.
 */
export function isLocalDevServer(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname) && !url.username && !url.password;
}

/**
 * The URL the renderer is loaded from: the built file, unless the app is not packaged and
 * {@link DEV_SERVER_ENV} names a local dev server (see {@link isLocalDevServer}).
 */
export function rendererUrl({ isPackaged, env, builtIndexPath }: RendererUrlInput): string {
  const devServer = env[DEV_SERVER_ENV];
  if (!isPackaged && devServer && isLocalDevServer(devServer)) {
    return new URL('index.html', devServer.endsWith('/') ? devServer : `${devServer}/`).href;
  }
  return pathToFileURL(builtIndexPath).href;
}
