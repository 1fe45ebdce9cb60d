import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A bordered page section whose heading names it for screen readers. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Title order={2} id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
