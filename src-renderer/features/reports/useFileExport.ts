// Runs a report export and saves its file: the desktop's save dialog or a browser download, through
// api/save-file like the documents' exports. One export at a time; a notice or an error afterwards.
import { useApiClient } from '../../api';
import { saveWithNotice, useExportRun, type ExportedFile } from '../../components/useExportRun';
import { t } from '../../i18n';

export type { ExportedFile };

export function useFileExport() {
  const client = useApiClient();
  const exporting = useExportRun<string>();
  const run = (kind: string, make: () => Promise<ExportedFile>) =>
    exporting.run(kind, async () => saveWithNotice(await make(), client.transport, t.reports.export));
  return { ...exporting, run, client };
}
