// A damaged database at start: the desktop app opens its window in recovery mode (no error box),
// answers the recovery methods over IPC, and a restore brings up the normal core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../src-main/contract/method-names';
import type { Core } from '../../src-main/core/core';
import { DatabaseOpenError } from '../../src-main/core/errors';
import { BrowserWindow, dialog, ipcMain } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const MESSAGE = 'Tệp dữ liệu /tmp/x/tu-soi.sqlite3 bị hỏng hoặc không phải dữ liệu của Tự soi (file is not a database).';
const fakeCore = vi.hoisted(() => ({
  dispatch: vi.fn(async () => ({ ok: true, data: [] })),
  subscribe: vi.fn(() => () => {}),
  close: vi.fn(() => Promise.resolve()),
  dataFile: '',
  schemaVersion: 7,
}));
const createCore = vi.hoisted(() => vi.fn());
vi.mock('../../src-main/core/core', () => ({ createCore }));

// A real data folder with one real backup in it (made by the real core), then a damaged data file.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tusoi-electron-recovery-'));
const real = await vi.importActual<{ createCore: (o: { dataDir: string }) => Promise<Core> }>('../../src-main/core/core');
const seed = await real.createCore({ dataDir });
const backup = await seed.dispatch('backup.create', {});
await seed.close();
fs.writeFileSync(path.join(dataDir, 'tu-soi.sqlite3'), 'hỏng');
const backupId = (backup as { data: { id: string } }).data.id;

createCore.mockRejectedValueOnce(new DatabaseOpenError('damaged', MESSAGE)).mockResolvedValue(fakeCore);
process.argv.push('--data-dir', dataDir);
await import('../../src-main/electron/main');
await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));

type Handler = (event: unknown, name: unknown, input: unknown) => Promise<{ ok: boolean; data?: any; error?: any }>;
const invoke = (name: string, input: unknown) => {
  const win = BrowserWindow.instances[0]!;
  const handler = ipcMain.handlers.get(IPC_INVOKE_CHANNEL) as Handler;
  return handler({ sender: win.webContents, senderFrame: { url: 'app://tu-soi/index.html', parent: null } }, name, input);
};

describe('main process with a damaged database', () => {
  it('opens the window and IPC instead of an error box', () => {
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
    expect(BrowserWindow.instances[0]?.loadedUrl).toBe('app://tu-soi/index.html');
    expect(ipcMain.handlers.has(IPC_INVOKE_CHANNEL)).toBe(true);
  });

  it('answers the recovery status with the message and the good backup; other calls are refused', async () => {
    const status = await invoke('recovery.status', {});
    expect(status).toMatchObject({ ok: true, data: { mode: 'recovery', message: MESSAGE, backups: [{ id: backupId, status: 'ok' }] } });
    const refused = await invoke('cell.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_STATE' } });
  });

  it('restores the backup over IPC, then the normal core answers and the window hears the switch', async () => {
    const restored = await invoke('recovery.restore', { id: backupId });
    expect(restored).toMatchObject({ ok: true, data: { restored: { id: backupId } } });
    expect(createCore).toHaveBeenCalledTimes(2);
    expect(await invoke('cell.list', {})).toEqual({ ok: true, data: [] });
    expect(fakeCore.dispatch).toHaveBeenCalledWith('cell.list', {});
    const sent = BrowserWindow.instances[0]!.webContents.sent;
    expect(sent).toContainEqual([IPC_EVENT_CHANNEL, 'app.mode', { mode: 'normal' }]);
  });
});
