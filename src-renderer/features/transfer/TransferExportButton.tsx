// "Xuất dữ liệu chi bộ" / "Xuất buổi sinh hoạt": the cell (or one forum) as a .tusoi file, saved
// through the same path as document exports.
import { useState } from 'react';
import { Button, type ButtonProps } from '@mantine/core';
import { saveExportedFile, useApiClient } from '../../api';
import { t } from '../../i18n';

interface Props extends Pick<ButtonProps, 'variant' | 'size'> {
  cellId: string;
  forumId?: string;
  onDone: (message: string) => void;
  onError: (message: string) => void;
}

export function TransferExportButton({ cellId, forumId, onDone, onError, variant = 'default', size }: Props) {
  const x = t.transfer;
  const client = useApiClient();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await client.call('transfer.export', forumId ? { cellId, forumId } : { cellId });
      const result = await saveExportedFile(file);
      if (result.saved) onDone(x.exported(result.path ?? file.fileName));
    } catch (error) {
      onError(error instanceof Error ? error.message : t.errors.unexpected);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant={variant} size={size} loading={busy} onClick={() => void run()} title={forumId ? x.exportForumTitle : x.exportCellTitle}>
      {forumId ? x.exportForum : x.exportCell}
    </Button>
  );
}
