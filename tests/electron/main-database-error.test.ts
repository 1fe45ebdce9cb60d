// A database the app cannot open because it is too new ends in a Vietnamese error box and a clean
// exit. A damaged one opens the recovery mode instead (main-recovery.test.ts).
import { describe, expect, it, vi } from 'vitest';
import { DatabaseOpenError } from '../../src-main/core/errors';
import { app, BrowserWindow, dialog, ipcMain } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const MESSAGE = 'Tệp dữ liệu được tạo bởi phiên bản Tự soi mới hơn. Hãy cập nhật ứng dụng.';
const createCore = vi.hoisted(() => vi.fn());
vi.mock('../../src-main/core/core', () => ({ createCore }));
createCore.mockRejectedValue(new DatabaseOpenError('too_new', MESSAGE));

await import('../../src-main/electron/main');
await vi.waitFor(() => expect(dialog.showErrorBox).toHaveBeenCalled());

describe('main process with an unopenable database', () => {
  it('shows the core’s Vietnamese message in an error box', () => {
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Không mở được dữ liệu', MESSAGE);
  });

  it('exits without opening a window or accepting IPC', () => {
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });
});
