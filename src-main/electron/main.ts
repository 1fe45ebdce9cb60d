// The desktop shell's entry: wires the Electron-free core to a secure window over app:// and IPC.
// Startup order matters: privileged scheme and sandbox before 'ready'; security policy before the
// first window; the core before IPC so no call can arrive at a half-built app.
import { app, BrowserWindow, dialog, ipcMain, protocol } from 'electron';
import { openApp, type AppCore } from '../core/recovery';
import { DatabaseOpenError } from '../core/errors';
import { APP_SCHEME } from './app-url';
import { dataDirFromArgv } from './data-dir-arg';
import { registerIpc } from './ipc';
import { installApplicationMenu } from './menu';
import { registerAppProtocol } from './protocol';
import { registerPrintPdf } from './print-pdf';
import { registerSaveFile } from './save-file';
import { installSecurityPolicy, setPresenterOpener } from './security';
import { createSecureWindow } from './window';

// Must run before 'ready': a standard, secure scheme gets a real origin, fetch and a secure context.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox();

let core: AppCore | null = null;
let mainWindow: BrowserWindow | null = null;
let presenterWindow: BrowserWindow | null = null;

/** The projector window: one at a time, following whichever forum asked last. */
function openPresenterWindow(url: string): void {
  if (presenterWindow && !presenterWindow.isDestroyed()) {
    presenterWindow.loadURL(url).catch((error: unknown) => console.error('Loading the presenter view failed', error));
    presenterWindow.focus();
    return;
  }
  presenterWindow = createSecureWindow({ url, width: 1280, height: 720 });
  presenterWindow.on('closed', () => {
    presenterWindow = null;
  });
}

function openMainWindow(): void {
  mainWindow = createSecureWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** Shows a blocking Vietnamese error and leaves without a crash dialog or stack trace. */
function failStartup(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.exit(1);
}

async function start(): Promise<void> {
  installSecurityPolicy();
  setPresenterOpener(openPresenterWindow);
  try {
    // Same folder as browser mode, so both see the same data. A damaged database opens the
    // recovery mode (the window shows the recovery screen); a too-new one is refused below.
    core = await openApp({ dataDir: dataDirFromArgv(process.argv) });
  } catch (error) {
    if (error instanceof DatabaseOpenError) failStartup('Không mở được dữ liệu', error.message);
    else failStartup('Không khởi động được Tự soi', `Đã có lỗi ngoài dự kiến khi mở dữ liệu: ${(error as Error).message}`);
    return;
  }
  registerAppProtocol(protocol);
  registerIpc(ipcMain, core, { windows: () => BrowserWindow.getAllWindows() });
  registerSaveFile(ipcMain, { windows: () => BrowserWindow.getAllWindows() });
  registerPrintPdf(ipcMain, { windows: () => BrowserWindow.getAllWindows() });
  installApplicationMenu();
  openMainWindow();
}

// One writer per database: a second launch only brings the running window forward.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) {
      if (core) openMainWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    // macOS convention: the app stays alive without windows until the user quits.
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  // Close the database cleanly (WAL checkpoint) before the process goes away.
  app.on('will-quit', (event) => {
    if (!core) return;
    const closing = core;
    core = null;
    event.preventDefault();
    closing
      .close()
      .catch((error: unknown) => console.error('Closing the core failed', error))
      .finally(() => app.quit());
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failStartup('Không khởi động được Tự soi', `Đã có lỗi ngoài dự kiến: ${String(error)}`));
}
