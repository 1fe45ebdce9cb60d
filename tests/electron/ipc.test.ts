// The IPC transport: only our own app:// top frame may call dispatch; events reach our windows.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../src-main/contract/method-names';
import { FORBIDDEN_SENDER_MESSAGE, registerIpc } from '../../src-main/electron/ipc';
import { BrowserWindow, ipcMain } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Handler = (event: unknown, name: unknown, input: unknown) => Promise<unknown>;

const OK = { ok: true, data: { items: [] } };

describe('registerIpc', () => {
  let win: BrowserWindow;
  let windows: BrowserWindow[];
  let dispatch: ReturnType<typeof vi.fn>;
  let emit: (event: string, payload: unknown) => void;
  let unsubscribe: ReturnType<typeof vi.fn>;
  let dispose: () => void;

  function handler(): Handler {
    const h = ipcMain.handlers.get(IPC_INVOKE_CHANNEL);
    if (!h) throw new Error('no invoke handler registered');
    return h as Handler;
  }
  const frame = (url: string, parent: unknown = null) => ({ url, parent });

  beforeEach(() => {
    vi.clearAllMocks();
    ipcMain.handlers.clear();
    win = new BrowserWindow({});
    windows = [win];
    dispatch = vi.fn(async () => OK);
    unsubscribe = vi.fn();
    const subscribe = vi.fn((listener: (event: string, payload: unknown) => void) => {
      emit = listener;
      return unsubscribe;
    });
    dispose = registerIpc(ipcMain as never, { dispatch, subscribe } as never, { windows: () => windows as never });
  });

  it('registers exactly one handler, on the invoke channel', () => {
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0]?.[0]).toBe('tusoi:invoke');
  });

  it('rejects a frame from another origin without calling dispatch', async () => {
    const result = await handler()({ sender: win.webContents, senderFrame: frame('https://evil.example/') }, 'forum.delete', { id: '1' });
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN_STATE', message: FORBIDDEN_SENDER_MESSAGE } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('rejects a missing (destroyed) sender frame without calling dispatch', async () => {
    const result = await handler()({ sender: win.webContents, senderFrame: null }, 'cell.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_STATE' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('rejects an app:// frame in a web contents that is not one of our windows', async () => {
    const foreign = new BrowserWindow({}).webContents;
    const result = await handler()({ sender: foreign, senderFrame: frame('app://tu-soi/index.html') }, 'cell.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_STATE' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('rejects a sub-frame and a look-alike host', async () => {
    const sub = await handler()({ sender: win.webContents, senderFrame: frame('app://tu-soi/x.html', {}) }, 'cell.list', {});
    const lookAlike = await handler()({ sender: win.webContents, senderFrame: frame('app://tu-soi.evil/index.html') }, 'cell.list', {});
    expect(sub).toMatchObject({ ok: false });
    expect(lookAlike).toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes name and input from our app:// frame through to dispatch and returns its Result', async () => {
    const input = { cellId: 'c-1' };
    const result = await handler()({ sender: win.webContents, senderFrame: frame('app://tu-soi/index.html#/') }, 'forum.list', input);
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(dispatch).toHaveBeenCalledWith('forum.list', input);
    expect(result).toBe(OK);
  });

  it('forwards core events to our live windows on the event channel', () => {
    const closed = new BrowserWindow({});
    closed.destroyed = true;
    windows.push(closed);
    emit('data.changed', { entity: 'forum', id: 'f-1' });
    expect(win.webContents.sent).toEqual([[IPC_EVENT_CHANNEL, 'data.changed', { entity: 'forum', id: 'f-1' }]]);
    expect(closed.webContents.sent).toEqual([]);
  });

  it('dispose removes the handler and the core subscription', () => {
    dispose();
    expect(ipcMain.handlers.has(IPC_INVOKE_CHANNEL)).toBe(false);
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });
});
