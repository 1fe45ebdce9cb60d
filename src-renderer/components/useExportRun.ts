// One export at a time: runs a job (make the file, save or print it) and shows afterwards what it
// says happened, or the error, in Vietnamese. Shared by the documents' and the reports' exports.
import { useRef, useState } from 'react';
import { saveExportedFile, type ApiClient } from '../api';
import { t } from '../i18n';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export interface SaveWords {
  cancelled: string;
  saved: (path: string) => string;
  downloaded: (fileName: string) => string;
}

export function useExportRun<K extends string>() {
  const running = useRef(false);
  const [busy, setBusy] = useState<K | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** `job` answers the notice to show once it is done. */
  const run = async (kind: K, job: () => Promise<string>) => {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    setNotice(null);
    setError(null);
    try {
      setNotice(await job());
    } catch (err) {
      setError(err instanceof Error ? err.message : t.errors.unexpected);
    } finally {
      running.current = false;
      setBusy(null);
    }
  };
  return { run, busy, notice, error };
}

/** Saves an exported file (desktop: the save dialog; browser: a download) and says where it went. */
export async function saveWithNotice(file: ExportedFile, transport: ApiClient['transport'], words: SaveWords): Promise<string> {
  const result = await saveExportedFile(file);
  if (!result.saved) return words.cancelled;
  return transport === 'ipc' ? words.saved(result.path ?? file.fileName) : words.downloaded(file.fileName);
}
