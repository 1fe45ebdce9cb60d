import { Anchor, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Cell, ForumSummary } from '../../api/types';
import { ForumStatusBadge, SampleBadge } from '../../components/badges';
import { EmptyHint } from '../../components/EmptyHint';
import { PageHeader } from '../../components/PageHeader';
import { formatDateLong, t, todayIso } from '../../i18n';
import type { ActionItem } from '../actions/action-helpers';
import { HomeActions } from '../actions/HomeActions';

interface CellHomeViewProps {
  cell: Cell;
  next?: ForumSummary;
  recent: ForumSummary[];
  hasForums: boolean;
  /** The cell's action items (all forums); the block is left out until they are loaded. */
  actions?: readonly ActionItem[];
  /** Forum id → date, to name the plan a link leads to. */
  forumDates?: ReadonlyMap<string, string>;
  today?: string;
  /** The data-transfer buttons (export this cell, import a file), given by the container. */
  transfer?: ReactNode;
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Text fz="2rem" fw={700} lh={1.2} component="dd" m={0}>
        {value}
      </Text>
    </Paper>
  );
}

function ForumLine({ forum, cellId }: { forum: ForumSummary; cellId: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Stack gap={2}>
        <Anchor component={Link} to={`/cells/${cellId}/forums/${forum.id}`} fw={600}>
          {forum.topic}
        </Anchor>
        <Text c="dimmed">
          {formatDateLong(forum.date)} {t.home.forumAt(forum.startTime)} · {t.home.focusCount(forum.focusCount)}
        </Text>
      </Stack>
      <ForumStatusBadge status={forum.status} />
    </Group>
  );
}

export function CellHomeView({ cell, next, recent, hasForums, actions, forumDates = new Map(), today = todayIso(), transfer }: CellHomeViewProps) {
  const base = `/cells/${cell.id}`;
  const counts = cell.memberCounts;
  const hasMembers = counts.total > 0 || counts.left > 0;
  return (
    <>
      <PageHeader
        title={cell.name}
        subtitle={`${cell.higherBody} · ${t.cell.termLabel(cell.termStartYear, cell.termEndYear)}`}
        badges={cell.isSample ? <SampleBadge /> : undefined}
        actions={
          <Group gap="sm" align="flex-start">
            {transfer}
            <Button variant="default" component={Link} to={`${base}/edit`}>
              {t.cell.editAction}
            </Button>
          </Group>
        }
      />
      <Stack gap="xl">
        <section aria-labelledby="home-members">
          <Group justify="space-between" mb="sm">
            <Title order={2} id="home-members">
              {t.home.membersTitle}
            </Title>
            {hasMembers && (
              <Anchor component={Link} to={`${base}/members`}>
                {t.home.seeMembers}
              </Anchor>
            )}
          </Group>
          {hasMembers ? (
            <>
              <div role="region" aria-label={t.home.countsLabel}>
                <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" component="dl" m={0}>
                  <Stat label={t.home.total} value={counts.total} />
                  <Stat label={t.home.chinhThuc} value={counts.chinhThuc} />
                  <Stat label={t.home.duBi} value={counts.duBi} />
                  <Stat label={t.home.exempt} value={counts.exempt} />
                </SimpleGrid>
              </div>
              {counts.left > 0 && (
                <Text c="dimmed" mt="xs">
                  {t.home.left(counts.left)}
                </Text>
              )}
            </>
          ) : (
            <EmptyHint message={t.home.emptyMembers} actionLabel={t.home.emptyMembersAction} to={`${base}/members?them=1`} />
          )}
        </section>

        <section aria-labelledby="home-next">
          <Group justify="space-between" mb="sm">
            <Title order={2} id="home-next">
              {t.home.nextForumTitle}
            </Title>
            {hasForums && (
              <Button variant="light" component={Link} to={`${base}/forums/new`}>
                {t.home.createForum}
              </Button>
            )}
          </Group>
          {!hasForums ? (
            <EmptyHint message={t.home.emptyForums} actionLabel={t.home.emptyForumsAction} to={`${base}/forums/new`} />
          ) : next ? (
            <Card withBorder radius="md" p="lg">
              <Stack gap="sm">
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={700} size="lg">
                    {next.topic}
                  </Text>
                  <ForumStatusBadge status={next.status} />
                </Group>
                <Text>
                  {formatDateLong(next.date)} {t.home.forumAt(next.startTime)} · {t.home.focusCount(next.focusCount)}
                </Text>
                <Group>
                  <Button component={Link} to={`${base}/forums/${next.id}`}>
                    {t.home.openForum}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ) : (
            <Text c="dimmed">{t.home.noNextForum}</Text>
          )}
        </section>

        {hasForums && actions && <HomeActions cellId={cell.id} items={actions} forumDates={forumDates} today={today} />}

        {recent.length > 0 && (
          <section aria-labelledby="home-recent">
            <Group justify="space-between" mb="sm">
              <Title order={2} id="home-recent">
                {t.home.lastForumsTitle}
              </Title>
              <Anchor component={Link} to={`${base}/forums`}>
                {t.home.seeForums}
              </Anchor>
            </Group>
            <Paper withBorder radius="md" p="md">
              <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {recent.map((f) => (
                  <li key={f.id}>
                    <ForumLine forum={f} cellId={cell.id} />
                  </li>
                ))}
              </Stack>
            </Paper>
          </section>
        )}
      </Stack>
    </>
  );
}
