// Saving an exported document (the answer of document.export) where the user wants it: in the
// desktop app through the native save dialog of the main process (window.tusoi.saveFile), in
// browser mode as an ordinary download. Callers never know which one ran.
import type { DesktopBridge, SaveFileRequest, SaveFileResult } from './transport';

/** "UEs=" → the bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Browser mode: hands the bytes to the browser as a download with the suggested name. */
export function downloadInBrowser(file: SaveFileRequest, doc: Document = document): void {
  const blob = new Blob([base64ToBytes(file.base64)], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface SaveFileEnvironment {
  bridge?: Pick<DesktopBridge, 'saveFile'>;
  download?: (file: SaveFileRequest) => void;
}

const defaultEnvironment = (): SaveFileEnvironment => ({
  bridge: typeof window === 'undefined' ? undefined : window.tusoi,
  download: (file) => downloadInBrowser(file),
});

/**
 * Saves an exported file. Desktop: the save dialog (`saved: false` when the user cancels; an
 * Error with the Vietnamese reason when the main process refused or could not write). Browser
 * mode: a download (`saved: true`, no path: the browser decides where it goes).
 */
export async function saveExportedFile(file: SaveFileRequest, env: SaveFileEnvironment = defaultEnvironment()): Promise<SaveFileResult> {
  const request: SaveFileRequest = { fileName: file.fileName, base64: file.base64, mimeType: file.mimeType };
  if (env.bridge?.saveFile) {
    const result = await env.bridge.saveFile(request);
    if (result.error) throw new Error(result.error);
    return result.saved ? { saved: true, ...(result.path ? { path: result.path } : {}) } : { saved: false };
  }
  (env.download ?? ((f: SaveFileRequest) => downloadInBrowser(f)))(request);
  return { saved: true };
}

/**
 * A PDF of a document from its print view (the `html` export): desktop prints it to PDF in the
 * main process and saves it through the dialog; browser mode opens the browser's print dialog on
 * the print view, where "Save as PDF" is one of the printers. Resolves when the dialog was shown.
 */
export async function savePdf(
  file: { fileName: string; html: string },
  env: { bridge?: Pick<DesktopBridge, 'printPdf'>; print?: (html: string) => void } = {
    bridge: typeof window === 'undefined' ? undefined : window.tusoi,
  },
): Promise<SaveFileResult> {
  if (env.bridge?.printPdf) {
    const result = await env.bridge.printPdf({ fileName: file.fileName, html: file.html });
    if (result.error) throw new Error(result.error);
    return result.saved ? { saved: true, ...(result.path ? { path: result.path } : {}) } : { saved: false };
  }
  (env.print ?? printInBrowser)(file.html);
  return { saved: true };
}

/**
 * Browser mode: prints an HTML page through a hidden iframe in which no script runs (the sandbox
 * allows only the print dialog, and same-origin so this window may call print on it). The page's
 * own @page rules give the A4 layout; "Save as PDF" in the dialog gives the PDF.
 */
export function printInBrowser(html: string, title = 'PDF', doc: Document = document): HTMLIFrameElement {
  doc.getElementById('tusoi-print-frame')?.remove();
  const frame = doc.createElement('iframe');
  frame.id = 'tusoi-print-frame';
  frame.title = title;
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' });
  frame.addEventListener(
    'load',
    () => {
      const win = frame.contentWindow;
      if (!win) return;
      // The frame goes once the dialog closed (a later print replaces it in any case).
      win.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 0), { once: true });
      win.focus();
      win.print();
    },
    { once: true },
  );
  frame.srcdoc = html;
  doc.body.appendChild(frame);
  return frame;
}
