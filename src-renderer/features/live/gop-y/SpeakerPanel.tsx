// The right panel's speaker block: who speaks now, the countdown (T starts/stops it), the queue
// (add, reorder, next, finish, remove) and the button that opens the presenter window (P).
import { useMemo, useState } from 'react';
import { ActionIcon, Alert, Button, Group, Kbd, Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { LiveState, QueueEntry } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';
import { useLiveAction } from '../useLive';
import { membersById } from '../tu-soi/subjects';
import { Countdown } from './Countdown';
import { errorText } from './error-text';
import { useKeyShortcut } from './shortcuts';

export interface SpeakerPanelProps {
  state: LiveState;
  forumId: string;
}

/** The presenter window's address (a hash route of this same page) and its window name. */
export const presenterUrl = (forumId: string) => `#/present/${encodeURIComponent(forumId)}`;
export const PRESENTER_WINDOW = 'tusoi-presenter';

export function openPresenter(forumId: string): void {
  window.open(presenterUrl(forumId), PRESENTER_WINDOW);
}

/** Waiting entries in queue order, the one speaking, and those done. */
export function splitQueue(queue: readonly QueueEntry[]) {
  const byPosition = [...queue].sort((a, b) => a.position - b.position);
  return {
    speaking: byPosition.find((q) => q.status === 'speaking') ?? null,
    waiting: byPosition.filter((q) => q.status === 'waiting'),
    done: byPosition.filter((q) => q.status === 'done'),
  };
}

function KeyHint({ children }: { children: string }) {
  return (
    <Kbd ml={8} size="xs" aria-hidden="true">
      {children}
    </Kbd>
  );
}

export function SpeakerPanel({ state, forumId }: SpeakerPanelProps) {
  const s = t.speech.speaker;
  const action = useLiveAction(forumId);
  const readOnly = state.forum.status === 'closed';
  const members = useMemo(() => membersById(state.members), [state.members]);
  const { speaking, waiting, done } = useMemo(() => splitQueue(state.queue), [state.queue]);
  const nameOf = (id: string) => members.get(id)?.fullName ?? t.speech.unknownMember;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | null>(null);

  const run = async (label: string, task: () => Promise<unknown>) => {
    setBusy(label);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const running = state.timer.startedAt !== null;
  const toggleTimer = () => void run('timer', () => action('timer.control', { forumId, action: running ? 'stop' : 'start' }));
  const resetTimer = () => void run('reset', () => action('timer.control', { forumId, action: 'reset' }));
  const callNext = () => void run('next', () => action('queue.next', { forumId }));
  const finish = (entry: QueueEntry) => void run('finish', () => action('queue.finish', { id: entry.id }));
  const remove = (entry: QueueEntry) => void run(`remove:${entry.id}`, () => action('queue.remove', { id: entry.id }));
  const moveBy = (index: number, delta: -1 | 1) => {
    const entry = waiting[index];
    if (!entry || !waiting[index + delta]) return;
    // toPosition is the place among the waiting entries once this one is taken out.
    void run(`move:${entry.id}`, () => action('queue.move', { id: entry.id, toPosition: index + delta }));
  };
  const queued = new Set([...waiting, ...(speaking ? [speaking] : [])].map((q) => q.memberId));
  const addable = state.members.filter((m) => m.presence === 'present' && !queued.has(m.id));
  const add = () => {
    if (!adding) return;
    const id = adding;
    setAdding(null);
    void run('add', () => action('queue.add', { forumId, memberId: id }));
  };

  useKeyShortcut(['t'], () => {
    if (!readOnly && busy === null) toggleTimer();
  });
  useKeyShortcut(['p'], () => openPresenter(forumId));

  return (
    <Stack gap="sm" component="section" aria-labelledby="speaker-title">
      <Title order={2} id="speaker-title" fz="lg">
        {s.title}
      </Title>
      <Paper withBorder radius="md" p="sm" data-speaker-now>
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed" fw={600}>
            {s.now}
          </Text>
          <Text size="sm" c={running ? 'var(--mantine-color-green-text)' : 'dimmed'} fw={running ? 600 : 400}>
            {running ? s.running : s.stopped}
          </Text>
        </Group>
        <Text fz="lg" fw={700} mb={4}>
          {speaking ? nameOf(speaking.memberId) : s.nobody}
        </Text>
        <Countdown timer={state.timer} serverNow={state.serverNow} size="2.5rem" />
        {!readOnly && (
          <Group gap="xs" mt="xs">
            <Button onClick={toggleTimer} loading={busy === 'timer'} aria-keyshortcuts="T" color={running ? 'red.9' : undefined} size="sm">
              {running ? s.stop : s.start}
              <KeyHint>T</KeyHint>
            </Button>
            <Button variant="default" onClick={resetTimer} loading={busy === 'reset'} size="sm" title={s.resetHint(state.settings.speakerSeconds)}>
              {s.reset}
            </Button>
          </Group>
        )}
        {!readOnly && (
          <Group gap="xs" mt="xs">
            {speaking && (
              <Button variant="default" size="sm" onClick={() => finish(speaking)} loading={busy === 'finish'} aria-label={s.finishOf(nameOf(speaking.memberId))}>
                {s.finish}
              </Button>
            )}
            <Button size="sm" onClick={callNext} loading={busy === 'next'} disabled={waiting.length === 0}>
              {s.next}
            </Button>
          </Group>
        )}
      </Paper>

      {error && (
        <Alert color="red" variant="light" role="alert" withCloseButton closeButtonLabel={t.common.close} onClose={() => setError(null)}>
          {s.failed} {error}
        </Alert>
      )}

      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Title order={3} fz="md">
            {s.queueTitle}
          </Title>
          {waiting.length > 0 && (
            <Text size="sm" c="dimmed">
              {s.waitingCount(waiting.length)}
            </Text>
          )}
        </Group>
        {waiting.length === 0 ? (
          <Text c="dimmed">{s.queueEmpty}</Text>
        ) : (
          <Stack component="ol" gap={4} m={0} p={0} style={{ listStyle: 'none' }} aria-label={s.queueTitle} data-queue>
            {waiting.map((entry, i) => {
              const name = nameOf(entry.memberId);
              return (
                <Group key={entry.id} component="li" gap={4} wrap="nowrap" justify="space-between">
                  <Text style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    <Text span c="dimmed" mr={6}>
                      {i + 1}.
                    </Text>
                    {name}
                  </Text>
                  {!readOnly && (
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon variant="subtle" color="gray" size="md" aria-label={s.moveUp(name)} disabled={i === 0} onClick={() => moveBy(i, -1)}>
                        <span aria-hidden="true">↑</span>
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="md"
                        aria-label={s.moveDown(name)}
                        disabled={i === waiting.length - 1}
                        onClick={() => moveBy(i, 1)}
                      >
                        <span aria-hidden="true">↓</span>
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="red" size="md" aria-label={s.remove(name)} onClick={() => remove(entry)}>
                        <span aria-hidden="true">✕</span>
                      </ActionIcon>
                    </Group>
                  )}
                </Group>
              );
            })}
          </Stack>
        )}
        {!readOnly && (
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <Select
              label={s.addLabel}
              placeholder={s.addPlaceholder}
              data={addable.map((m) => ({ value: m.id, label: m.fullName }))}
              value={adding}
              onChange={setAdding}
              searchable
              clearable
              style={{ flex: 1, minWidth: 0 }}
              comboboxProps={{ withinPortal: true }}
            />
            <Button variant="default" onClick={add} disabled={!adding} loading={busy === 'add'}>
              {s.add}
            </Button>
          </Group>
        )}
        {done.length > 0 && (
          <Text size="sm" c="dimmed">
            {s.done(done.length)}: {done.map((d) => nameOf(d.memberId)).join(', ')}
          </Text>
        )}
      </Stack>

      <Button variant="light" onClick={() => openPresenter(forumId)} aria-keyshortcuts="P" title={s.presenterHint}>
        {s.presenter}
        <KeyHint>P</KeyHint>
      </Button>
    </Stack>
  );
}
