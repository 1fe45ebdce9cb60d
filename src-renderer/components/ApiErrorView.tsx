// How a failed query looks: NOT_FOUND is a friendly page with a way home, anything else is the
// API's own Vietnamese message with a retry button. Never a crash.
import { useEffect, useRef } from 'react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { isApiError } from '../api';
import { t } from '../i18n';

export function NotFoundView({ message }: { message?: string }) {
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t.errors.notFoundTitle}</Title>
      <Text size="lg">{message ?? t.errors.notFoundBody}</Text>
      <Group>
        <Button component={Link} to="/">
          {t.common.goHome}
        </Button>
      </Group>
    </Stack>
  );
}

export function ApiErrorView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (isApiError(error) && error.code === 'NOT_FOUND') return <NotFoundView message={error.message} />;
  const message = error instanceof Error ? error.message : t.errors.unexpected;
  return (
    <Alert color="red" variant="light" title={t.errors.loadFailedTitle} role="alert" maw={720}>
      <Stack gap="sm" align="flex-start">
        <Text>{message}</Text>
        {onRetry && (
          <Button variant="default" onClick={onRetry}>
            {t.errors.retry}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** The top message of a failed save, above the form. Field messages go under their fields. */
export function SaveErrorAlert({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  // The Save button may be far below: bring the message into view and to screen readers.
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const message = error instanceof Error ? error.message : t.errors.unexpected;
  const conflict = isApiError(error) && error.code === 'CONFLICT';
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" title={t.errors.saveFailedTitle} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text>{message}</Text>
        {conflict && onReload && (
          <Button variant="default" onClick={onReload}>
            {t.errors.loadLatest}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** The message for one field, from the API's `issues[].path`. */
export function fieldError(error: unknown, path: string): string | undefined {
  return isApiError(error) ? error.issueFor(path) : undefined;
}
