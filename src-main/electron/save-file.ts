// The desktop save dialog for exported documents: the renderer hands over a file name and the bytes
// (base64), the main process asks the user where to put it (native dialog, filtered by the file's
// type, with the suggested name) and writes it. Only our own window may ask, and only for the
// document types the app exports; anything else is refused before a dialog opens.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import type { SaveFileResult } from '../contract/save-file';
import { FORBIDDEN_SENDER_MESSAGE, isTrustedSender, type IpcWindow } from './ipc';

/** The preload sends save requests here (the preload writes the same literal: it may import nothing of ours). */
export const SAVE_FILE_CHANNEL = 'tusoi:save-file';

/** Larger than any document the app writes; refuses a runaway payload before decoding it. */
export const MAX_SAVE_BYTES = 50 * 1024 * 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_SAVE_BYTES / 3) * 4;
const MAX_NAME_CHARS = 200;

/** The types the app exports, with the filter each gets in the dialog. */
export const SAVE_FILE_TYPES = {
  docx: 'Văn bản Word',
  xlsx: 'Bảng tính Excel',
  pdf: 'Tệp PDF',
  html: 'Trang in (HTML)',
  csv: 'Tệp CSV (danh sách đảng viên)',
  tusoi: 'Tệp chuyển dữ liệu Tự soi',
} as const;
export type SaveFileExtension = keyof typeof SAVE_FILE_TYPES;

export type { SaveFileRequest, SaveFileResult } from '../contract/save-file';

export const SAVE_MESSAGES = {
  badRequest: 'Không lưu được tệp: yêu cầu không đúng dạng. Hãy xuất lại văn bản.',
  badName: 'Không lưu được tệp: tên tệp không hợp lệ. Hãy xuất lại văn bản.',
  badType: 'Không lưu được tệp: ứng dụng chỉ lưu tệp Word (.docx), Excel (.xlsx), PDF (.pdf), trang in (.html), CSV (.csv) hoặc tệp chuyển dữ liệu (.tusoi).',
  tooLarge: `Không lưu được tệp: tệp quá lớn (tối đa ${MAX_SAVE_BYTES / 1024 / 1024} MB).`,
  badContent: 'Không lưu được tệp: nội dung tệp bị hỏng. Hãy xuất lại văn bản.',
  writeFailed: (reason: string) => `Không ghi được tệp vào thư mục đã chọn (${reason}). Hãy chọn thư mục khác rồi thử lại.`,
  dialogTitle: 'Lưu văn bản',
  saveButton: 'Lưu',
} as const;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const CONTROL_OR_RESERVED = /[\u0000-\u001F\u007F<>:"|?*]/;

export type CheckedRequest = { ok: true; fileName: string; extension: SaveFileExtension; bytes: Buffer } | { ok: false; error: string };

/** Validates what the renderer sent; nothing is trusted (the preload passes plain values through). */
export function checkSaveRequest(input: unknown): CheckedRequest {
  if (typeof input !== 'object' || input === null) return { ok: false, error: SAVE_MESSAGES.badRequest };
  const { fileName, base64, mimeType } = input as Record<string, unknown>;
  if (typeof fileName !== 'string' || typeof base64 !== 'string' || typeof mimeType !== 'string') return { ok: false, error: SAVE_MESSAGES.badRequest };
  const name = fileName.normalize('NFC').trim();
  if (
    name === '' || name.length > MAX_NAME_CHARS || name.includes('/') || name.includes('\\') ||
    CONTROL_OR_RESERVED.test(name) || name.startsWith('.') || name.endsWith('.')
  ) {
    return { ok: false, error: SAVE_MESSAGES.badName };
  }
  const extension = path.extname(name).slice(1).toLowerCase();
  if (!Object.hasOwn(SAVE_FILE_TYPES, extension)) return { ok: false, error: SAVE_MESSAGES.badType };
  if (base64.length > MAX_BASE64_CHARS) return { ok: false, error: SAVE_MESSAGES.tooLarge };
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) return { ok: false, error: SAVE_MESSAGES.badContent };
  return { ok: true, fileName: name, extension: extension as SaveFileExtension, bytes: Buffer.from(base64, 'base64') };
}

/** The chosen path, with the expected extension added when the dialog left it off (GTK does). */
export function withExtension(chosen: string, extension: SaveFileExtension): string {
  return path.extname(chosen).toLowerCase() === `.${extension}` ? chosen : `${chosen}.${extension}`;
}

export interface SaveFileOptions {
  /** Our own windows (as for the invoke channel). */
  windows(): readonly (IpcWindow & Partial<Pick<BrowserWindow, 'id'>>)[];
  /** The folder the dialog opens in; the user's Documents folder by default. */
  defaultDir?: () => string;
}

/** Handles SAVE_FILE_CHANNEL; returns the function that removes the handler. */
export function registerSaveFile(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, options: SaveFileOptions): () => void {
  const defaultDir = options.defaultDir ?? (() => app.getPath('documents'));
  ipcMain.handle(SAVE_FILE_CHANNEL, async (event: IpcMainInvokeEvent, input: unknown): Promise<SaveFileResult> => {
    const windows = options.windows();
    if (!isTrustedSender(event, windows)) return { saved: false, error: FORBIDDEN_SENDER_MESSAGE };
    const request = checkSaveRequest(input);
    if (!request.ok) return { saved: false, error: request.error };
    const owner = windows.find((w) => !w.isDestroyed() && w.webContents === event.sender) as BrowserWindow | undefined;
    return saveWithDialog(owner, request.fileName, request.extension, request.bytes, defaultDir());
  });
  return () => ipcMain.removeHandler(SAVE_FILE_CHANNEL);
}

/** Asks where to save (native dialog, filtered by type, suggested name) and writes the bytes. */
export async function saveWithDialog(
  owner: BrowserWindow | undefined,
  fileName: string,
  extension: SaveFileExtension,
  bytes: Buffer,
  defaultDir: string,
): Promise<SaveFileResult> {
  const dialogOptions = {
    title: SAVE_MESSAGES.dialogTitle,
    buttonLabel: SAVE_MESSAGES.saveButton,
    defaultPath: path.join(defaultDir, fileName),
    filters: [{ name: SAVE_FILE_TYPES[extension], extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
  if (choice.canceled || !choice.filePath) return { saved: false };
  const target = withExtension(choice.filePath, extension);
  try {
    await fs.writeFile(target, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { saved: false, error: SAVE_MESSAGES.writeFailed(String(code)) };
  }
  return { saved: true, path: target };
}
