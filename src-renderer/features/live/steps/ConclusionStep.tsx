// Kết luận: for the collective and each member in review order, the mirror (tự nhận beside được
// góp ý) and the chair's conclusion, which may start from the draft the app builds from the record.
import { useState } from 'react';
import { Button, Group, Paper, Stack, Tabs, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import type { LiveState } from '../../../../src-main/contract/live';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { t } from '../../../i18n';
import { CloseForumButton } from '../../documents/CloseForumButton';
import { ConflictPanel, leaveOnEscape, SaveStatus, useAutosaveField } from '../autosave';
import { COLLECTIVE_SUBJECT, storedText, subjectName, textKey } from '../live-helpers';
import { MirrorView } from '../MirrorView';
import { useSaveText } from './ForumTextField';
import type { StepProps } from './step-props';

/** The subjects to conclude on: the collective first, then the review order. */
export function conclusionSubjects(state: Pick<LiveState, 'reviewOrder'>): string[] {
  const order = state.reviewOrder.filter((s) => s !== COLLECTIVE_SUBJECT);
  return [COLLECTIVE_SUBJECT, ...order];
}

function ConclusionEditor({ state, forumId, subject, readOnly }: { state: LiveState; forumId: string; subject: string; readOnly: boolean }) {
  const c = t.live.conclusion;
  const stored = storedText(state, 'conclusion', subject);
  const save = useSaveText(forumId, 'conclusion', subject);
  const field = useAutosaveField<string>({
    saveKey: textKey(forumId, 'conclusion', subject),
    storedValue: stored.text,
    storedVersion: stored.version,
    save,
  });
  const [confirming, setConfirming] = useState(false);
  const draft = state.conclusionDrafts.find((d) => d.subject === subject)?.text ?? '';
  const name = subjectName(state, subject);
  const label = subject === COLLECTIVE_SUBJECT ? c.textLabel(c.collective.toLowerCase()) : c.textLabelMember(name);

  const applyDraft = () => {
    field.setValue(draft);
    void field.flush();
  };

  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Text component="label" htmlFor={`conclusion-${subject}`} fw={600}>
          {label}
        </Text>
        {!readOnly && (
          <Button
            variant="light"
            disabled={draft.trim() === ''}
            title={draft.trim() === '' ? c.noDraft : undefined}
            onClick={() => (field.value.trim() === '' ? applyDraft() : setConfirming(true))}
          >
            {c.useDraft}
          </Button>
        )}
      </Group>
      <Textarea
        id={`conclusion-${subject}`}
        autosize
        minRows={6}
        maxRows={20}
        value={field.value}
        onChange={(e) => field.setValue(e.currentTarget.value)}
        onFocus={field.onFocus}
        onBlur={field.onBlur}
        onKeyDown={leaveOnEscape}
        readOnly={readOnly}
        styles={{ input: { fontSize: '1.125rem' } }}
      />
      {!readOnly && <SaveStatus status={field.status} error={field.error} onRetry={() => void field.retry()} />}
      {field.conflict && <ConflictPanel conflict={field.conflict} onResolve={(choice) => void field.resolveConflict(choice)} />}
      <ConfirmModal
        opened={confirming}
        title={c.replaceTitle}
        message={c.replaceBody}
        confirmLabel={c.replaceConfirm}
        onConfirm={() => {
          setConfirming(false);
          applyDraft();
        }}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}

export function ConclusionStep({ state, forumId, cellId, readOnly }: StepProps) {
  const c = t.live.conclusion;
  const subjects = conclusionSubjects(state);
  const [active, setActive] = useState<string>(subjects[0]);
  const done = (s: string) => storedText(state, 'conclusion', s).text.trim() !== '';
  const doneCount = subjects.filter(done).length;
  const current = subjects.includes(active) ? active : subjects[0];
  const mirror = state.mirrors.find((m) => m.subject === current);
  const nameOf = (s: string) => (s === COLLECTIVE_SUBJECT ? c.collective : subjectName(state, s));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline" wrap="wrap">
        <Text>{c.intro}</Text>
        <Text fw={700}>{c.progress(doneCount, subjects.length)}</Text>
      </Group>
      <Tabs value={current} onChange={(v) => v && setActive(v)} variant="pills" keepMounted={false}>
        <Tabs.List aria-label={c.subjectsLabel} mb="md" style={{ gap: 6 }}>
          {subjects.map((s) => (
            <Tabs.Tab key={s} value={s} leftSection={done(s) ? <span aria-hidden="true">✓</span> : undefined} fz="md">
              {nameOf(s)}
              {done(s) && <VisuallyHidden> ({c.done})</VisuallyHidden>}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {subjects.map((s) => (
          <Tabs.Panel key={s} value={s}>
            <Paper withBorder radius="md" p="lg">
              <Stack gap="lg">
                <Title order={3}>{nameOf(s)}</Title>
                {mirror && s === current && <MirrorView mirror={mirror} indicators={state.indicators} />}
                <ConclusionEditor state={state} forumId={forumId} subject={s} readOnly={readOnly} />
              </Stack>
            </Paper>
          </Tabs.Panel>
        ))}
      </Tabs>
      {!readOnly && state.forum.status === 'in_progress' && <CloseForumButton cellId={cellId} forumId={forumId} size="md" />}
    </Stack>
  );
}
