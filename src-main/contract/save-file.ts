// What the renderer hands the desktop save dialog, and what it answers (the IPC channel in
// src-main/electron/save-file.ts). Types only: the bytes travel as base64 in a plain object.

/** An exported file to save: its suggested name, its bytes (base64) and its type. */
export interface SaveFileRequest {
  fileName: string;
  base64: string;
  mimeType: string;
}

/** `error` (Vietnamese) is set when nothing was written for a reason other than the user cancelling. */
export interface SaveFileResult {
  saved: boolean;
  path?: string;
  error?: string;
}
