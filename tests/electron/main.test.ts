// The app lifecycle in main.ts, run against the fake Electron and a fake core.
import { describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE_CHANNEL } from '../../src-main/contract/method-names';
import { defaultDataDir } from '../../src-main/core/data-dir';
import { SAVE_FILE_CHANNEL } from '../../src-main/electron/save-file';
import { PRINT_PDF_CHANNEL } from '../../src-main/electron/print-pdf';
import { app, BrowserWindow, fakeEvent, ipcMain, Menu, protocol, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const fakeCore = vi.hoisted(() => ({
  dispatch: vi.fn(),
  subscribe: vi.fn(() => () => {}),
  close: vi.fn(() => Promise.resolve()),
  dataFile: '/tmp/x.sqlite3',
  schemaVersion: 3,
}));
const createCore = vi.hoisted(() => vi.fn(async (_options: { dataDir: string }) => fakeCore));
vi.mock('../../src-main/core/core', () => ({ createCore }));

// Importing main runs it, exactly as Electron would.
await import('../../src-main/electron/main');
await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));

describe('main process start-up', () => {
  it('registers app:// as a standard, secure, fetch-capable scheme before ready', () => {
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
    expect(app.enableSandbox).toHaveBeenCalled();
  });

  it('takes the single-instance lock', () => {
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
  });

  it('opens the core in the data folder shared with browser mode', () => {
    expect(createCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: defaultDataDir() }));
  });

  it('installs the security policy, the app:// handler, IPC, the save dialog and the menu, then opens the window', () => {
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handlers.has(IPC_INVOKE_CHANNEL)).toBe(true);
    expect(ipcMain.handlers.has(SAVE_FILE_CHANNEL)).toBe(true);
    expect(ipcMain.handlers.has(PRINT_PDF_CHANNEL)).toBe(true);
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(BrowserWindow.instances[0]?.loadedUrl).toBe('app://tu-soi/index.html');
    // The policy must be in place before the first web contents exists.
    expect(session.defaultSession.setPermissionRequestHandler.mock.invocationCallOrder[0]).toBeLessThan(
      protocol.handle.mock.invocationCallOrder[0]!,
    );
  });

  it('quits when all windows are closed (outside macOS)', () => {
    app.quit.mockClear();
    app.emit('window-all-closed');
    if (process.platform === 'darwin') expect(app.quit).not.toHaveBeenCalled();
    else expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('closes the core before quitting', async () => {
    app.quit.mockClear();
    const event = fakeEvent({});
    app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    expect(fakeCore.close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    // The second will-quit (from that app.quit) goes through.
    const again = fakeEvent({});
    app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(fakeCore.close).toHaveBeenCalledTimes(1);
  });
});
