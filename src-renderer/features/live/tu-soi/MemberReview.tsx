// "Theo từng đảng viên": one subject at a time (in review order), their focus indicators as cards,
// and their mirror beside. Moving between subjects or indicators moves the projector with it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Badge, Box, Button, Collapse, Group, Kbd, Paper, Select, Stack, Text } from '@mantine/core';
import type { LiveState } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';
import { errorText } from '../gop-y/error-text';
import { MirrorView } from '../MirrorView';
import { useKeyShortcut } from '../gop-y/shortcuts';
import { useLiveAction } from '../useLive';
import { IndicatorCard } from './IndicatorCard';
import { ReviewOrderEditor } from './ReviewOrderEditor';
import { COLLECTIVE, isEmptyReview, membersById, reviewKey, reviewsByKey, subjectName } from './subjects';

export interface MemberReviewProps {
  state: LiveState;
  forumId: string;
  readOnly: boolean;
}

export function PresenceBadge({ presence }: { presence: LiveState['members'][number]['presence'] | undefined }) {
  const p = t.speech.presence;
  if (presence === undefined) return null;
  if (presence === 'present') return <Badge color="green" variant="light">{p.present}</Badge>;
  if (presence === null) return <Badge color="gray" variant="outline">{p.unrecorded}</Badge>;
  return <Badge color="orange" variant="light">{presence === 'absent_excused' ? p.absentExcused : p.absentUnexcused}</Badge>;
}

export function MemberReview({ state, forumId, readOnly }: MemberReviewProps) {
  const s = t.speech.review;
  const members = useMemo(() => membersById(state.members), [state.members]);
  const reviews = useMemo(() => reviewsByKey(state.selfReviews), [state.selfReviews]);
  const order = state.reviewOrder;
  const indicators = state.indicators;
  const groupTitles = useMemo(() => new Map(state.groups.map((g) => [g.code, g.title])), [state.groups]);
  // A stable scale (the snapshot is new on every refetch; the cards compare it by identity).
  const scaleJson = JSON.stringify(state.scale);
  const scale = useMemo(() => state.scale, [scaleJson]);

  const [picked, setPicked] = useState<string>(() =>
    state.phase === 'tu_soi' && state.presenter.subject !== null && order.includes(state.presenter.subject)
      ? state.presenter.subject
      : (order[0] ?? COLLECTIVE),
  );
  const subject = order.includes(picked) ? picked : (order[0] ?? COLLECTIVE);
  const [pickedNo, setPickedNo] = useState<number | null>(() =>
    state.phase === 'tu_soi' && state.presenter.indicatorNo !== null && indicators.some((i) => i.no === state.presenter.indicatorNo)
      ? state.presenter.indicatorNo
      : (indicators[0]?.no ?? null),
  );
  const activeNo = indicators.some((i) => i.no === pickedNo) ? pickedNo : (indicators[0]?.no ?? null);
  const [orderOpen, setOrderOpen] = useState(false);
  const [mirrorOpen, setMirrorOpen] = useState(false);
  const [presenterError, setPresenterError] = useState<string | null>(null);

  const action = useLiveAction(forumId);
  // The projector follows this form only while the meeting is in tự soi: statements written ahead
  // are entered during chuẩn bị without the projector announcing whose they are, and the step then
  // opens on the first subject, not on the last one entered ahead.
  const following = !readOnly && state.phase === 'tu_soi';
  const presenterRef = useRef(state.presenter);
  useEffect(() => {
    presenterRef.current = state.presenter;
  }, [state.presenter]);

  /** Moves the projector; resolves true when the core took it. */
  const setPresenter = useCallback(
    (nextSubject: string, indicatorNo: number | null, showStatement: boolean): Promise<boolean> => {
      if (!following) return Promise.resolve(false);
      const p = presenterRef.current;
      if (p.subject === nextSubject && p.indicatorNo === indicatorNo && p.showStatement === showStatement) return Promise.resolve(true);
      presenterRef.current = { subject: nextSubject, indicatorNo, showStatement };
      return action('presenter.set', { forumId, subject: nextSubject, indicatorNo, showStatement })
        .then(() => {
          setPresenterError(null);
          return true;
        })
        .catch((e: unknown) => {
          presenterRef.current = p;
          setPresenterError(errorText(e));
          return false;
        });
    },
    [action, forumId, following],
  );

  // The projector follows this screen from the moment it opens (in tự soi), if it shows nobody yet.
  useEffect(() => {
    if (presenterRef.current.subject === null) void setPresenter(subject, activeNo, false);
  }, []);

  const goToSubject = (next: string) => {
    setPicked(next);
    void setPresenter(next, activeNo, false);
  };
  const index = order.indexOf(subject);
  const stepSubject = (delta: -1 | 1) => {
    const next = order[index + delta];
    if (next !== undefined) goToSubject(next);
  };

  const onActivate = useCallback(
    (no: number) => {
      setPickedNo(no);
      const p = presenterRef.current;
      if (p.subject !== subject || p.indicatorNo !== no) void setPresenter(subject, no, false);
    },
    [setPresenter, subject],
  );
  const onShowChange = useCallback((no: number, show: boolean) => setPresenter(subject, no, show), [setPresenter, subject]);

  const focusCard = (no: number) => {
    const el = document.querySelector<HTMLElement>(`[data-indicator-card="${no}"]`);
    el?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
  const stepIndicator = (delta: -1 | 1) => {
    const i = indicators.findIndex((x) => x.no === activeNo);
    const next = indicators[Math.max(0, Math.min(indicators.length - 1, i + delta))];
    if (!next) return;
    onActivate(next.no);
    focusCard(next.no);
  };

  useKeyShortcut(['ArrowLeft', 'ArrowRight'], (e) => {
    stepSubject(e.key === 'ArrowLeft' ? -1 : 1);
    // Keep the keyboard where it was: on the same indicator of the next subject.
    if (activeNo !== null) requestAnimationFrame(() => focusCard(activeNo));
  });
  useKeyShortcut(['ArrowUp', 'ArrowDown'], (e) => stepIndicator(e.key === 'ArrowUp' ? -1 : 1));

  const name = subjectName(subject, members);
  const member = subject === COLLECTIVE ? undefined : members.get(subject);
  const filled = indicators.filter((i) => !isEmptyReview(reviews.get(reviewKey(subject, i.no)))).length;
  const mirror = state.mirrors.find((m) => m.subject === subject);
  const shown = state.presenter.showStatement && state.presenter.subject === subject ? state.presenter.indicatorNo : null;
  const options = order.map((key, i) => ({ value: key, label: `${i + 1}. ${subjectName(key, members)}` }));

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="sm">
        <Group gap="sm" wrap="wrap" align="flex-end">
          <Button
            variant="default"
            onClick={() => stepSubject(-1)}
            disabled={index <= 0}
            aria-keyshortcuts="ArrowLeft"
            leftSection={<Kbd aria-hidden="true">←</Kbd>}
          >
            {s.prevSubject}
          </Button>
          <Select
            label={s.subjectPicker}
            data={options}
            value={subject}
            onChange={(v) => v && goToSubject(v)}
            searchable
            allowDeselect={false}
            maxDropdownHeight={360}
            w={280}
            comboboxProps={{ withinPortal: true }}
          />
          <Button
            variant="default"
            onClick={() => stepSubject(1)}
            disabled={index >= order.length - 1}
            aria-keyshortcuts="ArrowRight"
            rightSection={<Kbd aria-hidden="true">→</Kbd>}
          >
            {s.nextSubject}
          </Button>
        </Group>
        <Group gap="sm" mt="sm" justify="space-between">
          <Group gap="sm">
            <Text fw={700} fz="lg">
              {name}
            </Text>
            {member && <PresenceBadge presence={member.presence} />}
            <Text c="dimmed">{s.progress(index + 1, order.length, filled, indicators.length)}</Text>
          </Group>
          {!readOnly && (
            <Button variant="subtle" size="compact-md" onClick={() => setOrderOpen(true)}>
              {s.editOrder}
            </Button>
          )}
        </Group>
      </Paper>

      {presenterError && (
        <Alert color="red" variant="light" role="alert" withCloseButton closeButtonLabel={t.common.close} onClose={() => setPresenterError(null)}>
          {s.presenterFailed} {presenterError}
        </Alert>
      )}

      {indicators.length === 0 ? (
        <Text>{s.noIndicators}</Text>
      ) : (
        <Stack gap="md">
          {mirror && (
            <Paper withBorder radius="md" p="sm" component="aside" aria-label={t.live.mirror.titleOf(name)}>
              <Group justify="space-between" gap="sm" wrap="nowrap">
                <Text>
                  <Text span fw={700}>
                    {t.live.mirror.title}:
                  </Text>{' '}
                  {s.mirrorSummary(mirror.selfIdentified.length, mirror.raisedByPeers.length, mirror.raisedNotSelf.length + mirror.selfNotRaised.length)}
                </Text>
                <Button variant="subtle" size="compact-md" onClick={() => setMirrorOpen((o) => !o)} aria-expanded={mirrorOpen} aria-controls="sr-mirror">
                  {mirrorOpen ? s.mirrorHide : s.mirrorShow}
                </Button>
              </Group>
              <Collapse expanded={mirrorOpen} id="sr-mirror">
                <Box pt="sm">
                  <MirrorView mirror={mirror} indicators={indicators} />
                </Box>
              </Collapse>
            </Paper>
          )}
            {indicators.map((indicator) => (
              <IndicatorCard
                key={indicator.no}
                forumId={forumId}
                subject={subject}
                subjectName={name}
                indicator={indicator}
                groupTitle={groupTitles.get(indicator.groupCode) ?? indicator.groupCode}
                review={reviews.get(reviewKey(subject, indicator.no))}
                scale={scale}
                readOnly={readOnly}
                active={indicator.no === activeNo}
                shown={shown === indicator.no}
                following={following}
                onActivate={onActivate}
                onShowChange={onShowChange}
              />
            ))}
        </Stack>
      )}
      {!readOnly && (
        <ReviewOrderEditor opened={orderOpen} onClose={() => setOrderOpen(false)} forumId={forumId} order={order} members={members} />
      )}
    </Stack>
  );
}
