// The order in which subjects mirror themselves (live.setReviewOrder): the collective stays first,
// the members move up and down one place at a time. Each move is saved at once.
import { useEffect, useState } from 'react';
import { ActionIcon, Alert, Group, Stack, Text } from '@mantine/core';
import type { LiveMember } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';
import { errorText } from '../gop-y/error-text';
import { AppDrawer } from '../../../components/Dialogs';
import { autosaveRegistry } from '../autosave-core';
import { useLiveAction } from '../useLive';
import { COLLECTIVE, subjectName } from './subjects';

/** Moves the item at `index` by `delta` places; the collective never moves and nothing passes it. */
export function moveInOrder(order: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (target < 0 || target >= order.length) return [...order];
  if (order[index] === COLLECTIVE || order[target] === COLLECTIVE) return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

export function ReviewOrderEditor({
  opened, onClose, forumId, order, members,
}: {
  opened: boolean;
  onClose: () => void;
  forumId: string;
  order: readonly string[];
  members: ReadonlyMap<string, LiveMember>;
}) {
  const s = t.speech.order;
  const action = useLiveAction(forumId);
  const [local, setLocal] = useState<string[]>(() => [...order]);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  // Follow the stored order while nothing of ours is on its way.
  useEffect(() => {
    if (pending === 0) setLocal([...order]);
  }, [order, pending]);

  const move = (index: number, delta: -1 | 1) => {
    const next = moveInOrder(local, index, delta);
    setLocal(next);
    setError(null);
    setPending((n) => n + 1);
    // One move after another, each expecting the order it started from: a move made from an
    // order another window has changed meanwhile is refused, and the stored order is shown again.
    const expected = local;
    void autosaveRegistry
      .run(`order:${forumId}`, () => action('live.setReviewOrder', { forumId, order: next, expected }))
      .then(
        () => undefined,
        (e: unknown) => setError(errorText(e)),
      )
      .finally(() => setPending((n) => n - 1));
    // Keep the focus on the same arrow of the moved person when it still exists.
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLButtonElement>(`[data-order-move="${next[index + delta]}:${delta}"]`);
      el?.focus();
    });
  };

  return (
    <AppDrawer opened={opened} onClose={onClose} title={s.title} size="md">
      <Stack gap="sm">
        <Text>{s.intro}</Text>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <ol style={{ margin: 0, paddingLeft: '1.75rem' }} aria-label={s.listLabel}>
          {local.map((key, i) => {
            const name = subjectName(key, members);
            const fixed = key === COLLECTIVE;
            return (
              <li key={key} style={{ padding: '4px 0' }}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text fw={fixed ? 700 : 400}>{name}</Text>
                  {fixed ? (
                    <Text size="sm" c="dimmed">
                      {s.collectiveFirst}
                    </Text>
                  ) : (
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="default"
                        size="lg"
                        aria-label={s.moveUp(name)}
                        data-order-move={`${key}:-1`}
                        disabled={i <= 1}
                        onClick={() => move(i, -1)}
                      >
                        <span aria-hidden="true">↑</span>
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        size="lg"
                        aria-label={s.moveDown(name)}
                        data-order-move={`${key}:1`}
                        disabled={i === local.length - 1}
                        onClick={() => move(i, 1)}
                      >
                        <span aria-hidden="true">↓</span>
                      </ActionIcon>
                    </Group>
                  )}
                </Group>
              </li>
            );
          })}
        </ol>
      </Stack>
    </AppDrawer>
  );
}
