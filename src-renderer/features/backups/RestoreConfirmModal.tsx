// Asks before a restore, showing what the chosen backup holds (the preview read from the file).
import { List, Text } from '@mantine/core';
import type { BackupEntry } from '../../../src-main/contract/backups';
import { ConfirmButtons } from '../../components/ConfirmModal';
import { AppModal } from '../../components/Dialogs';
import { t } from '../../i18n';

interface RestoreConfirmModalProps {
  backup: BackupEntry | null;
  title: string;
  intro: (when: string) => string;
  /** Extra paragraph under the preview (the safety backup, in settings). */
  note?: string;
  confirmLabel: string;
  loading: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function RestoreConfirmModal({ backup, title, intro, note, confirmLabel, loading, error, onConfirm, onCancel }: RestoreConfirmModalProps) {
  const b = t.backups;
  return (
    <AppModal opened={backup !== null} onClose={onCancel} title={title}>
      {backup && (
        <>
          <Text mb="xs">{intro(b.when(backup.takenAt))}</Text>
          <List mb="md" data-testid="restore-preview">
            <List.Item>{b.holds(backup.cells, backup.members, backup.forums)}</List.Item>
            <List.Item>
              {b.col.reason}: {b.reason[backup.reason]}
            </List.Item>
            <List.Item>
              {b.col.size}: {b.size(backup.sizeBytes)}
            </List.Item>
          </List>
          {note && <Text mb="md">{note}</Text>}
          {error && (
            <Text c="red" mb="md" role="alert">
              {error}
            </Text>
          )}
          <ConfirmButtons confirmLabel={confirmLabel} loading={loading} onConfirm={onConfirm} onCancel={onCancel} />
        </>
      )}
    </AppModal>
  );
}
