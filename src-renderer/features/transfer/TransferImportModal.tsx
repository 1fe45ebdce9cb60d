// "Nhập dữ liệu từ máy khác": pick a .tusoi file, see what it holds (a whole cell or one forum),
// how many items of each kind would be added, updated or left as they are, and every conflict.
// A conflict is never written over: with conflicts, the import goes ahead only after the user ticks
// that this laptop's version of those items is kept.
import { useState } from 'react';
import { Alert, Button, Checkbox, FileButton, Group, Modal, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useApiMutation, type Output } from '../../api';
import { usePickedFile } from '../../components/usePickedFile';
import { formatDateShort, t } from '../../i18n';

type Preview = Output<'transfer.preview'>;

interface Props {
  opened: boolean;
  onClose: () => void;
  /** After a successful import: the cell the file was about. */
  onImported: (cellId: string, message: string) => void;
}

const SHOWN_CONFLICTS = 100;

function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${formatDateShort(iso)}`;
}

export function TransferImportModal({ opened, onClose, onImported }: Props) {
  const x = t.transfer;
  const [consent, setConsent] = useState(false);
  const preview = useApiMutation('transfer.preview');
  const importer = useApiMutation('transfer.import');

  const picked = usePickedFile((read) => preview.mutate({ fileName: read.name, base64: read.base64 }));
  const { file, readError } = picked;

  const reset = () => {
    picked.clear();
    setConsent(false);
    preview.reset();
    importer.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  const data: Preview | undefined = preview.data;
  const blocked = !!data && data.conflictCount > 0 && !consent;
  const canImport = !!file && !!data && data.changes > 0 && !blocked && !importer.isPending;

  const submit = () => {
    if (!file || !data || !canImport) return;
    importer.mutate(
      { fileName: file.name, base64: file.base64, skipConflicts: data.conflictCount > 0 && consent },
      { onSuccess: (result) => { onImported(result.scope.cellId, x.imported(result.changes, result.skipped)); close(); } },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={x.modalTitle} size="min(980px, 96vw)" closeButtonProps={{ 'aria-label': t.common.close }}>
      <Stack gap="md">
        <Text>{x.intro}</Text>
        <Group gap="sm">
          <FileButton onChange={(f) => { if (f) { reset(); void picked.pick(f); } }} accept=".tusoi,application/gzip">
            {(props) => (
              <Button {...props} variant={data ? 'default' : 'filled'} loading={preview.isPending}>
                {data ? x.chooseAnother : x.chooseFile}
              </Button>
            )}
          </FileButton>
          {file && <Text c="dimmed">{t.rosters.fileLabel(file.name)}</Text>}
        </Group>

        {(readError || preview.error || importer.error) && (
          <Alert color="red" variant="light" role="alert">
            {readError ?? preview.error?.message ?? importer.error?.message}
          </Alert>
        )}

        {data && (
          <>
            <Stack gap={2}>
              <Title order={3} size="h4">
                {data.scope.kind === 'forum'
                  ? x.scopeForum(data.scope.forumTopic ?? '', formatDateShort(data.scope.forumDate ?? ''), data.scope.cellName)
                  : x.scopeCell(data.scope.cellName)}
              </Title>
              <Text c="dimmed">{x.exportedAt(when(data.exportedAt))}</Text>
              <Text>{data.cellExists ? x.cellExists : x.cellNew}</Text>
            </Stack>
            {data.changes === 0 && data.conflictCount === 0 && (
              <Alert color="green" variant="light" role="status">{x.nothingToDo}</Alert>
            )}
            {data.conflictCount > 0 && (
              <Alert color="orange" variant="light" title={x.conflictsTitle(data.conflictCount)}>
                <Stack gap="sm">
                  <Text>{x.conflictsExplain}</Text>
                  <ScrollArea.Autosize mah="30vh" type="auto">
                    <Table aria-label={x.conflictsTableLabel} withTableBorder>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{x.conflictCol.what}</Table.Th>
                          <Table.Th>{x.conflictCol.reason}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.conflicts.slice(0, SHOWN_CONFLICTS).map((c, i) => (
                          <Table.Tr key={`${c.kind}-${i}`}>
                            <Table.Td>{c.what}</Table.Td>
                            <Table.Td>{c.reason}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollArea.Autosize>
                  {data.conflictCount > SHOWN_CONFLICTS && <Text>{x.conflictsMore(data.conflictCount - SHOWN_CONFLICTS)}</Text>}
                  <Checkbox checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} label={x.confirmSkip} />
                </Stack>
              </Alert>
            )}
            <Table aria-label={x.countsLabel} withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{x.col.kind}</Table.Th>
                  <Table.Th ta="right">{x.col.added}</Table.Th>
                  <Table.Th ta="right">{x.col.updated}</Table.Th>
                  <Table.Th ta="right">{x.col.unchanged}</Table.Th>
                  <Table.Th ta="right">{x.col.conflicts}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.kinds.map((k) => (
                  <Table.Tr key={k.kind} data-kind={k.kind}>
                    <Table.Td>{k.label}</Table.Td>
                    <Table.Td ta="right" fw={k.added ? 700 : undefined}>{k.added}</Table.Td>
                    <Table.Td ta="right" fw={k.updated ? 700 : undefined}>{k.updated}</Table.Td>
                    <Table.Td ta="right" c="dimmed">{k.unchanged}</Table.Td>
                    <Table.Td ta="right" c={k.conflicts ? 'red.8' : undefined} fw={k.conflicts ? 700 : undefined}>{k.conflicts}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>{t.common.cancel}</Button>
          <Button onClick={submit} disabled={!canImport} loading={importer.isPending}>
            {data && data.changes === 0 ? x.submitNothing : x.submit(data?.changes ?? 0)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
