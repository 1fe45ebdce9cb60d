// One item of the action plan as it reads on screen: the plan's columns as labelled values, its
// status in words (colour is never the only cue), progress with its dated history, and when and
// how it was completed. Props only; the buttons come from the caller.
import type { ReactNode } from 'react';
import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, type MantineColor } from '@mantine/core';
import { formatDateShort, t, todayIso } from '../../i18n';
import { completionOf, daysPast, indicatorsText, statusOf, type ActionItem, type ActionStatus } from './action-helpers';

const STATUS_COLOR: Record<ActionStatus, MantineColor> = { overdue: 'red', open: 'blue', notStarted: 'gray', done: 'green' };

export function ActionStatusBadge({ item, today = todayIso() }: { item: ActionItem; today?: string }) {
  const status = statusOf(item);
  const label =
    status === 'overdue' && item.deadline ? `${t.actions.status.overdue} · ${t.actions.daysOverdue(daysPast(item.deadline, today))}` : t.actions.status[status];
  return (
    <Badge color={STATUS_COLOR[status]} variant={status === 'overdue' ? 'filled' : 'light'} data-status={status}>
      {label}
    </Badge>
  );
}

function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

const orNone = (text: string) => (text.trim() === '' ? t.actions.none : text);

export function ProgressLine({ item }: { item: ActionItem }) {
  const done = item.completedAt !== null;
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Progress
        value={item.progress}
        color={done ? 'green' : item.overdue ? 'red' : 'blue'}
        size="lg"
        style={{ flex: 1, minWidth: '6rem' }}
        aria-label={t.actions.progressLabel(item.progress)}
      />
      <Text fw={700} miw="3.5rem" ta="right">
        {t.actions.percent(item.progress)}
      </Text>
    </Group>
  );
}

export function CompletionLine({ item }: { item: ActionItem }) {
  const entry = completionOf(item);
  if (!item.completedAt) return null;
  return (
    <Text c="var(--mantine-color-green-text)" fw={600} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {t.actions.completedOn(formatDateShort(item.completedAt))}
      {entry?.note ? ` — ${t.actions.howDone}: ${entry.note}` : ''}
    </Text>
  );
}

export function ProgressHistory({ item }: { item: ActionItem }) {
  const p = t.actions.progress;
  if (item.history.length === 0) return <Text c="dimmed">{p.noHistory}</Text>;
  return (
    <div>
      <Text fw={600} mb={4}>
        {p.history}
      </Text>
      <Stack component="ol" gap={4} m={0} pl="lg">
        {item.history.map((h) => (
          <Text component="li" key={h.id} style={{ overflowWrap: 'anywhere' }}>
            <strong>{p.historyEntry(formatDateShort(h.date), h.progress)}</strong>
            {h.note ? ` — ${h.note}` : ''}
            {h.forumId ? <Text span c="dimmed">{` (${p.atForum})`}</Text> : null}
          </Text>
        ))}
      </Stack>
    </div>
  );
}

export interface ActionItemViewProps {
  item: ActionItem;
  /** Its number in the plan (TT). */
  no: number;
  /** Buttons (edit, progress, delete). */
  actions?: ReactNode;
  today?: string;
}

/** The full item, all the plan's columns. */
export function ActionItemView({ item, no, actions, today }: ActionItemViewProps) {
  const c = t.actions.col;
  const status = statusOf(item);
  const headingId = `action-${item.id}`;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-labelledby={headingId}
      data-action-item={item.id}
      style={status === 'overdue' ? { borderLeft: '6px solid var(--mantine-color-red-filled)' } : status === 'done' ? { borderLeft: '6px solid var(--mantine-color-green-filled)' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text c="dimmed" fw={600}>
              {c.shortcoming}
              {item.origin && <Text span fw={400}>{` · ${t.actions.fromCommitment}`}</Text>}
            </Text>
            <Text id={headingId} fw={700} fz="lg" style={{ overflowWrap: 'anywhere' }}>
              {no}. {item.shortcoming}
            </Text>
          </Stack>
          <ActionStatusBadge item={item} today={today} />
        </Group>
        <SimpleGrid component="dl" m={0} cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="xs">
          <Field label={c.measure} wide>
            {orNone(item.measure)}
          </Field>
          <Field label={c.indicators}>{indicatorsText(item.indicatorNos)}</Field>
          <Field label={c.cause}>{orNone(item.cause)}</Field>
          <Field label={c.owner}>{item.ownerName}</Field>
          <Field label={c.supporting}>{orNone(item.supporting)}</Field>
          <Field label={c.deadline}>{item.deadline ? formatDateShort(item.deadline) : t.actions.noDeadline}</Field>
          <Field label={c.monitor}>{orNone(item.monitor)}</Field>
          <Field label={c.expectedResult} wide>
            {orNone(item.expectedResult)}
          </Field>
          {item.note.trim() !== '' && (
            <Field label={c.note} wide>
              {item.note}
            </Field>
          )}
        </SimpleGrid>
        <Group gap="md" wrap="nowrap" align="center">
          <Text fw={600} c="dimmed">
            {c.progress}
          </Text>
          <div style={{ flex: 1 }}>
            <ProgressLine item={item} />
          </div>
        </Group>
        <CompletionLine item={item} />
        {item.history.length > 0 && <ProgressHistory item={item} />}
        {actions && (
          <Group gap="sm" mt={4}>
            {actions}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
