// saveExportedFile: the desktop save dialog when the preload offers it, a browser download otherwise.
import { describe, expect, it, vi } from 'vitest';
import { base64ToBytes, saveExportedFile } from '../../src-renderer/api';

const file = { fileName: 'Kế hoạch khắc phục.xlsx', base64: Buffer.from('PK\u0003\u0004 dữ liệu').toString('base64'), mimeType: 'application/zip', draft: true };

describe('saveExportedFile', () => {
  it('decodes base64 to the same bytes', () => {
    expect(Buffer.from(base64ToBytes(file.base64)).toString()).toBe('PK\u0003\u0004 dữ liệu');
    expect(base64ToBytes('')).toHaveLength(0);
  });

  it('uses the desktop dialog and passes only the three fields', async () => {
    const saveFile = vi.fn(async () => ({ saved: true, path: '/home/a/Kế hoạch.xlsx' }));
    const download = vi.fn();
    await expect(saveExportedFile(file, { bridge: { saveFile }, download })).resolves.toEqual({ saved: true, path: '/home/a/Kế hoạch.xlsx' });
    expect(saveFile).toHaveBeenCalledWith({ fileName: file.fileName, base64: file.base64, mimeType: file.mimeType });
    expect(download).not.toHaveBeenCalled();
  });

  it('reports a cancelled dialog as not saved, and a refusal as an error with its message', async () => {
    await expect(saveExportedFile(file, { bridge: { saveFile: async () => ({ saved: false }) } })).resolves.toEqual({ saved: false });
    const refused = { saveFile: async () => ({ saved: false, error: 'Không lưu được tệp: tên tệp không hợp lệ.' }) };
    await expect(saveExportedFile(file, { bridge: refused })).rejects.toThrow('Không lưu được tệp: tên tệp không hợp lệ.');
  });

  it('falls back to a download in browser mode', async () => {
    const download = vi.fn();
    await expect(saveExportedFile(file, { bridge: undefined, download })).resolves.toEqual({ saved: true });
    expect(download).toHaveBeenCalledWith({ fileName: file.fileName, base64: file.base64, mimeType: file.mimeType });
  });
});
