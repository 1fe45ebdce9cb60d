// "Nhập danh sách": pick an XLSX or CSV file, see every row with its problems (rows with problems
// in red, each problem saying how to fix it), then import all rows at once. The import button stays
// disabled while any row has a problem; the file is read again on import, so nothing half-checked
// is ever written.
import { Alert, Badge, Button, FileButton, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useApiMutation } from '../../api';
import { usePickedFile } from '../../components/usePickedFile';
import type { Output } from '../../api';
import { MemberStatusBadge, PartyRoleBadge } from '../../components/badges';
import { t } from '../../i18n';
import classes from './RosterImportModal.module.css';

type Preview = Output<'roster.preview'>;

interface Props {
  cellId: string;
  opened: boolean;
  onClose: () => void;
  onImported: (count: number) => void;
}

const FIELD_HEADERS: Record<Preview['columns'][number]['field'], string> = {
  fullName: t.rosters.col.fullName,
  birthYear: t.rosters.col.birthYear,
  status: t.rosters.col.status,
  statusFull: t.rosters.col.status,
  statusProbation: t.rosters.col.status,
  partyRole: t.rosters.col.partyRole,
  otherPositions: t.rosters.col.otherPositions,
  exempt: t.rosters.col.exempt,
};

export function RosterImportModal({ cellId, opened, onClose, onImported }: Props) {
  const r = t.rosters;
  const preview = useApiMutation('roster.preview');
  const importer = useApiMutation('roster.import');

  const picked = usePickedFile((read) => preview.mutate({ cellId, fileName: read.name, base64: read.base64 }));
  const { file, readError } = picked;

  const reset = () => {
    picked.clear();
    preview.reset();
    importer.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  const data: Preview | undefined = preview.data;
  const canImport = !!file && !!data && data.problemRows === 0 && data.rows.length > 0 && !importer.isPending;

  const submit = () => {
    if (!file || !canImport) return;
    importer.mutate(
      { cellId, fileName: file.name, base64: file.base64 },
      { onSuccess: (result) => { onImported(result.imported); close(); } },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={r.modalTitle} size="min(1100px, 96vw)" closeButtonProps={{ 'aria-label': t.common.close }}>
      <Stack gap="md">
        <Text>{r.intro}</Text>
        <Group gap="sm" align="center">
          <FileButton onChange={(f) => { if (f) { reset(); void picked.pick(f); } }} accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            {(props) => (
              <Button {...props} variant={data ? 'default' : 'filled'} loading={preview.isPending}>
                {data ? r.chooseAnother : r.chooseFile}
              </Button>
            )}
          </FileButton>
          <Text c="dimmed">{file ? r.fileLabel(file.name) : r.chooseFileHint}</Text>
        </Group>

        {(readError || preview.error) && (
          <Alert color="red" variant="light" role="alert">
            {readError ?? preview.error?.message}
          </Alert>
        )}
        {importer.error && (
          <Alert color="red" variant="light" role="alert">
            {importer.error.message}
          </Alert>
        )}

        {data && (
          <>
            <Stack gap={4}>
              <Text>{r.columnsFound(data.columns.map((c) => `«${c.header}» → ${FIELD_HEADERS[c.field]}`).join(', '))}</Text>
              {data.ignoredHeaders.length > 0 && <Text c="dimmed">{r.ignored(data.ignoredHeaders.map((h) => `«${h}»`).join(', '))}</Text>}
            </Stack>
            <Alert color={data.problemRows ? 'red' : 'green'} variant="light" role="status">
              {data.problemRows ? r.summaryProblems(data.problemRows, data.rows.length) : r.summaryOk(data.rows.length)}
            </Alert>
            <ScrollArea.Autosize mah="50vh" type="auto">
              <Table aria-label={r.tableLabel} stickyHeader striped={false} withTableBorder className={classes.table}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{r.col.rowNo}</Table.Th>
                    <Table.Th>{r.col.fullName}</Table.Th>
                    <Table.Th>{r.col.birthYear}</Table.Th>
                    <Table.Th>{r.col.status}</Table.Th>
                    <Table.Th>{r.col.partyRole}</Table.Th>
                    <Table.Th>{r.col.otherPositions}</Table.Th>
                    <Table.Th>{r.col.exempt}</Table.Th>
                    <Table.Th>{r.col.problems}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.rows.map((row) => (
                    <Table.Tr key={row.rowNo} className={row.problems.length ? classes.problem : undefined} data-problem={row.problems.length > 0 || undefined}>
                      <Table.Td>{row.rowNo}</Table.Td>
                      <Table.Td>{row.fullName || r.unknown}</Table.Td>
                      <Table.Td>{row.birthYear ?? r.unknown}</Table.Td>
                      <Table.Td>{row.status ? <MemberStatusBadge status={row.status} /> : r.unknown}</Table.Td>
                      <Table.Td>{row.partyRole === 'dang_vien' ? '' : <PartyRoleBadge role={row.partyRole} />}</Table.Td>
                      <Table.Td>{row.otherPositions}</Table.Td>
                      <Table.Td>{row.exempt ? <Badge variant="light" color="gray">{r.exemptYes}</Badge> : ''}</Table.Td>
                      <Table.Td>
                        {row.problems.map((p) => (
                          <Text key={p} fw={600}>{p}</Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </>
        )}

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>{t.common.cancel}</Button>
          <Button onClick={submit} disabled={!canImport} loading={importer.isPending} title={data?.problemRows ? r.submitDisabledHint : undefined}>
            {data ? r.submit(data.rows.length) : r.importButton}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
