// Default-deny for everything a page could ask of the shell: new windows, navigation away from
// app://tu-soi, <webview>, permissions and any network request. The app is fully local, so none of
// these has a legitimate use; a compromised or buggy renderer gets nothing.
import { app, session, type WebContents } from 'electron';
import { isAppUrl, presenterUrl } from './app-url';

/** Remote schemes the renderer must never reach (the CSP says so too; this is the second lock). */
const REMOTE_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

let openPresenter: ((url: string) => void) | null = null;

/** Who opens the presenter window when a page asks for `#/present/<forumId>` (main.ts). */
export function setPresenterOpener(opener: ((url: string) => void) | null): void {
  openPresenter = opener;
}

export function hardenWebContents(contents: WebContents): void {
  // window.open, target=_blank and friends: never a browser tab, never a window the page builds.
  // The one exception, the presenter view, is opened by the shell itself as another secure window.
  contents.setWindowOpenHandler(({ url }) => {
    const presenter = presenterUrl(url);
    if (presenter && openPresenter) openPresenter(presenter);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    // The documents page previews the print view in a script-less srcdoc sub-frame; that, and
    // nothing else off app://, may load in a frame (never in the main frame).
    const srcdocSubFrame = event.url === 'about:srcdoc' && event.isMainFrame === false;
    if (!isAppUrl(event.url) && !srcdocSubFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // We never use <webview>; refuse it even if webviewTag were switched on by mistake.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Call once before the first window is created (after 'ready', because of the session). */
export function installSecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest({ urls: REMOTE_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
}
