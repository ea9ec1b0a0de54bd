/**
 * Where the window loads the renderer from. A packaged app must always load its own built
 * page: an environment variable must never point it (and its preload API) at other content.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trustedSender } from '../../../../electron/main/ipc';
import { isLocalDevServer, rendererUrl } from '../../../../electron/main/rendererUrl';

const BUILT = '/opt/Marginalia/resources/app.asar/out/renderer/index.html';
const BUILT_URL = 'file:///opt/Marginalia/resources/app.asar/out/renderer/index.html';

/** The URL chosen for a given ELECTRON_RENDERER_URL. */
function chosen(isPackaged: boolean, devServer: string | undefined): string {
  return rendererUrl({ isPackaged, env: { ELECTRON_RENDERER_URL: devServer }, builtIndexPath: BUILT });
}

describe('rendererUrl', () => {
  it('loads the built page when no dev server is set', () => {
    expect(chosen(false, undefined)).toBe(BUILT_URL);
    expect(chosen(true, undefined)).toBe(BUILT_URL);
    expect(chosen(false, '')).toBe(BUILT_URL);
  });

  it('loads the local dev server in development', () => {
    expect(chosen(false, 'http://localhost:5173')).toBe('http://localhost:5173/index.html');
    expect(chosen(false, 'http://localhost:5173/')).toBe('http://localhost:5173/index.html');
    expect(chosen(false, 'http://127.0.0.1:5174')).toBe('http://127.0.0.1:5174/index.html');
    expect(chosen(false, 'https://localhost:8443/app')).toBe('https://localhost:8443/app/index.html');
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app, even for localhost', () => {
    expect(chosen(true, 'https://evil.example')).toBe(BUILT_URL);
    expect(chosen(true, 'http://localhost:5173')).toBe(BUILT_URL);
    expect(chosen(true, 'http://127.0.0.1:5173')).toBe(BUILT_URL);
  });

  it.each([
    ['a remote host', 'https://evil.example'],
    ['a host that merely starts with localhost', 'http://localhost.evil.example:5173'],
    ['credentials that look like localhost', 'http://127.0.0.1@evil.example'],
    ['credentials on localhost', 'http://user:pass@localhost:5173'],
    ['another local address', 'http://0.0.0.0:5173'],
    ['a file URL', 'file:///tmp/evil/index.html'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a websocket URL', 'ws://localhost:5173'],
    ['not a URL', 'localhost:5173'],
    ['garbage', '::::'],
  ])('ignores %s even in development', (_label, devServer) => {
    expect(isLocalDevServer(devServer)).toBe(false);
    expect(chosen(false, devServer)).toBe(BUILT_URL);
  });

  it('accepts only http(s) on localhost or 127.0.0.1 as a dev server', () => {
    expect(isLocalDevServer('http://localhost:5173')).toBe(true);
    expect(isLocalDevServer('https://127.0.0.1')).toBe(true);
    expect(isLocalDevServer('HTTP://LOCALHOST:5173')).toBe(true);
  });

  it('never makes a packaged app trust a page that is not its own built file, whatever the environment says', () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(fc.webUrl(), fc.string()), { nil: undefined }), fc.webUrl(), (devServer, sender) => {
        const url = chosen(true, devServer);
        expect(url).toBe(BUILT_URL);
        const isTrusted = trustedSender(url);
        expect(isTrusted(sender)).toBe(false);
        expect(isTrusted(devServer)).toBe(false);
        expect(isTrusted('http://localhost:5173/index.html')).toBe(false);
        expect(isTrusted(BUILT_URL)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
