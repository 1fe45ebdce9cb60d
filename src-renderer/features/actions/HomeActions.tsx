// The cell home's "Việc khắc phục" block (props only): overdue items first, in red, with owner,
// deadline and days overdue; how many are still open; the way to each forum's plan. An empty cell
// is told in one sentence where items come from.
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateShort, t } from '../../i18n';
import { daysPast, homeSummary, planPath, shorten, type ActionItem } from './action-helpers';

export interface HomeActionsProps {
  cellId: string;
  items: readonly ActionItem[];
  /** Forum id → its date (to name the plan a link leads to). */
  forumDates: ReadonlyMap<string, string>;
  today: string;
  /** How many overdue items to list before "and N more". */
  limit?: number;
}

function PlanLink({ cellId, forumId, date }: { cellId: string; forumId: string; date: string | undefined }) {
  const h = t.actions.home;
  return (
    <Anchor component={Link} to={planPath(cellId, forumId)} aria-label={date ? h.openPlanOf(formatDateShort(date)) : undefined} style={{ whiteSpace: 'nowrap' }}>
      {h.openPlan}
    </Anchor>
  );
}

export function HomeActions({ cellId, items, forumDates, today, limit = 5 }: HomeActionsProps) {
  const h = t.actions.home;
  const summary = homeSummary(items);
  // The forums whose plans still have open items, newest first.
  const openForums = [...new Set(items.filter((i) => i.completedAt === null).map((i) => i.forumId))].sort((a, b) =>
    (forumDates.get(b) ?? '').localeCompare(forumDates.get(a) ?? ''),
  );
  const shown = summary.overdue.slice(0, limit);
  // The newest plan with open items gets its own link unless an overdue line already leads there.
  const newestOpen = openForums[0] !== undefined && !shown.some((i) => i.forumId === openForums[0]) ? openForums[0] : undefined;

  return (
    <section aria-labelledby="home-actions">
      <Title order={2} id="home-actions" mb="sm">
        {h.title}
      </Title>
      {summary.total === 0 ? (
        <Paper withBorder p="lg" radius="md" style={{ borderStyle: 'dashed' }}>
          <Text size="lg">{h.empty}</Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            {summary.open === 0 ? (
              <Text fw={600} c="var(--mantine-color-green-text)">
                {h.allDone(summary.done)}
              </Text>
            ) : (
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Text fw={600} c={summary.overdue.length > 0 ? 'var(--mantine-color-red-text)' : undefined}>
                  {h.summary(summary.open, summary.overdue.length)}
                </Text>
                {newestOpen && <PlanLink cellId={cellId} forumId={newestOpen} date={forumDates.get(newestOpen)} />}
              </Group>
            )}
            {shown.length > 0 && (
              <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={h.overdueLabel}>
                {shown.map((item) => (
                  <li key={item.id} data-home-overdue={item.id}>
                    <Group justify="space-between" wrap="nowrap" gap="md" align="flex-start" pl="sm" style={{ borderLeft: '4px solid var(--mantine-color-red-filled)' }}>
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Text fw={600} c="var(--mantine-color-red-text)" style={{ overflowWrap: 'anywhere' }}>
                          {shorten(item.measure || item.shortcoming, 140)}
                        </Text>
                        <Text c="var(--mantine-color-red-text)">
                          {h.overdueLine(item.ownerName, formatDateShort(item.deadline ?? ''), daysPast(item.deadline ?? today, today))}
                        </Text>
                      </Stack>
                      <PlanLink cellId={cellId} forumId={item.forumId} date={forumDates.get(item.forumId)} />
                    </Group>
                  </li>
                ))}
              </Stack>
            )}
            {summary.overdue.length > shown.length && <Text c="var(--mantine-color-red-text)">{h.more(summary.overdue.length - shown.length)}</Text>}
          </Stack>
        </Paper>
      )}
    </section>
  );
}
