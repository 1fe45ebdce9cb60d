// The sandboxed preload: the renderer's only bridge to the main process. It forwards allow-listed
// method names to the one IPC channel and relays allow-listed push events. Nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, isEventName, isMethodName } from '../contract/method-names';

export const bridge = {
  invoke(name: string, input: unknown): Promise<unknown> {
    if (!isMethodName(name)) return Promise.reject(new Error(`Method not allowed: ${String(name)}`));
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, name, input);
  },
  on(event: string, callback: (payload: unknown) => void): () => void {
    if (!isEventName(event)) throw new Error(`Event not allowed: ${String(event)}`);
    const listener = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) callback(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, listener);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, listener);
  },
};

contextBridge.exposeInMainWorld('tusoi', bridge);
