// The Electron transport: one invoke channel into core.dispatch, one event channel out. The core
// already validates names and inputs; this layer only decides who may call at all.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../contract/method-names';
import type { Result } from '../contract/result';
import type { Core } from '../core/core';
import { isAppUrl } from './app-url';

export const FORBIDDEN_SENDER_MESSAGE =
  'Yêu cầu bị từ chối: lời gọi không đến từ cửa sổ của Tự soi. Hãy đóng cửa sổ lạ và mở lại ứng dụng.';

/** What the IPC layer needs of a window: to recognise its web contents and to push events to it. */
export interface IpcWindow {
  isDestroyed(): boolean;
  webContents: Pick<WebContents, 'send' | 'isDestroyed'>;
}

export interface IpcOptions {
  /** Our own windows, asked at every call so windows opened later count too. */
  windows(): readonly IpcWindow[];
}

/**
 * A call is ours only if it comes from the top frame of one of our windows while that frame shows
 * app://tu-soi/…. A frame that navigated elsewhere, a sub-frame or a foreign web contents is refused.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, windows: readonly IpcWindow[]): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!isAppUrl(frame.url)) return false;
  return windows.some((win) => !win.isDestroyed() && win.webContents === event.sender);
}

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  core: Pick<Core, 'dispatch' | 'subscribe'>,
  options: IpcOptions,
): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, name: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, options.windows())) {
      return { ok: false, error: { code: 'FORBIDDEN_STATE', message: FORBIDDEN_SENDER_MESSAGE } };
    }
    try {
      return await core.dispatch(name, input);
    } catch (error) {
      // dispatch never throws by design; if it ever does, the renderer still gets a Result.
      console.error('dispatch threw', error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Đã có lỗi ngoài dự kiến. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.' } };
    }
  });

  const unsubscribe = core.subscribe((event, payload) => {
    for (const win of options.windows()) {
      if (win.isDestroyed() || win.webContents.isDestroyed()) continue;
      win.webContents.send(IPC_EVENT_CHANNEL, event, payload);
    }
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
  };
}
