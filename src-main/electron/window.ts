// The one secure-window factory. Every BrowserWindow in the app comes from here so the security
// options cannot drift. They are written inline (not spread from a variable) so static scanners such
// as Electronegativity can see them.
import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-url';

export const WINDOW_TITLE = 'Tự soi';
export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 700;

export interface SecureWindowOptions {
  /** app:// URL to load; defaults to the app shell. */
  url?: string;
  width?: number;
  height?: number;
  parent?: BrowserWindow;
}

// No `disableBlinkFeatures: 'Auxclick'` (Electronegativity's AUXCLICK check): a middle-click that
// would open a new window goes through setWindowOpenHandler, which security.ts always denies.
export function createSecureWindow(options: SecureWindowOptions = {}): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: Math.max(options.width ?? 1280, MIN_WIDTH),
    height: Math.max(options.height ?? 820, MIN_HEIGHT),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    parent: options.parent,
    // Matches the renderer's page background, so there is no white flash before first paint.
    backgroundColor: '#f8f9fa',
    // Shown on 'ready-to-show' for the same reason.
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      // The built preload sits next to out/main, in out/preload.
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  // loadURL rejects on failed loads; log it rather than leave an unhandled rejection.
  win.loadURL(options.url ?? APP_ENTRY_URL).catch((error: unknown) => console.error('Loading the renderer failed', error));
  return win;
}
