// Desktop PDF export: the renderer hands over a document's print view (the HTML the core renders
// with @page A4 and the format profile's layout); the main process loads it in a hidden,
// script-less window, prints it to PDF with the page size the print view asks for, and saves it
// through the same dialog as every other export.
import { app, BrowserWindow, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { FORBIDDEN_SENDER_MESSAGE, isTrustedSender } from './ipc';
import { saveWithDialog, type SaveFileOptions, type SaveFileResult } from './save-file';

/** The preload sends print requests here (it writes the same literal). */
export const PRINT_PDF_CHANNEL = 'tusoi:print-pdf';
/** A 66-page minutes is about 0.5 MB of HTML; this leaves room and stops a runaway payload. */
export const MAX_PRINT_HTML_CHARS = 20 * 1024 * 1024;

export const PRINT_MESSAGES = {
  badRequest: 'Không in được ra PDF: yêu cầu không đúng dạng. Hãy xuất lại văn bản.',
  badName: 'Không in được ra PDF: tên tệp phải kết thúc bằng .pdf.',
  tooLarge: 'Không in được ra PDF: bản in quá lớn.',
  failed: (reason: string) => `Không in được ra PDF (${reason}). Hãy thử lại, hoặc xuất tệp Word rồi in từ Word.`,
} as const;

export type CheckedPrint = { ok: true; fileName: string; html: string } | { ok: false; error: string };

export function checkPrintRequest(input: unknown): CheckedPrint {
  if (typeof input !== 'object' || input === null) return { ok: false, error: PRINT_MESSAGES.badRequest };
  const { fileName, html } = input as Record<string, unknown>;
  if (typeof fileName !== 'string' || typeof html !== 'string') return { ok: false, error: PRINT_MESSAGES.badRequest };
  const name = fileName.normalize('NFC').trim();
  if (!/^[^/\\\u0000-\u001F<>:"|?*]{1,200}\.pdf$/i.test(name) || name.startsWith('.')) return { ok: false, error: PRINT_MESSAGES.badName };
  if (html.length > MAX_PRINT_HTML_CHARS) return { ok: false, error: PRINT_MESSAGES.tooLarge };
  return { ok: true, fileName: name, html };
}

/** Renders print HTML to PDF bytes in a hidden window with scripts off; the window is always closed. */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    return await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}

/** Handles PRINT_PDF_CHANNEL; returns the function that removes the handler. */
export function registerPrintPdf(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  options: SaveFileOptions & { render?: (html: string) => Promise<Buffer> },
): () => void {
  const defaultDir = options.defaultDir ?? (() => app.getPath('documents'));
  const render = options.render ?? htmlToPdf;
  ipcMain.handle(PRINT_PDF_CHANNEL, async (event: IpcMainInvokeEvent, input: unknown): Promise<SaveFileResult> => {
    const windows = options.windows();
    if (!isTrustedSender(event, windows)) return { saved: false, error: FORBIDDEN_SENDER_MESSAGE };
    const request = checkPrintRequest(input);
    if (!request.ok) return { saved: false, error: request.error };
    let bytes: Buffer;
    try {
      bytes = await render(request.html);
    } catch (error) {
      return { saved: false, error: PRINT_MESSAGES.failed((error as Error).message) };
    }
    const owner = windows.find((w) => !w.isDestroyed() && w.webContents === event.sender) as BrowserWindow | undefined;
    return saveWithDialog(owner, request.fileName, 'pdf', bytes, defaultDir());
  });
  return () => ipcMain.removeHandler(PRINT_PDF_CHANNEL);
}
