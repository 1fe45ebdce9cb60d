// The right panel's coverage block: who has not spoken yet, focus indicators nobody addressed,
// members who received no comment (a quiet counter to "nể nang", for the facilitator's eyes only),
// and how many self-assessment cells are still empty.
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { LiveState } from '../../../src-main/contract/live';
import { t } from '../../i18n';
import { subjectName } from './live-helpers';

const SHOW_NAMES = 6;

function NameList({ names }: { names: string[] }) {
  const c = t.live.coverage;
  if (names.length === 0)
    return (
      <Text c="var(--mantine-color-green-text)" fw={600}>
        ✓ {c.allDone}
      </Text>
    );
  const shown = names.slice(0, SHOW_NAMES);
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {shown.map((name, i) => (
        <Text component="li" key={`${name}-${i}`}>
          {name}
        </Text>
      ))}
      {names.length > SHOW_NAMES && (
        <Text component="li" c="dimmed">
          {c.more(names.length - SHOW_NAMES)}
        </Text>
      )}
    </Stack>
  );
}

function Block({ name, title, count, children }: { name: string; title: string; count: number; children: React.ReactNode }) {
  return (
    <Stack gap={4} data-coverage={name}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text fw={700}>{title}</Text>
        <Badge color={count === 0 ? 'green' : 'orange'} variant="light">
          {count}
        </Badge>
      </Group>
      {children}
    </Stack>
  );
}

export function CoveragePanel({ state }: { state: LiveState }) {
  const c = t.live.coverage;
  const { coverage } = state;
  const names = (ids: string[]) => ids.map((id) => subjectName(state, id) || id);
  return (
    <Stack gap="md" component="section" aria-labelledby="coverage-title">
      <Title order={3} id="coverage-title">
        {c.title}
      </Title>
      <Block name="notYetSpoken" title={c.notYetSpoken} count={coverage.notYetSpoken.length}>
        <NameList names={names(coverage.notYetSpoken)} />
      </Block>
      <Block name="indicatorsWithoutStatement" title={c.indicatorsWithoutStatement} count={coverage.indicatorsWithoutStatement.length}>
        {coverage.indicatorsWithoutStatement.length === 0 ? (
          <Text c="var(--mantine-color-green-text)" fw={600}>
            ✓ {c.allDone}
          </Text>
        ) : (
          <Group gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {coverage.indicatorsWithoutStatement.map((no) => {
              const text = state.indicators.find((i) => i.no === no)?.text;
              const label = `${t.live.mirror.indicatorBadge(no)}${text ? `: ${text}` : ''}`;
              return (
                <li key={no}>
                  <Badge variant="outline" color="gray" title={label} aria-label={label}>
                    {no}
                  </Badge>
                </li>
              );
            })}
          </Group>
        )}
      </Block>
      <Block name="membersWithoutComment" title={c.membersWithoutComment} count={coverage.membersWithoutComment.length}>
        <NameList names={names(coverage.membersWithoutComment)} />
        <Text c="dimmed" size="sm">
          {c.membersWithoutCommentHint}
        </Text>
      </Block>
      <Text fw={600} c={coverage.emptyCells === 0 ? 'var(--mantine-color-green-text)' : undefined}>
        {coverage.emptyCells === 0 ? `✓ ${c.noEmptyCells}` : c.emptyCells(coverage.emptyCells)}
      </Text>
    </Stack>
  );
}
