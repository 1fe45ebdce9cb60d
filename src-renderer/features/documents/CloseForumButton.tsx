// "Kết thúc buổi sinh hoạt": asks once, closes the forum (forum.close records the end time and
// turns the commitments into plan items), then opens the documents. A refusal shows as the core
// words it.
import { useState } from 'react';
import { Alert, Button, Stack, type ButtonProps } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { t } from '../../i18n';
import { documentsPath } from './paths';
import { useDocumentAction } from './useDocuments';

export function CloseForumButton({ cellId, forumId, ...rest }: { cellId: string; forumId: string } & ButtonProps) {
  const c = t.documents.close;
  const act = useDocumentAction(forumId);
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = async () => {
    setConfirming(false);
    setWorking(true);
    setError(null);
    try {
      await act('forum.close', { forumId });
      navigate(documentsPath(cellId, forumId));
    } catch (err) {
      setError(err instanceof Error ? err.message : t.errors.unexpected);
    } finally {
      setWorking(false);
    }
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Button color="red" variant="filled" loading={working} onClick={() => setConfirming(true)} {...rest}>
        {c.button}
      </Button>
      {error && (
        <Alert color="red" variant="light" title={c.refusedTitle} role="alert" withCloseButton closeButtonLabel={t.common.close} onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <ConfirmModal
        opened={confirming}
        title={c.confirmTitle}
        message={c.confirmBody}
        confirmLabel={c.confirm}
        onConfirm={() => void close()}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}
