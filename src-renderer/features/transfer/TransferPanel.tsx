// The two doors for moving data between laptops, placed on the cell home (export this cell, import
// a file) and on the welcome screen (import only): buttons, the import modal, and what happened.
import { useState } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useNavigate } from 'react-router';
import { t } from '../../i18n';
import { TransferExportButton } from './TransferExportButton';
import { TransferImportModal } from './TransferImportModal';

export function TransferPanel({ cellId }: { cellId?: string }) {
  const navigate = useNavigate();
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm" justify="flex-end">
        {cellId && (
          <TransferExportButton
            cellId={cellId}
            onDone={(text) => setNotice({ ok: true, text })}
            onError={(text) => setNotice({ ok: false, text })}
          />
        )}
        <Button variant={cellId ? 'default' : 'outline'} onClick={() => { setNotice(null); setImporting(true); }}>
          {t.transfer.importButton}
        </Button>
      </Group>
      {notice && (
        <Alert
          color={notice.ok ? 'green' : 'red'}
          variant="light"
          role={notice.ok ? 'status' : 'alert'}
          withCloseButton
          closeButtonLabel={t.common.close}
          onClose={() => setNotice(null)}
          maw={560}
        >
          {notice.text}
        </Alert>
      )}
      <TransferImportModal
        opened={importing}
        onClose={() => setImporting(false)}
        onImported={(importedCellId, text) => {
          setNotice({ ok: true, text });
          if (importedCellId !== cellId) void navigate(`/cells/${importedCellId}`);
        }}
      />
    </Stack>
  );
}
