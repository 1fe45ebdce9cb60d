import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';

interface PageHeaderProps {
  title: ReactNode;
  /** A line under the title (higher body, term…). */
  subtitle?: ReactNode;
  /** Badges next to the title. */
  badges?: ReactNode;
  /** Buttons on the right. */
  actions?: ReactNode;
}

export function PageHeader({ title, subtitle, badges, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" mb="lg">
      <Stack gap={4}>
        <Group gap="sm" align="center">
          <Title order={1}>{title}</Title>
          {badges}
        </Group>
        {subtitle && (
          <Text c="dimmed" size="lg">
            {subtitle}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
