// Empty states teach: one sentence, one button.
import { Button, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

interface EmptyHintProps {
  message: string;
  actionLabel?: string;
  /** A route to go to… */
  to?: string;
  /** …or an action to run. */
  onAction?: () => void;
}

export function EmptyHint({ message, actionLabel, to, onAction }: EmptyHintProps) {
  return (
    <Paper withBorder p="lg" radius="md" style={{ borderStyle: 'dashed' }}>
      <Stack gap="md" align="flex-start">
        <Text size="lg">{message}</Text>
        {actionLabel && to && (
          <Button component={Link} to={to}>
            {actionLabel}
          </Button>
        )}
        {actionLabel && !to && onAction && <Button onClick={onAction}>{actionLabel}</Button>}
      </Stack>
    </Paper>
  );
}
