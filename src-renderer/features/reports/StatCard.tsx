import { Paper, Text } from '@mantine/core';

/** One figure with its label, large enough to read across a meeting table. */
export function StatCard({ label, value, note, tone }: { label: string; value: number | string; note?: string; tone?: 'red' }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text c="dimmed" fw={600}>{label}</Text>
      <Text fz={28} fw={700} c={tone === 'red' ? 'red.9' : undefined} lh={1.2}>
        {typeof value === 'number' ? value.toLocaleString('vi-VN') : value}
      </Text>
      {note && <Text>{note}</Text>}
    </Paper>
  );
}
