// The mirror (tấm gương) of one subject: what they named in themself beside what peers raised about
// them, with the gaps highlighted both ways. Colour is never the only cue: gap badges carry a mark
// and the gaps are also listed in words.
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Indicator } from '../../api/types';
import type { MirrorDto } from '../../../src-main/contract/live';
import { t } from '../../i18n';

export interface MirrorViewProps {
  mirror: MirrorDto;
  /** Shown in the heading; omit to render without a heading (inside a form that names the subject). */
  subjectName?: string;
  /** The focus indicators, to name a number on hover. */
  indicators?: readonly Pick<Indicator, 'no' | 'text'>[];
  /** Heading level of the title (default 3). */
  headingOrder?: 2 | 3 | 4;
}

function IndicatorBadges({
  numbers, gaps, gapColor, indicators, gapLabel,
}: {
  numbers: number[];
  gaps: ReadonlySet<number>;
  gapColor: string;
  indicators?: MirrorViewProps['indicators'];
  gapLabel: string;
}) {
  const m = t.live.mirror;
  if (numbers.length === 0) return <Text c="dimmed">{m.none}</Text>;
  return (
    <Group gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {numbers.map((no) => {
        const gap = gaps.has(no);
        const text = indicators?.find((i) => i.no === no)?.text;
        const label = `${m.indicatorBadge(no)}${gap ? ` (${gapLabel})` : ''}${text ? `: ${text}` : ''}`;
        return (
          <li key={no}>
            <Badge
              size="lg"
              color={gap ? gapColor : 'gray'}
              variant={gap ? 'filled' : 'light'}
              title={label}
              aria-label={label}
              data-gap={gap || undefined}
            >
              {gap ? `${no} ≠` : no}
            </Badge>
          </li>
        );
      })}
    </Group>
  );
}

export function MirrorView({ mirror, subjectName, indicators, headingOrder = 3 }: MirrorViewProps) {
  const m = t.live.mirror;
  const raisedNotSelf = new Set(mirror.raisedNotSelf);
  const selfNotRaised = new Set(mirror.selfNotRaised);
  const noGaps = mirror.raisedNotSelf.length === 0 && mirror.selfNotRaised.length === 0;
  const list = (numbers: number[]) => numbers.join(', ');
  return (
    <Stack gap="sm" data-mirror={mirror.subject}>
      {subjectName && (
        <Title order={headingOrder} fz="lg">
          {m.titleOf(subjectName)}
        </Title>
      )}
      <SimpleGrid cols={2} spacing="sm">
        <Paper withBorder p="sm" radius="sm">
          <Text fw={700}>{m.self}</Text>
          <Text c="dimmed" size="sm" mb={6}>
            {m.selfHint}
          </Text>
          <IndicatorBadges
            numbers={mirror.selfIdentified}
            gaps={selfNotRaised}
            gapColor="blue"
            indicators={indicators}
            gapLabel={m.selfNotRaised}
          />
        </Paper>
        <Paper withBorder p="sm" radius="sm">
          <Text fw={700}>{m.peers}</Text>
          <Text c="dimmed" size="sm" mb={6}>
            {m.peersHint}
          </Text>
          <IndicatorBadges
            numbers={mirror.raisedByPeers}
            gaps={raisedNotSelf}
            gapColor="red"
            indicators={indicators}
            gapLabel={m.raisedNotSelf}
          />
        </Paper>
      </SimpleGrid>
      <Stack gap={2}>
        {mirror.raisedNotSelf.length > 0 && (
          <Text c="var(--mantine-color-red-text)" fw={600}>
            {m.raisedNotSelf}: {list(mirror.raisedNotSelf)}
          </Text>
        )}
        {mirror.selfNotRaised.length > 0 && (
          <Text c="var(--mantine-color-blue-text)" fw={600}>
            {m.selfNotRaised}: {list(mirror.selfNotRaised)}
          </Text>
        )}
        {noGaps && (mirror.selfIdentified.length > 0 || mirror.raisedByPeers.length > 0) && <Text>{m.noGaps}</Text>}
        <Text c={mirror.commentsReceived === 0 ? 'var(--mantine-color-orange-text)' : undefined}>{m.commentsReceived(mirror.commentsReceived)}</Text>
      </Stack>
    </Stack>
  );
}
