// Shown instead of the app when the data file is damaged: the good backups beside it, newest
// first, each restorable after a confirm that shows what it holds.
import { useState } from 'react';
import { Alert, Badge, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import type { BackupEntry, RecoveryStatus } from '../../../src-main/contract/backups';
import { useApiMutation } from '../../api';
import { usePageTitle } from '../../components/usePageTitle';
import { t } from '../../i18n';
import { RestoreConfirmModal } from './RestoreConfirmModal';

export default function RecoveryScreen({ status, onRescan, rescanning }: { status: RecoveryStatus; onRescan: () => void; rescanning: boolean }) {
  const b = t.backups;
  const r = b.recovery;
  usePageTitle(r.pageTitle);
  const [choosing, setChoosing] = useState<BackupEntry | null>(null);
  const restore = useApiMutation('recovery.restore', { onSuccess: () => setChoosing(null) });

  return (
    <Container size="md" py="xl" component="main">
      <Stack gap="lg">
        <Title order={1}>{r.title}</Title>
        <Alert color="red" variant="light" role="alert">
          <Stack gap="xs">
            <Text>{r.intro}</Text>
            <Text size="sm">
              {r.detail}: {status.message}
            </Text>
          </Stack>
        </Alert>
        {restore.isSuccess && (
          <Alert color="green" variant="light" role="status">
            {r.done}
          </Alert>
        )}
        <Title order={2}>{r.listTitle}</Title>
        {status.backups.length === 0 ? (
          <Stack gap="sm" align="flex-start">
            <Text>{r.none}</Text>
            <Button variant="light" onClick={onRescan} loading={rescanning}>
              {r.rescan}
            </Button>
          </Stack>
        ) : (
          <Stack gap="sm">
            {status.backups.map((entry, index) => (
              <Card key={entry.id} withBorder radius="md" padding="md" component="section" aria-label={b.when(entry.takenAt)}>
                <Group justify="space-between" wrap="wrap" gap="sm">
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Text fw={700}>{b.when(entry.takenAt)}</Text>
                      {index === 0 && (
                        <Badge color="green" variant="light">
                          {r.newest}
                        </Badge>
                      )}
                    </Group>
                    <Text size="sm">
                      {b.reason[entry.reason]} · {b.holds(entry.cells, entry.members, entry.forums)} · {b.size(entry.sizeBytes)}
                    </Text>
                  </Stack>
                  <Button
                    variant={index === 0 ? 'filled' : 'light'}
                    aria-label={r.restoreAria(b.when(entry.takenAt))}
                    onClick={() => {
                      restore.reset();
                      setChoosing(entry);
                    }}
                  >
                    {r.restoreThis}
                  </Button>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
        <Text size="sm" c="dimmed">
          {r.dataFile(status.dataFile)}
        </Text>
      </Stack>
      <RestoreConfirmModal
        backup={choosing}
        title={r.confirmTitle}
        intro={r.confirmIntro}
        confirmLabel={r.confirmButton}
        loading={restore.isPending}
        error={restore.error?.message}
        onConfirm={() => choosing && restore.mutate({ id: choosing.id })}
        onCancel={() => setChoosing(null)}
      />
    </Container>
  );
}
