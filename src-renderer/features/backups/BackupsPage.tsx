// Settings → backups: take one now, the list with what each holds, restore with a preview, and how
// many to keep.
import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import type { BackupEntry } from '../../../src-main/contract/backups';
import { useApiMutation, useApiQuery } from '../../api';
import { ApiErrorView } from '../../components/ApiErrorView';
import { PageSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { usePageTitle } from '../../components/usePageTitle';
import { t } from '../../i18n';
import { RestoreConfirmModal } from './RestoreConfirmModal';

export default function BackupsPage() {
  const b = t.backups;
  usePageTitle(b.title);
  const list = useApiQuery('backup.list', {});
  const settings = useApiQuery('backup.getSettings', {});
  const [notice, setNotice] = useState<string | null>(null);
  const [choosing, setChoosing] = useState<BackupEntry | null>(null);
  const [keep, setKeep] = useState<number | string>('');

  useEffect(() => {
    if (settings.data) setKeep(settings.data.keep);
  }, [settings.data]);

  const take = useApiMutation('backup.create', { onSuccess: (info) => setNotice(b.backedUp(b.when(info.takenAt))) });
  const restore = useApiMutation('backup.restore', {
    onSuccess: (result) => {
      setChoosing(null);
      setNotice(b.restored(b.when(result.restored.takenAt)));
    },
  });
  const saveKeep = useApiMutation('backup.setSettings', { onSuccess: (s) => setNotice(b.keepSaved(s.keep)) });

  if (list.isError) return <ApiErrorView error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending) return <PageSkeleton rows={4} />;

  return (
    <Stack gap="lg">
      <PageHeader
        title={b.title}
        subtitle={b.subtitle}
        actions={
          <Button onClick={() => { setNotice(null); take.mutate({}); }} loading={take.isPending}>
            {b.backupNow}
          </Button>
        }
      />
      {notice && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t.common.close} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {take.error && (
        <Alert color="red" variant="light" role="alert">
          {take.error.message}
        </Alert>
      )}
      <Section id="backups-list" title={b.listTitle}>
        {list.data.length === 0 ? (
          <Text>{b.empty}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{b.col.takenAt}</Table.Th>
                  <Table.Th>{b.col.reason}</Table.Th>
                  <Table.Th>{b.col.holds}</Table.Th>
                  <Table.Th>{b.col.size}</Table.Th>
                  <Table.Th>{b.col.actions}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{b.when(entry.takenAt)}</Table.Td>
                    <Table.Td>{b.reason[entry.reason]}</Table.Td>
                    <Table.Td>
                      {entry.status === 'ok' ? (
                        b.holds(entry.cells, entry.members, entry.forums)
                      ) : (
                        <Badge color="red" variant="light">
                          {b.status[entry.status]}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{b.size(entry.sizeBytes)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        disabled={entry.status !== 'ok'}
                        aria-label={b.restoreAria(b.when(entry.takenAt))}
                        onClick={() => {
                          restore.reset();
                          setNotice(null);
                          setChoosing(entry);
                        }}
                      >
                        {b.restore}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {settings.data && (
          <Text size="sm" c="dimmed" mt="sm">
            {b.folder(settings.data.folder)}
          </Text>
        )}
      </Section>
      <Section id="backups-keep" title={b.keepTitle}>
        <Group align="flex-end">
          <NumberInput
            label={b.keepLabel}
            description={b.keepHelp}
            value={keep}
            onChange={setKeep}
            min={2}
            max={200}
            allowDecimal={false}
            clampBehavior="none"
            w={260}
            error={saveKeep.error?.message}
          />
          <Button variant="light" loading={saveKeep.isPending} onClick={() => saveKeep.mutate({ keep: Number(keep) })}>
            {b.keepSave}
          </Button>
        </Group>
      </Section>
      <RestoreConfirmModal
        backup={choosing}
        title={b.confirmTitle}
        intro={b.confirmIntro}
        note={b.confirmSafety}
        confirmLabel={b.confirmButton}
        loading={restore.isPending}
        error={restore.error?.message}
        onConfirm={() => choosing && restore.mutate({ id: choosing.id })}
        onCancel={() => setChoosing(null)}
      />
    </Stack>
  );
}
