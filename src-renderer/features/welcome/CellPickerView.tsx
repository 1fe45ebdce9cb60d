import { Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import type { Cell } from '../../api/types';
import { SampleBadge } from '../../components/badges';
import { t } from '../../i18n';
import classes from './CellPicker.module.css';

export function CellPickerView({ cells }: { cells: Cell[] }) {
  return (
    <Stack gap="lg" maw={760}>
      <Stack gap="xs">
        <Title order={1}>{t.welcome.pickTitle}</Title>
        <Text size="lg">{t.welcome.pickLead}</Text>
      </Stack>
      <Stack component="ul" gap="sm" p={0} m={0} aria-label={t.welcome.pickTableLabel} style={{ listStyle: 'none' }}>
        {cells.map((cell) => (
          <li key={cell.id}>
            <UnstyledButton component={Link} to={`/cells/${cell.id}`} className={classes.item}>
              <Paper withBorder p="md" radius="md">
                <Group justify="space-between" wrap="nowrap">
                  <Stack gap={2}>
                    <Text fw={700} size="lg">
                      {cell.name}
                    </Text>
                    <Text c="dimmed">
                      {cell.higherBody} · {t.cell.termLabel(cell.termStartYear, cell.termEndYear)}
                    </Text>
                  </Stack>
                  {cell.isSample && <SampleBadge />}
                </Group>
              </Paper>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
