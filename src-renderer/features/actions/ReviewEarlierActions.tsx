// "Rà soát việc khắc phục kỳ trước": a later forum opens by going over what earlier forums of the
// cell set out to correct (action.review): overdue first, in red; then what is still open; then what
// was completed since the previous forum, with how. Progress is recorded here, dated, as reviewed at
// this forum. A compact summary (counts only) goes in the Chuẩn bị step.
import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../../api';
import { formatDateShort, t, todayIso } from '../../i18n';
import { lastEntry, shorten, splitReview, statusOf, type ActionItem } from './action-helpers';
import { ActionStatusBadge, CompletionLine, ProgressLine } from './ActionItemView';
import { ProgressModal } from './ProgressModal';

export interface ReviewEarlierActionsProps {
  forumId: string;
  cellId: string;
  /** A closed forum: show, do not record. */
  readOnly: boolean;
}

function ReviewItem({ item, forumDate, readOnly, onProgress, today }: {
  item: ActionItem;
  forumDate: string | undefined;
  readOnly: boolean;
  onProgress: (item: ActionItem) => void;
  today: string;
}) {
  const a = t.actions;
  const status = statusOf(item);
  const last = lastEntry(item);
  const headingId = `review-${item.id}`;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="article"
      aria-labelledby={headingId}
      data-review-item={item.id}
      style={status === 'overdue' ? { borderLeft: '6px solid var(--mantine-color-red-filled)' } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text id={headingId} fw={700} fz="lg" style={{ overflowWrap: 'anywhere' }}>
            {item.measure || item.shortcoming}
          </Text>
          <ActionStatusBadge item={item} today={today} />
        </Group>
        {item.measure && item.shortcoming && (
          <Text style={{ overflowWrap: 'anywhere' }}>
            <Text span c="dimmed" fw={600}>
              {a.col.shortcoming}:
            </Text>{' '}
            {shorten(item.shortcoming, 200)}
          </Text>
        )}
        <Text>
          <Text span c={status === 'overdue' ? 'var(--mantine-color-red-text)' : undefined} fw={status === 'overdue' ? 600 : undefined}>
            {item.ownerName} · {item.deadline ? a.deadlineOn(formatDateShort(item.deadline)) : a.noDeadline}
          </Text>
          {forumDate && (
            <Text span c="dimmed">
              {` · ${a.review.fromForum(formatDateShort(forumDate))}`}
            </Text>
          )}
        </Text>
        <Group gap="md" wrap="nowrap" align="center">
          <div style={{ flex: 1 }}>
            <ProgressLine item={item} />
          </div>
          {!readOnly && !item.completedAt && (
            <Button variant="light" onClick={() => onProgress(item)} aria-label={a.progress.updateOf(shorten(item.measure || item.shortcoming, 60))}>
              {a.progress.update}
            </Button>
          )}
        </Group>
        {item.completedAt ? (
          <CompletionLine item={item} />
        ) : (
          last?.note && <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>{a.review.lastNote(formatDateShort(last.date), last.note)}</Text>
        )}
      </Stack>
    </Paper>
  );
}

function Part({ id, title, color, items, ...rest }: {
  id: string;
  title: string;
  color?: string;
  items: ActionItem[];
  forumDates: Map<string, string>;
  readOnly: boolean;
  onProgress: (item: ActionItem) => void;
  today: string;
}) {
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={4} id={id} fz="lg" c={color}>
        {title}
      </Title>
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <li key={item.id}>
            <ReviewItem item={item} forumDate={rest.forumDates.get(item.forumId)} readOnly={rest.readOnly} onProgress={rest.onProgress} today={rest.today} />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

export function ReviewEarlierActions({ forumId, cellId, readOnly }: ReviewEarlierActionsProps) {
  const r = t.actions.review;
  const review = useApiQuery('action.review', { forumId });
  const forums = useApiQuery('forum.list', { cellId });
  const [progressOf, setProgressOf] = useState<ActionItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayIso();
  const forumDates = new Map((forums.data ?? []).map((f) => [f.id, f.date]));
  const parts = splitReview(review.data ?? []);
  const empty = review.data !== undefined && review.data.length === 0;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="review-earlier" data-testid="review-earlier">
      <Title order={3} id="review-earlier" mb={empty ? 4 : 'xs'}>
        {r.title}
      </Title>
      {review.isError ? (
        <Text c="var(--mantine-color-red-text)" role="alert">
          {review.error.message}
        </Text>
      ) : review.isPending ? (
        <Text c="dimmed">{t.common.loading}</Text>
      ) : empty ? (
        <Text c="dimmed">{r.none}</Text>
      ) : (
        <Stack gap="md">
          <div>
            <Text c="dimmed">{r.intro}</Text>
            <Text role="status" c="var(--mantine-color-green-text)" fw={600}>
              {notice ?? ''}
            </Text>
          </div>
          <Part id="review-overdue" title={r.overdueTitle(parts.overdue.length)} color="var(--mantine-color-red-text)" items={parts.overdue} forumDates={forumDates} readOnly={readOnly} onProgress={setProgressOf} today={today} />
          <Part id="review-open" title={r.openTitle(parts.open.length)} items={parts.open} forumDates={forumDates} readOnly={readOnly} onProgress={setProgressOf} today={today} />
          <Part id="review-done" title={r.doneTitle(parts.done.length)} items={parts.done} forumDates={forumDates} readOnly={readOnly} onProgress={setProgressOf} today={today} />
        </Stack>
      )}
      <ProgressModal
        item={progressOf}
        reviewedAt={forumId}
        onClose={() => setProgressOf(null)}
        onSaved={() => setNotice(t.actions.progress.saved)}
      />
    </Paper>
  );
}

/** Chuẩn bị: how many earlier items there are to review, and the way to the list. */
export function ReviewEarlierSummary({ forumId, onOpen }: { forumId: string; onOpen: () => void }) {
  const r = t.actions.review;
  const review = useApiQuery('action.review', { forumId });
  // Nothing to review (a cell's first forum): nothing to say here; the Đề dẫn step says it.
  if (!review.data || review.data.length === 0) return null;
  const parts = splitReview(review.data);
  const open = parts.overdue.length + parts.open.length;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="prep-review">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={3} id="prep-review">
              {r.summaryTitle}
            </Title>
            {parts.overdue.length > 0 && (
              <Badge color="red" variant="filled">
                {t.actions.status.overdue}: {parts.overdue.length}
              </Badge>
            )}
          </Group>
          <Text c={parts.overdue.length > 0 ? 'var(--mantine-color-red-text)' : undefined} fw={parts.overdue.length > 0 ? 600 : undefined}>
            {r.summary(open, parts.overdue.length, parts.done.length)}
          </Text>
        </Stack>
        <Button variant="light" onClick={onOpen}>
          {r.summaryOpen}
        </Button>
      </Group>
    </Paper>
  );
}
