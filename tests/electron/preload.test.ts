// The sandboxed preload: exposes exactly window.tusoi = { invoke, on } and only for allow-listed names.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../src-main/contract/method-names';
import '../../src-main/preload/index';
import { SAVE_FILE_CHANNEL } from '../../src-main/electron/save-file';
import { PRINT_PDF_CHANNEL } from '../../src-main/electron/print-pdf';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

interface Bridge {
  invoke(name: string, input: unknown): Promise<unknown>;
  on(event: string, callback: (payload: unknown) => void): () => void;
  saveFile(file: unknown): Promise<unknown>;
  printPdf(file: unknown): Promise<unknown>;
}

// Captured once: the preload runs exposeInMainWorld when it is imported.
const exposeCalls = [...contextBridge.exposeInMainWorld.mock.calls];
const bridge = exposeCalls[0]?.[1] as Bridge;

describe('preload bridge', () => {
  beforeEach(() => {
    ipcRenderer.invoke.mockClear();
    ipcRenderer.on.mockClear();
    ipcRenderer.removeListener.mockClear();
  });

  it('exposes exactly one global, tusoi, with only invoke, on, saveFile and printPdf', () => {
    expect(exposeCalls).toHaveLength(1);
    expect(exposeCalls[0]?.[0]).toBe('tusoi');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'printPdf', 'saveFile']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.on).toBe('function');
  });

  it('rejects a method name that is not allow-listed without touching IPC', async () => {
    await expect(bridge.invoke('fs.readFile', { path: '/etc/passwd' })).rejects.toThrow(/not allowed/);
    await expect(bridge.invoke('__proto__', {})).rejects.toThrow();
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('forwards an allow-listed method to the invoke channel with its input', async () => {
    const input = { cellId: 'c-1' };
    await expect(bridge.invoke('forum.list', input)).resolves.toEqual({ ok: true, data: 'from-main' });
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, 'forum.list', input);
  });

  it('relays only the subscribed event and unsubscribes cleanly', () => {
    const callback = vi.fn();
    const off = bridge.on('data.changed', callback);
    expect(ipcRenderer.on).toHaveBeenCalledTimes(1);
    const [channel, listener] = ipcRenderer.on.mock.calls[0] as unknown as [string, (...a: unknown[]) => void];
    expect(channel).toBe(IPC_EVENT_CHANNEL);
    listener({}, 'other.event', 1);
    listener({}, 'data.changed', { id: 'x' });
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith({ id: 'x' });
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, listener);
  });

  it('refuses to subscribe to an event that is not allow-listed', () => {
    expect(() => bridge.on('evil.event', () => {})).toThrow(/not allowed/);
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('sends only the three plain fields of a file to the save channel the main process handles', async () => {
    const file = { fileName: 'Nghị quyết.docx', base64: 'UEs=', mimeType: 'application/zip', extra: () => 'not cloned', path: '/etc/passwd' };
    await bridge.saveFile(file);
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(SAVE_FILE_CHANNEL, { fileName: 'Nghị quyết.docx', base64: 'UEs=', mimeType: 'application/zip' });
  });

  it('passes a print request (name and print view) to the PDF channel, and refuses anything else', async () => {
    await bridge.printPdf({ fileName: 'Nghị quyết.pdf', html: '<p>x</p>', extra: 'dropped' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(PRINT_PDF_CHANNEL, { fileName: 'Nghị quyết.pdf', html: '<p>x</p>' });
    await expect(bridge.printPdf({ fileName: 'x.pdf' })).rejects.toThrow();
    await expect(bridge.printPdf(null)).rejects.toThrow();
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
  });

  it('refuses a save request that is not three texts without touching IPC', async () => {
    await expect(bridge.saveFile(null)).rejects.toThrow();
    await expect(bridge.saveFile('x.docx')).rejects.toThrow();
    await expect(bridge.saveFile({ fileName: 1, base64: '', mimeType: '' })).rejects.toThrow();
    await expect(bridge.saveFile({ fileName: 'a.docx', base64: new Uint8Array(2), mimeType: '' })).rejects.toThrow();
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});
