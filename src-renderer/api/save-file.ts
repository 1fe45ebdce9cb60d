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
