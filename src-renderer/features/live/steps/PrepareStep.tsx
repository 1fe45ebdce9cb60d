// Chuẩn bị: earlier forums' action items still to review (a count), the focus (read-only here;
// changed on the setup page), the agenda with its time budgets and the quorum rule
// (live.setSettings, saved as typed), the đề dẫn text, and where the statements written ahead go.
import { Badge, Button, Checkbox, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ForumPhase, LiveSettingsValues, LiveState, PhaseBudgets, QuorumRule } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';
import { ConflictPanel, SaveStatus } from '../autosave';
import { focusGroups } from '../live-helpers';
import type { StepProps } from './step-props';
import { PHASES } from '../phases';
import { useCheckedField } from '../useCheckedField';
import { useLiveAction } from '../useLive';
import { ForumTextField } from './ForumTextField';
import { ReviewEarlierSummary } from '../../actions/ReviewEarlierActions';

type Num = number | string;

interface AgendaDraft {
  meetingMinutes: Num;
  speakerSeconds: Num;
  /** null: computed by the core from the members and focus indicators. */
  budgets: Record<ForumPhase, Num> | null;
  quorumRule: { basis: QuorumRule['basis']; numerator: Num; denominator: Num; strictlyMore: boolean };
}

/** The budget minutes of every phase as the snapshot has them (computed or edited). */
export function budgetsOf(state: Pick<LiveState, 'phaseTimes'>): Record<ForumPhase, number> {
  return Object.fromEntries(PHASES.map((p) => [p, state.phaseTimes.find((x) => x.phase === p)?.budgetMinutes ?? 0])) as Record<ForumPhase, number>;
}

const draftOf = (state: LiveState): AgendaDraft => ({
  meetingMinutes: state.settings.meetingMinutes,
  speakerSeconds: state.settings.speakerSeconds,
  budgets: state.settings.budgetsEdited ? budgetsOf(state) : null,
  quorumRule: { ...state.settings.quorumRule },
});

const EDITABLE: ForumPhase[] = PHASES.filter((p) => p !== 'chuan_bi');

class LocalError extends Error {}

const whole = (value: Num, label: string): number => {
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (String(value).trim() === '' || !Number.isInteger(n)) throw new LocalError(t.live.prepare.numberRequired(label));
  return n;
};

/** The draft as the core takes it; a number left empty or not whole is refused here, in Vietnamese. */
function settingsOf(d: AgendaDraft): LiveSettingsValues {
  const pr = t.live.prepare;
  return {
    meetingMinutes: whole(d.meetingMinutes, pr.meetingMinutes),
    speakerSeconds: whole(d.speakerSeconds, pr.speakerSeconds),
    budgets: d.budgets ? (Object.fromEntries(PHASES.map((p) => [p, whole(d.budgets![p], pr.budgetFor(t.live.phases[p]))])) as PhaseBudgets) : null,
    quorumRule: {
      basis: d.quorumRule.basis,
      numerator: whole(d.quorumRule.numerator, pr.quorumNumerator),
      denominator: whole(d.quorumRule.denominator, pr.quorumDenominator),
      strictlyMore: d.quorumRule.strictlyMore,
    },
  };
}

const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** The stored settings a CONFLICT carries, as a draft; null when they are not that shape. */
function draftFromCurrent(current: unknown): AgendaDraft | null {
  const c = current as Partial<LiveSettingsValues> | null;
  if (!c || !isWhole(c.meetingMinutes) || !isWhole(c.speakerSeconds) || typeof c.quorumRule !== 'object' || c.quorumRule === null) return null;
  const budgets = c.budgets ?? null;
  if (budgets !== null && !PHASES.every((p) => isWhole(budgets[p]))) return null;
  return { meetingMinutes: c.meetingMinutes, speakerSeconds: c.speakerSeconds, budgets, quorumRule: { ...c.quorumRule } };
}

/** One side of a settings conflict, in words, a line each (the panel keeps line breaks). */
function agendaInWords(draft: AgendaDraft): string {
  const pr = t.live.prepare;
  const q = draft.quorumRule;
  return [
    `${pr.meetingMinutes}: ${draft.meetingMinutes}`,
    `${pr.speakerSeconds}: ${draft.speakerSeconds}`,
    `${pr.budgetsTitle}: ${draft.budgets ? EDITABLE.map((p) => `${t.live.phases[p]} ${draft.budgets![p]}`).join(', ') : pr.budgetsComputed}`,
    pr.quorumSummary(q.strictlyMore, Number(q.numerator) || 0, Number(q.denominator) || 0, q.basis === 'full'),
  ].join('\n');
}

function FocusSummary({ state, setupPath }: { state: LiveState; setupPath: string }) {
  const pr = t.live.prepare;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="prep-focus">
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
        <Stack gap={0}>
          <Title order={3} id="prep-focus">
            {pr.focusTitle}
          </Title>
          <Text c="dimmed">{pr.focusSummary(state.indicators.length)}</Text>
        </Stack>
        <Button variant="default" component={Link} to={setupPath}>
          {pr.focusChange}
        </Button>
      </Group>
      <Stack gap="sm">
        {focusGroups(state).map((g) => (
          <div key={g.code}>
            <Text fw={600} mb={4}>
              {t.focus.groupTitle(g.code, g.title)}
            </Text>
            <Group gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {g.indicators.map((i) => (
                <li key={i.no}>
                  <Badge variant="light" color="blue" title={i.text} aria-label={`${t.live.mirror.indicatorBadge(i.no)}: ${i.text}`}>
                    {i.no}
                  </Badge>
                </li>
              ))}
            </Group>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

function AgendaForm({ state, forumId, readOnly }: { state: LiveState; forumId: string; readOnly: boolean }) {
  const pr = t.live.prepare;
  const act = useLiveAction(forumId);
  const field = useCheckedField<AgendaDraft>({
    saveKey: `settings:${forumId}`,
    stored: draftOf(state),
    save: async (d, expected) => {
      await act('live.setSettings', { forumId, ...settingsOf(d), expected: settingsOf(expected) });
    },
    fromCurrent: draftFromCurrent,
  });
  const d = field.value;
  const shownBudgets = d.budgets ?? budgetsOf(state);
  const total = EDITABLE.reduce((sum, p) => sum + (Number(shownBudgets[p]) || 0), 0);
  const set = (patch: Partial<AgendaDraft>) => field.setValue({ ...d, ...patch });
  const setRule = (patch: Partial<AgendaDraft['quorumRule']>) => set({ quorumRule: { ...d.quorumRule, ...patch } });
  const focusProps = { onFocus: field.onFocus, onBlur: field.onBlur, readOnly, disabled: readOnly };
  const numberProps = { ...focusProps, allowDecimal: false, allowNegative: false, hideControls: true };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="prep-agenda">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={3} id="prep-agenda">
          {pr.agendaTitle}
        </Title>
        {!readOnly && <SaveStatus status={field.status} error={field.error} onRetry={() => void field.retry()} />}
      </Group>
      <Stack gap="md">
        {field.conflict && <ConflictPanel conflict={field.conflict} onResolve={(c) => void field.resolveConflict(c)} render={agendaInWords} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            label={pr.meetingMinutes}
            value={d.meetingMinutes}
            min={10}
            max={600}
            {...numberProps}
            onChange={(v) => set({ meetingMinutes: v })}
          />
          <NumberInput
            label={pr.speakerSeconds}
            value={d.speakerSeconds}
            min={15}
            max={3600}
            {...numberProps}
            onChange={(v) => set({ speakerSeconds: v })}
          />
        </SimpleGrid>

        <Stack gap="xs">
          <Group justify="space-between" align="baseline" wrap="wrap">
            <Text fw={700}>{pr.budgetsTitle}</Text>
            <Text c="dimmed">{d.budgets ? pr.budgetsEdited : pr.budgetsComputed}</Text>
          </Group>
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="xs">
            {EDITABLE.map((phase) => (
              <NumberInput
                key={phase}
                label={t.live.phases[phase]}
                aria-label={pr.budgetFor(t.live.phases[phase])}
                value={shownBudgets[phase]}
                min={0}
                max={600}
                {...numberProps}
                onChange={(v) => set({ budgets: { ...shownBudgets, [phase]: v } })}
                styles={{ label: { fontWeight: 400 } }}
              />
            ))}
          </SimpleGrid>
          <Group justify="space-between" wrap="wrap">
            <Text fw={600} c={total > (Number(d.meetingMinutes) || 0) ? 'var(--mantine-color-red-text)' : undefined}>
              {pr.budgetsTotal(total, Number(d.meetingMinutes) || 0)}
            </Text>
            {!readOnly && d.budgets && (
              <Button
                variant="default"
                onClick={() => {
                  field.setValue({ ...d, budgets: null });
                  void field.flush();
                }}
              >
                {pr.recompute}
              </Button>
            )}
          </Group>
        </Stack>

        <Stack gap="xs">
          <Text fw={700}>{pr.quorumTitle}</Text>
          <NativeSelect
            label={pr.quorumBasis}
            value={d.quorumRule.basis}
            data={(['full_not_exempt', 'full'] as const).map((b) => ({ value: b, label: pr.quorumBasisOptions[b] }))}
            onChange={(e) => setRule({ basis: e.currentTarget.value as QuorumRule['basis'] })}
            {...focusProps}
          />
          <Group gap="md" align="flex-end" wrap="wrap">
            <NumberInput
              label={pr.quorumNumerator}
              value={d.quorumRule.numerator}
              min={1}
              max={99}
              w="8rem"
              {...numberProps}
              onChange={(v) => setRule({ numerator: v })}
            />
            <NumberInput
              label={pr.quorumDenominator}
              value={d.quorumRule.denominator}
              min={1}
              max={99}
              w="8rem"
              {...numberProps}
              onChange={(v) => setRule({ denominator: v })}
            />
          </Group>
          <Checkbox
            label={pr.quorumStrict}
            description={pr.quorumStrictHint}
            checked={d.quorumRule.strictlyMore}
            onChange={(e) => {
              field.setValue({ ...d, quorumRule: { ...d.quorumRule, strictlyMore: e.currentTarget.checked } });
              void field.flush();
            }}
            disabled={readOnly}
          />
          <Text>
            {pr.quorumSummary(
              d.quorumRule.strictlyMore,
              Number(d.quorumRule.numerator) || 0,
              Number(d.quorumRule.denominator) || 0,
              d.quorumRule.basis === 'full',
            )}
          </Text>
        </Stack>
      </Stack>
    </Paper>
  );
}

export function PrepareStep({ state, forumId, cellId, readOnly, onView }: StepProps) {
  const pr = t.live.prepare;
  const setupPath = `/cells/${cellId}/forums/${forumId}`;
  return (
    <Stack gap="lg">
      <ReviewEarlierSummary forumId={forumId} onOpen={() => onView('de_dan')} />
      <FocusSummary state={state} setupPath={setupPath} />
      <AgendaForm state={state} forumId={forumId} readOnly={readOnly} />
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="prep-framing">
        <Title order={3} id="prep-framing" mb="sm">
          {pr.framingTitle}
        </Title>
        <ForumTextField
          state={state}
          forumId={forumId}
          kind="framing"
          label={pr.framingLabel}
          placeholder={pr.framingPlaceholder}
          readOnly={readOnly}
          minRows={5}
        />
      </Paper>
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="prep-ahead">
        <Title order={3} id="prep-ahead" mb="sm">
          {pr.aheadTitle}
        </Title>
        <Text mb="sm">{pr.aheadBody}</Text>
        <Button variant="light" onClick={() => onView('tu_soi')}>
          {pr.aheadAction}
        </Button>
      </Paper>
    </Stack>
  );
}
