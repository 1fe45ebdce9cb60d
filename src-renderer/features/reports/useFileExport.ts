// Runs an export method and saves its file: the desktop's save dialog or a browser download,
// through api/save-file like the documents' exports. One export at a time; a notice or an error
// in Vietnamese afterwards.
import { useRef, useState } from 'react';
import { saveExportedFile, useApiClient } from '../../api';
import { t } from '../../i18n';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export function useFileExport() {
  const client = useApiClient();
  const running = useRef(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (kind: string, make: () => Promise<ExportedFile>) => {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    setNotice(null);
    setError(null);
    try {
      const file = await make();
      const result = await saveExportedFile(file);
      if (!result.saved) setNotice(t.reports.export.cancelled);
      else if (client.transport === 'ipc') setNotice(t.reports.export.saved(result.path ?? file.fileName));
      else setNotice(t.reports.export.downloaded(file.fileName));
    } catch (err) {
      setError(err instanceof Error ? err.message : t.errors.unexpected);
    } finally {
      running.current = false;
      setBusy(null);
    }
  };
  return { run, busy, notice, error, client };
}
