/**
 * Electron security checklist, applied to every web contents the app creates: no new
 * windows, no navigation away from the app page, no permissions, no webviews.
 */
import type { App, Session } from 'electron';

/** Denies every permission request (camera, notifications, clipboard-read, …). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Locks down every web contents: window.open is denied, navigation anywhere but the app's
 * own page is blocked, and <webview> cannot be attached.
 */
export function lockDownWebContents(app: App, isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
