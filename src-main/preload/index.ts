// The sandboxed preload: the renderer's only bridge to the main process. It forwards allow-listed
// method names to the one IPC channel, relays allow-listed push events, and passes an exported
// document to the main process's save dialog. Nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, isEventName, isMethodName } from '../contract/method-names';

/** Same literal as SAVE_FILE_CHANNEL in src-main/electron/save-file.ts (the preload imports nothing of the shell; a test keeps them equal). */
const SAVE_FILE_CHANNEL = 'tusoi:save-file';
/** Same literal as PRINT_PDF_CHANNEL in src-main/electron/print-pdf.ts. */
const PRINT_PDF_CHANNEL = 'tusoi:print-pdf';

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
  /** Asks the main process to save an exported file through the native dialog. Only the three plain fields cross. */
  saveFile(file: { fileName: string; base64: string; mimeType: string }): Promise<unknown> {
    if (typeof file !== 'object' || file === null) return Promise.reject(new Error('saveFile needs { fileName, base64, mimeType }'));
    const { fileName, base64, mimeType } = file;
    if (typeof fileName !== 'string' || typeof base64 !== 'string' || typeof mimeType !== 'string') {
      return Promise.reject(new Error('saveFile needs { fileName, base64, mimeType } as text'));
    }
    return ipcRenderer.invoke(SAVE_FILE_CHANNEL, { fileName, base64, mimeType });
  },
  /** Asks the main process to print a document's print view to PDF and save it through the dialog. */
  printPdf(file: { fileName: string; html: string }): Promise<unknown> {
    if (typeof file !== 'object' || file === null || typeof file.fileName !== 'string' || typeof file.html !== 'string') {
      return Promise.reject(new Error('printPdf needs { fileName, html } as text'));
    }
    return ipcRenderer.invoke(PRINT_PDF_CHANNEL, { fileName: file.fileName, html: file.html });
  },
};

contextBridge.exposeInMainWorld('tusoi', bridge);
