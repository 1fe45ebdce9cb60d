import { Button, Group, Text } from '@mantine/core';
import { AppModal } from './Dialogs';
import { t } from '../i18n';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  loading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Cancel (which has the focus) and the red confirming button, at the foot of a confirm dialog. */
export function ConfirmButtons({ confirmLabel, loading, onConfirm, onCancel }: Pick<ConfirmModalProps, 'confirmLabel' | 'loading' | 'onConfirm' | 'onCancel'>) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel} data-autofocus>
        {t.common.cancel}
      </Button>
      <Button color="red" onClick={onConfirm} loading={loading}>
        {confirmLabel}
      </Button>
    </Group>
  );
}

/** Asks once before a destructive action. The safe choice has the focus. */
export function ConfirmModal({ opened, title, message, confirmLabel, loading, onConfirm, onCancel }: ConfirmModalProps) {
  return (
    <AppModal opened={opened} onClose={onCancel} title={title}>
      <Text mb="lg">{message}</Text>
      <ConfirmButtons confirmLabel={confirmLabel} loading={loading} onConfirm={onConfirm} onCancel={onCancel} />
    </AppModal>
  );
}
