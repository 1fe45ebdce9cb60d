// The focus picker: three group cards, each with "chọn cả nhóm" (indeterminate when partly chosen)
// and its nine indicators. Unconfirmed wording carries a visible mark: never shown as official.
import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { IndicatorGroup } from '../../api/types';
import { UnconfirmedBadge } from '../../components/badges';
import { t } from '../../i18n';

interface FocusPickerProps {
  groups: IndicatorGroup[];
  selected: ReadonlySet<number>;
  onChange: (next: Set<number>) => void;
  disabled?: boolean;
  error?: string;
}

export function FocusPicker({ groups, selected, onChange, disabled, error }: FocusPickerProps) {
  const all = groups.flatMap((g) => g.indicators.map((i) => i.no));
  const count = all.filter((no) => selected.has(no)).length;

  const toggle = (numbers: number[], on: boolean) => {
    const next = new Set(selected);
    for (const no of numbers) {
      if (on) next.add(no);
      else next.delete(no);
    }
    onChange(next);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text fw={700} size="lg" aria-live="polite">
          {t.focus.selectedCount(count, all.length)}
        </Text>
        {!disabled && (
          <Group gap="sm">
            <Button variant="default" onClick={() => toggle(all, true)}>
              {t.focus.selectAll}
            </Button>
            <Button variant="default" onClick={() => toggle(all, false)}>
              {t.focus.clearAll}
            </Button>
          </Group>
        )}
      </Group>
      {error && (
        <Text c="red.8" role="alert" fw={600}>
          {error}
        </Text>
      )}
      {groups.map((group) => {
        const numbers = group.indicators.map((i) => i.no);
        const chosen = numbers.filter((no) => selected.has(no)).length;
        const groupTitle = t.focus.groupTitle(group.code, group.title);
        const headingId = `focus-group-${group.code}`;
        return (
          <Paper key={group.code} withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
              <Title order={3} id={headingId}>
                {groupTitle}
              </Title>
              <Text c="dimmed" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {t.focus.groupCount(chosen, numbers.length)}
              </Text>
            </Group>
            <Checkbox
              label={t.focus.selectGroup}
              aria-label={t.focus.selectGroupLabel(`${group.code}. ${group.title}`)}
              checked={chosen === numbers.length}
              indeterminate={chosen > 0 && chosen < numbers.length}
              onChange={(e) => toggle(numbers, e.currentTarget.checked)}
              disabled={disabled}
              fw={600}
              mb="sm"
            />
            <Stack gap="xs" pl="lg">
              {group.indicators.map((indicator) => (
                <Checkbox
                  key={indicator.no}
                  checked={selected.has(indicator.no)}
                  onChange={(e) => toggle([indicator.no], e.currentTarget.checked)}
                  disabled={disabled}
                  styles={{ body: { alignItems: 'flex-start' } }}
                  label={
                    <span>
                      <strong>{indicator.no}.</strong> {indicator.text}{' '}
                      {!indicator.official && <UnconfirmedBadge />}
                    </span>
                  }
                />
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
