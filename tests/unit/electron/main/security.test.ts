/**
 * The Electron security checklist as applied by electron/main/security.ts, checked with
 * stand-ins for Electron's app, web contents and session (the real objects need a binary).
 */
import { EventEmitter } from 'node:events';
import type { App, Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { denyAllPermissions, lockDownWebContents } from '../../../../electron/main/security';
import { trustedSender } from '../../../../electron/main/ipc';

const APP_URL = 'file:///opt/Marginalia/resources/app.asar/out/renderer/index.html';

/** A web contents stand-in: an event emitter that records its window-open handler. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

function attempt(contents: FakeContents, event: string, url?: string): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('lockDownWebContents', () => {
  const app = new EventEmitter();
  const isTrusted = trustedSender(APP_URL);
  lockDownWebContents(app as unknown as App, (url) => isTrusted(url));
  const contents = new FakeContents();
  app.emit('web-contents-created', {}, contents);

  it('denies every new window', () => {
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: APP_URL })).toEqual({ action: 'deny' });
  });

  it('blocks navigation and redirects anywhere but the app page', () => {
    expect(attempt(contents, 'will-navigate', 'https://example.com/phish')).toBe(true);
    expect(attempt(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(attempt(contents, 'will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(attempt(contents, 'will-navigate', `${APP_URL}#library`)).toBe(false);
  });

  it('never attaches a webview', () => {
    expect(attempt(contents, 'will-attach-webview')).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('answers no to every permission request and check', () => {
    let requestHandler: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
    let checkHandler: ((...args: unknown[]) => boolean) | null = null;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    };
    denyAllPermissions(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | null = null;
      requestHandler!({}, permission, (g) => (granted = g));
      expect(granted).toBe(false);
    }
    expect(checkHandler!({}, 'media')).toBe(false);
  });
});
