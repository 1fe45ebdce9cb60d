// The live forum (/cells/:cellId/forums/:forumId/live): the phase rail on the left, the current
// step in the centre, the speaker and what is still uncovered on the right. The phase is stored in
// the core, so a restarted app opens where the meeting was.
import { memo, useCallback, useDeferredValue, useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Group, Kbd, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { ForumPhase, LiveState } from '../../../src-main/contract/live';
import { ApiErrorView, NotFoundView } from '../../components/ApiErrorView';
import { ForumStatusBadge } from '../../components/badges';
import { AppModal } from '../../components/Dialogs';
import { PageSkeleton } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { documentsPath } from '../documents/paths';
import { formatDateLong, t } from '../../i18n';
import { LeaveGuard } from './autosave';
import { CoveragePanel } from './CoveragePanel';
import { SpeakerPanel } from './gop-y/SpeakerPanel';
import { CommentsStep } from './gop-y/CommentsStep';
import classes from './LivePage.module.css';
import { isReadOnly } from './live-helpers';
import { PhaseRail } from './PhaseRail';
import { isTextTarget, nextPhaseOf, pageShortcut, PHASES, phaseIndexOf, previousPhaseOf } from './phases';
import { ConclusionStep } from './steps/ConclusionStep';
import { FramingStep } from './steps/FramingStep';
import { GuestRemarksStep } from './steps/GuestRemarksStep';
import { PrepareStep } from './steps/PrepareStep';
import { RollCallStep } from './steps/RollCallStep';
import type { StepProps } from './steps/step-props';
import { SelfReviewStep } from './tu-soi/SelfReviewStep';
import { useLiveAction, useLiveState } from './useLive';

function CurrentStep(props: StepProps & { phase: ForumPhase }) {
  const { phase, state, forumId } = props;
  switch (phase) {
    case 'chuan_bi':
      return <PrepareStep {...props} />;
    case 'khai_mac':
      return <RollCallStep {...props} />;
    case 'de_dan':
      return <FramingStep {...props} />;
    case 'tu_soi':
      return <SelfReviewStep state={state} forumId={forumId} />;
    case 'gop_y':
      return <CommentsStep state={state} forumId={forumId} />;
    case 'y_kien_cap_tren':
      return <GuestRemarksStep {...props} />;
    case 'ket_luan':
      return <ConclusionStep {...props} />;
  }
}

function ShortcutsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const s = t.live.shortcuts;
  return (
    <AppModal opened={opened} onClose={onClose} title={s.title} size="lg">
      <Text mb="md">{s.intro}</Text>
      <Table aria-label={s.tableLabel} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="8rem">
              {s.keyCol}
            </Table.Th>
            <Table.Th scope="col">{s.actionCol}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {s.items.map((item) => (
            <Table.Tr key={item.keys}>
              <Table.Td>
                <Kbd size="md">{item.keys}</Kbd>
              </Table.Td>
              <Table.Td>{item.action}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </AppModal>
  );
}

function KeyHint({ children }: { children: ReactNode }) {
  return (
    <Kbd size="sm" aria-hidden="true" ml={6}>
      {children}
    </Kbd>
  );
}

const LiveScreen = memo(function LiveScreen({ state, forumId, cellId, snapshotAt }: { state: LiveState; forumId: string; cellId: string; snapshotAt: number }) {
  const p = t.live.page;
  const act = useLiveAction(forumId);
  const readOnly = isReadOnly(state);
  const [moving, setMoving] = useState(false);
  const [moveError, setMoveError] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  // A step shown without moving the meeting: a closed forum is browsed this way, and statements
  // written ahead are entered in the tự soi step while the meeting is still being prepared.
  const [viewing, setViewing] = useState<ForumPhase | null>(null);
  const shown: ForumPhase = viewing ?? state.phase;
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  usePageTitle(`${t.live.phases[shown]} — ${state.forum.topic}`);

  const focusStep = () => requestAnimationFrame(() => stepHeading.current?.focus());

  const goTo = useCallback(
    async (phase: ForumPhase) => {
      if (readOnly) {
        setViewing(phase === state.phase ? null : phase);
        focusStep();
        return;
      }
      setMoveError(null);
      if (phase === state.phase) {
        setViewing(null);
        focusStep();
        return;
      }
      setMoving(true);
      try {
        await act('live.setPhase', { forumId, phase });
        setViewing(null);
        focusStep();
      } catch (e) {
        setMoveError(e instanceof Error ? e.message : t.errors.unexpected);
        requestAnimationFrame(() => errorRef.current?.focus());
      } finally {
        setMoving(false);
      }
    },
    [act, forumId, readOnly, state.phase],
  );

  const view = useCallback((phase: ForumPhase) => {
    setMoveError(null);
    setViewing(phase);
    focusStep();
  }, []);

  // Next / Back move from the step on screen (the meeting's phase unless the forum is closed).
  const base = readOnly ? shown : state.phase;
  const next = nextPhaseOf(base);
  const previous = previousPhaseOf(base);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = pageShortcut({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        defaultPrevented: e.defaultPrevented,
        inTextField: isTextTarget(e.target),
        dialogOpen: document.querySelector('[role="dialog"]') !== null,
      });
      if (!action) return;
      e.preventDefault();
      if (action === 'help') setHelpOpen(true);
      else if (moving) return;
      else if (action === 'next' && next) void goTo(next);
      else if (action === 'back' && previous) void goTo(previous);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [goTo, moving, next, previous]);

  // A refusal explains the state it was made in; once the state moves on, it is stale.
  useEffect(() => {
    setMoveError(null);
  }, [state.phase, state.rollCallBlocker]);

  const index = phaseIndexOf(shown);
  const blocker = !readOnly && state.phase === 'khai_mac' ? state.rollCallBlocker : null;
  const setupPath = `/cells/${cellId}/forums/${forumId}`;

  return (
    <div style={{ maxWidth: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="md">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 28rem' }}>
          <Group gap="sm" align="center" wrap="wrap">
            <Title order={1} fz="1.375rem" lh={1.3}>
              {state.forum.topic}
            </Title>
            <ForumStatusBadge status={state.forum.status} />
          </Group>
          <Text c="dimmed">
            {state.cellName} · {formatDateLong(state.forum.date)}, {state.forum.startTime}
          </Text>
          {readOnly && <Text fw={600}>{p.closedBody}</Text>}
        </Stack>
        <Group gap="sm" wrap="nowrap">
          <Button variant="default" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
            {p.shortcutsButton}
            <KeyHint>?</KeyHint>
          </Button>
          <Button variant="default" component={Link} to={setupPath}>
            {p.setupLink}
          </Button>
          <Button variant="default" component={Link} to={documentsPath(cellId, forumId)} aria-label={t.documents.entry.label}>
            {t.documents.entry.button}
          </Button>
        </Group>
      </Group>
      <div className={classes.layout}>
        <nav className={classes.rail} aria-label={p.railLabel}>
          <PhaseRail
            phaseTimes={state.phaseTimes}
            current={state.phase}
            shown={shown}
            running={state.forum.status === 'in_progress'}
            snapshotAt={snapshotAt}
            disabled={moving}
            onSelect={(phase) => void goTo(phase)}
          />
        </nav>

        <section className={classes.centre} aria-labelledby="live-step-title">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="md">
            <Stack gap={0}>
              <Text c="dimmed" fw={600}>
                {p.stepLabel(index + 1, PHASES.length)}
              </Text>
              <Title order={2} id="live-step-title" ref={stepHeading} tabIndex={-1} style={{ outline: 'none' }}>
                {t.live.phases[shown]}
              </Title>
            </Stack>
            <Group gap="sm">
              {previous && (
                <Button variant="default" onClick={() => void goTo(previous)} disabled={moving} aria-keyshortcuts="B">
                  {p.backTo(t.live.phases[previous])}
                  <KeyHint>B</KeyHint>
                </Button>
              )}
              {next && (
                <Button
                  onClick={() => void goTo(next)}
                  loading={moving}
                  aria-keyshortcuts="N"
                  aria-describedby={blocker && shown === 'khai_mac' ? 'rc-blocker' : undefined}
                >
                  {p.nextTo(t.live.phases[next])}
                  <KeyHint>N</KeyHint>
                </Button>
              )}
            </Group>
          </Group>

          <Stack gap="md">
            {viewing !== null && !readOnly && viewing !== state.phase && (
              <Alert color="blue" variant="light">
                <Group justify="space-between" gap="sm">
                  <Text>{p.viewingNote(t.live.phases[viewing], t.live.phases[state.phase])}</Text>
                  <Button variant="default" onClick={() => view(state.phase)}>
                    {p.backToCurrent(t.live.phases[state.phase])}
                  </Button>
                </Group>
              </Alert>
            )}
            {moveError && (
              <Alert
                ref={errorRef}
                tabIndex={-1}
                color="red"
                variant="light"
                title={p.moveRefusedTitle}
                role="alert"
                withCloseButton
                closeButtonLabel={t.common.close}
                onClose={() => setMoveError(null)}
              >
                {moveError}
              </Alert>
            )}
            {!next && shown === state.phase && <Text c="dimmed">{p.lastStep}</Text>}
            <CurrentStep phase={shown} state={state} forumId={forumId} cellId={cellId} readOnly={readOnly} onView={view} />
          </Stack>
        </section>

        <aside className={classes.side} aria-label={p.sidePanelLabel}>
          <Stack gap="lg">
            <SpeakerPanel state={state} forumId={forumId} />
            <CoveragePanel state={state} />
          </Stack>
        </aside>
      </div>
      <ShortcutsModal opened={helpOpen} onClose={() => setHelpOpen(false)} />
      <LeaveGuard />
    </div>
  );
});

export default function LivePage() {
  const { cellId = '', forumId = '' } = useParams();
  const live = useLiveState(forumId);
  // Every save refetches the snapshot, and the new one re-renders the whole live screen: 25–35 ms
  // for a 60-member forum, which a key typed meanwhile would wait for. Deferred, that render runs at
  // transition priority in short slices that give way to input (the memoized screen keeps showing
  // the previous snapshot until it is done, a few milliseconds later).
  const state = useDeferredValue(live.data);
  const snapshotAt = useDeferredValue(live.dataUpdatedAt);
  // Nothing to show yet: the error is the page. Once a snapshot was shown, a failed refresh never
  // takes the meeting off the screen: the last snapshot stays, under a notice (StaleNotice).
  if (live.error && !live.data) return <ApiErrorView error={live.error} onRetry={() => void live.refetch()} />;
  if (!state) return <PageSkeleton rows={8} />;
  // A forum of another cell under this cell's URL is a stale or mistyped link.
  if (state.forum.cellId !== cellId) return <NotFoundView message={t.live.page.notInCell} />;
  return (
    <>
      {live.error && <StaleNotice error={live.error} at={live.dataUpdatedAt} onRetry={() => void live.refetch()} />}
      <LiveScreen state={state} forumId={forumId} cellId={cellId} snapshotAt={snapshotAt} />
    </>
  );
}

/** The snapshot on screen could not be refreshed: say so, from when it is, and how it heals. */
function StaleNotice({ error, at, onRetry }: { error: unknown; at: number; onRetry: () => void }) {
  const p = t.live.page;
  const time = new Date(at).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (
    <Alert color="orange" variant="light" role="alert" title={p.staleTitle} mb="md">
      <Group justify="space-between" align="center" wrap="nowrap" gap="md">
        <Text>{p.staleBody(error instanceof Error ? error.message : t.errors.unexpected, time)}</Text>
        <Button variant="default" onClick={onRetry} style={{ flexShrink: 0 }}>
          {t.errors.retry}
        </Button>
      </Group>
    </Alert>
  );
}
