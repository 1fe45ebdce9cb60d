// The desktop save dialog for exports: only our own window may ask; the name, type, size and
// content are checked before any dialog opens; the dialog is filtered by the file's type and
// suggests its name; the bytes land where the user chose (a real file in a temporary folder).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FORBIDDEN_SENDER_MESSAGE } from '../../src-main/electron/ipc';
import {
  checkSaveRequest, MAX_SAVE_BYTES, registerSaveFile, SAVE_FILE_CHANNEL, SAVE_MESSAGES, withExtension,
} from '../../src-main/electron/save-file';
import { BrowserWindow, dialog, ipcMain } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Handler = (event: unknown, input: unknown) => Promise<{ saved: boolean; path?: string; error?: string }>;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const bytes = Buffer.from('PK\u0003\u0004 nội dung thử', 'utf8');
const request = (over: Record<string, unknown> = {}) => ({ fileName: 'Nghị quyết 01-NQ-CB.docx', base64: bytes.toString('base64'), mimeType: DOCX, ...over });

describe('checkSaveRequest', () => {
  it('accepts the exported types and decodes the bytes', () => {
    const ok = checkSaveRequest(request());
    expect(ok).toMatchObject({ ok: true, fileName: 'Nghị quyết 01-NQ-CB.docx', extension: 'docx' });
    expect(ok.ok && ok.bytes.equals(bytes)).toBe(true);
    for (const name of ['Kế hoạch.xlsx', 'Biên bản.PDF', 'Bản in.html']) expect(checkSaveRequest(request({ fileName: name })).ok).toBe(true);
  });

  it('refuses anything that is not three texts', () => {
    for (const bad of [null, undefined, 'x.docx', 42, [], request({ fileName: 7 }), request({ base64: null }), request({ mimeType: undefined })]) {
      expect(checkSaveRequest(bad)).toEqual({ ok: false, error: SAVE_MESSAGES.badRequest });
    }
  });

  it('refuses path separators, traversal, control and reserved characters, empty and overlong names', () => {
    for (const fileName of ['../x.docx', 'a/b.docx', 'a\\b.docx', '..', '.docx', 'x.docx.', '', '   ', 'a\u0000.docx', 'a\nb.docx', 'C:x.docx', 'a?.docx', `${'a'.repeat(200)}.docx`]) {
      expect(checkSaveRequest(request({ fileName })), fileName).toEqual({ ok: false, error: SAVE_MESSAGES.badName });
    }
  });

  it('accepts the roster CSV and the data-transfer file', () => {
    for (const fileName of ['Danh-sach-dang-vien-Chi-bo-Van-phong.csv', 'Tu-soi-Chi-bo-Van-phong-2026-11-23.tusoi']) {
      expect(checkSaveRequest(request({ fileName })), fileName).toMatchObject({ ok: true, fileName });
    }
  });

  it('refuses an unknown or missing extension', () => {
    for (const fileName of ['x.exe', 'x.sh', 'x', 'x.docx.lnk', 'x.js']) {
      expect(checkSaveRequest(request({ fileName })), fileName).toEqual({ ok: false, error: SAVE_MESSAGES.badType });
    }
  });

  it('refuses a payload over the size limit before decoding it, and malformed base64', () => {
    const huge = 'A'.repeat(Math.ceil(MAX_SAVE_BYTES / 3) * 4 + 4);
    expect(checkSaveRequest(request({ base64: huge }))).toEqual({ ok: false, error: SAVE_MESSAGES.tooLarge });
    for (const base64 of ['abc', 'ab$=', '====', 'YQ==YQ==']) {
      expect(checkSaveRequest(request({ base64 })), base64).toEqual({ ok: false, error: SAVE_MESSAGES.badContent });
    }
  });

  it('adds the extension the dialog left off', () => {
    expect(withExtension('/home/a/Nghị quyết', 'docx')).toBe('/home/a/Nghị quyết.docx');
    expect(withExtension('/home/a/Nghị quyết.DOCX', 'docx')).toBe('/home/a/Nghị quyết.DOCX');
    expect(withExtension('/home/a/x.pdf', 'docx')).toBe('/home/a/x.pdf.docx');
  });
});

describe('registerSaveFile', () => {
  let win: BrowserWindow;
  let dir: string;
  let dispose: () => void;
  const ours = () => ({ sender: win.webContents, senderFrame: { url: 'app://tu-soi/index.html#/x', parent: null } });
  const handler = () => ipcMain.handlers.get(SAVE_FILE_CHANNEL) as Handler;

  beforeEach(() => {
    vi.clearAllMocks();
    ipcMain.handlers.clear();
    win = new BrowserWindow({});
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tusoi-save-'));
    dispose = registerSaveFile(ipcMain as never, { windows: () => [win] as never, defaultDir: () => '/home/bi-thu/Tài liệu' });
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('asks where to save with the suggested name and a filter for the type, then writes the bytes', async () => {
    const target = path.join(dir, 'Nghị quyết.docx');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await handler()(ours(), request());
    expect(result).toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target).equals(bytes)).toBe(true);
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1);
    const [owner, options] = dialog.showSaveDialog.mock.calls[0] as [unknown, Record<string, any>];
    expect(owner).toBe(win);
    expect(options.defaultPath).toBe(path.join('/home/bi-thu/Tài liệu', 'Nghị quyết 01-NQ-CB.docx'));
    expect(options.filters).toEqual([{ name: 'Văn bản Word', extensions: ['docx'] }]);
  });

  it('adds the extension when the chosen name has none', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'Kế hoạch') });
    const result = await handler()(ours(), request({ fileName: 'Kế hoạch khắc phục.xlsx' }));
    expect(result).toEqual({ saved: true, path: path.join(dir, 'Kế hoạch.xlsx') });
    expect(fs.existsSync(path.join(dir, 'Kế hoạch.xlsx'))).toBe(true);
  });

  it('writes nothing when the user cancels', async () => {
    const result = await handler()(ours(), request());
    expect(result).toEqual({ saved: false });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a bad request before any dialog opens', async () => {
    for (const bad of [request({ fileName: '../../.bashrc' }), request({ fileName: 'x.exe' }), request({ base64: '%%%%' }), { fileName: 'a.docx' }, null]) {
      const result = await handler()(ours(), bad);
      expect(result.saved).toBe(false);
      expect(result.error).toMatch(/^Không lưu được tệp/);
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a caller that is not our app:// top frame', async () => {
    const foreign = new BrowserWindow({});
    const cases = [
      { sender: win.webContents, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: win.webContents, senderFrame: { url: 'app://tu-soi/index.html', parent: {} } },
      { sender: foreign.webContents, senderFrame: { url: 'app://tu-soi/index.html', parent: null } },
      { sender: win.webContents, senderFrame: null },
    ];
    for (const event of cases) expect(await handler()(event, request())).toEqual({ saved: false, error: FORBIDDEN_SENDER_MESSAGE });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a folder it cannot write to, in Vietnamese', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'không-có', 'x.docx') });
    const result = await handler()(ours(), request());
    expect(result.saved).toBe(false);
    expect(result.error).toMatch(/^Không ghi được tệp vào thư mục đã chọn \(ENOENT\)/);
  });

  it('dispose removes the handler', () => {
    dispose();
    expect(ipcMain.handlers.has(SAVE_FILE_CHANNEL)).toBe(false);
  });
});
