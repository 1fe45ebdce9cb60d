// "Xuất danh sách": the cell's current members as XLSX or CSV, with the headers the import reads,
// saved through the same path as document exports (save dialog on desktop, download in a browser).
import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { saveExportedFile, useApiClient } from '../../api';
import { t } from '../../i18n';

interface Props {
  cellId: string;
  onDone: (message: string) => void;
  onError: (message: string) => void;
}

export function RosterExportMenu({ cellId, onDone, onError }: Props) {
  const r = t.rosters;
  const client = useApiClient();
  const [busy, setBusy] = useState(false);

  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    try {
      const file = await client.call('roster.export', { cellId, format });
      const result = await saveExportedFile(file);
      if (result.saved) onDone(r.exported(result.path ?? file.fileName));
    } catch (error) {
      onError(error instanceof Error ? error.message : t.errors.unexpected);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={busy} aria-label={r.exportButton}>
          {r.exportButton}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={r.exportMenuLabel}>
        <Menu.Item onClick={() => void run('xlsx')}>{r.exportXlsx}</Menu.Item>
        <Menu.Item onClick={() => void run('csv')}>{r.exportCsv}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
