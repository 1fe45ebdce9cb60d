// Desktop PDF export: only our own window may ask; the name must be a .pdf and the HTML text;
// the print view is rendered to PDF (here by a stand-in renderer: Electron cannot run) and saved
// through the same dialog as other exports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FORBIDDEN_SENDER_MESSAGE } from '../../src-main/electron/ipc';
import { checkPrintRequest, PRINT_MESSAGES, PRINT_PDF_CHANNEL, registerPrintPdf } from '../../src-main/electron/print-pdf';
import { BrowserWindow, dialog, ipcMain } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Handler = (event: unknown, input: unknown) => Promise<{ saved: boolean; path?: string; error?: string }>;
const html = '<!doctype html><html><body><p>NGHỊ QUYẾT</p></body></html>';

describe('checkPrintRequest', () => {
  it('accepts a .pdf name with the print HTML', () => {
    expect(checkPrintRequest({ fileName: 'Dự thảo nghị quyết.pdf', html })).toEqual({ ok: true, fileName: 'Dự thảo nghị quyết.pdf', html });
  });
  it('refuses other names, types and shapes', () => {
    for (const bad of [null, 'x', { fileName: 'x.docx', html }, { fileName: '../x.pdf', html }, { fileName: 'x.pdf', html: 7 }, { fileName: '.pdf', html }]) {
      expect(checkPrintRequest(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('registerPrintPdf', () => {
  let win: BrowserWindow;
  let dir: string;
  const render = vi.fn(async (h: string) => Buffer.from(`%PDF-1.7 ${h.length}`));
  const ours = () => ({ sender: win.webContents, senderFrame: { url: 'app://tu-soi/index.html#/x', parent: null } });
  const handler = () => ipcMain.handlers.get(PRINT_PDF_CHANNEL) as Handler;

  beforeEach(() => {
    vi.clearAllMocks();
    ipcMain.handlers.clear();
    win = new BrowserWindow({});
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tusoi-pdf-'));
    registerPrintPdf(ipcMain as never, { windows: () => [win] as never, defaultDir: () => dir, render });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('renders the print view and saves the PDF where the user chose', async () => {
    const target = path.join(dir, 'Nghị quyết.pdf');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await handler()(ours(), { fileName: 'Nghị quyết.pdf', html })).toEqual({ saved: true, path: target });
    expect(render).toHaveBeenCalledWith(html);
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^%PDF-1\.7/);
    const [, options] = dialog.showSaveDialog.mock.calls[0] as [unknown, Record<string, any>];
    expect(options.filters).toEqual([{ name: 'Tệp PDF', extensions: ['pdf'] }]);
  });

  it('refuses a foreign caller or a bad request before rendering', async () => {
    expect(await handler()({ sender: win.webContents, senderFrame: { url: 'https://evil.example/', parent: null } }, { fileName: 'x.pdf', html }))
      .toEqual({ saved: false, error: FORBIDDEN_SENDER_MESSAGE });
    expect(await handler()(ours(), { fileName: 'x.exe', html })).toEqual({ saved: false, error: PRINT_MESSAGES.badName });
    expect(render).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a failed render in Vietnamese and writes nothing', async () => {
    render.mockRejectedValueOnce(new Error('render crashed'));
    const result = await handler()(ours(), { fileName: 'x.pdf', html });
    expect(result).toEqual({ saved: false, error: PRINT_MESSAGES.failed('render crashed') });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
