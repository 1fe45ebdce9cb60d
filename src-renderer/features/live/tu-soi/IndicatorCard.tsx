// One focus indicator of one subject in the member-by-member form: the indicator's text, the
// assessment on the cell's scale, the statement, and the "tự sửa" commitment with its due date.
// Every field autosaves through live.saveSelfReview with only its own field; all share the cell's
// save key, so their saves run one after another against the newest version.
import { memo, useCallback, useEffect, useState, type FocusEvent } from 'react';
import { Badge, Group, Paper, Radio, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { Indicator } from '../../../api/types';
import type { ScaleLevel, SelfReview } from '../../../../src-main/contract/live';
import { formatDateShort, formatDateWithWeekday, parseDateInput, t } from '../../../i18n';
import { AutosaveTextarea, ConflictPanel, SaveStatus, useAutosaveField, type Versioned } from '../autosave';
import { useLiveAction } from '../useLive';
import { levelTone, selfReviewSaveKey } from './subjects';
import classes from './IndicatorCard.module.css';
import { UnconfirmedBadge } from '../../../components/badges';

type ReviewField = 'assessment' | 'statement' | 'commitment' | 'commitmentDue';

/** Reads one field of a stored self-review from ApiError.current (CONFLICT). */
function fieldOf<V>(field: ReviewField) {
  return (current: unknown): Versioned<V> | null => {
    if (typeof current !== 'object' || current === null) return null;
    const r = current as Record<string, unknown>;
    if (typeof r.version !== 'number' || !(field in r)) return null;
    return { value: r[field] as V, version: r.version };
  };
}
const statementOf = fieldOf<string>('statement');
const commitmentOf = fieldOf<string>('commitment');
const assessmentOf = fieldOf<string | null>('assessment');
const dueOf = fieldOf<string | null>('commitmentDue');

/** The save function of one field of one cell. */
export function useSelfReviewSave<V>(forumId: string, subject: string, indicatorNo: number, field: ReviewField) {
  const action = useLiveAction(forumId);
  return useCallback(
    (value: V, baseVersion: number) =>
      action('live.saveSelfReview', { forumId, subject, indicatorNo, baseVersion, [field]: value } as never).then((r) => ({
        version: r.version,
      })),
    [action, forumId, subject, indicatorNo, field],
  );
}

export interface IndicatorCardProps {
  forumId: string;
  subject: string;
  subjectName: string;
  indicator: Indicator;
  groupTitle: string;
  review: SelfReview | undefined;
  scale: readonly ScaleLevel[];
  readOnly: boolean;
  active: boolean;
  /** This card's statement is on the projector. */
  shown: boolean;
  /** The projector follows this form (the meeting is in tự soi): the card marks itself as projected and offers the switch. */
  following: boolean;
  onActivate: (indicatorNo: number) => void;
  /** Resolves false when the projector could not be changed. */
  onShowChange: (indicatorNo: number, show: boolean) => Promise<boolean>;
}

function AssessmentField({
  forumId, subject, subjectName, indicatorNo, review, scale, readOnly,
}: Pick<IndicatorCardProps, 'forumId' | 'subject' | 'subjectName' | 'review' | 'scale' | 'readOnly'> & { indicatorNo: number }) {
  const save = useSelfReviewSave<string | null>(forumId, subject, indicatorNo, 'assessment');
  const field = useAutosaveField<string | null>({
    saveKey: selfReviewSaveKey(subject, indicatorNo),
    storedValue: review?.assessment ?? null,
    storedVersion: review?.version ?? 0,
    save,
    fromCurrent: assessmentOf,
    delayMs: 0,
  });
  const s = t.speech.review;
  return (
    <Stack gap={4}>
      <Radio.Group
        label={s.assessment}
        value={field.value ?? ''}
        onChange={(code) => field.setValue(code)}
        readOnly={readOnly}
        aria-label={s.assessmentOf(subjectName, indicatorNo)}
      >
        <Group gap="lg" mt={6}>
          {scale.map((level, i) => (
            <Radio
              key={level.code}
              value={level.code}
              color={levelTone(scale, level.code)?.color}
              label={
                <span>
                  {level.label} <Text span c="dimmed" size="sm">({i + 1})</Text>
                </span>
              }
            />
          ))}
        </Group>
      </Radio.Group>
      {!readOnly && <SaveStatus status={field.status} error={field.error} onRetry={() => void field.retry()} />}
      {field.conflict && (
        <ConflictPanel
          conflict={field.conflict}
          onResolve={(c) => void field.resolveConflict(c)}
          render={(code) => scale.find((l) => l.code === code)?.label ?? s.notAssessed}
        />
      )}
    </Stack>
  );
}

function DueDateField({
  forumId, subject, indicatorNo, review, readOnly,
}: Pick<IndicatorCardProps, 'forumId' | 'subject' | 'review' | 'readOnly'> & { indicatorNo: number }) {
  const save = useSelfReviewSave<string | null>(forumId, subject, indicatorNo, 'commitmentDue');
  const field = useAutosaveField<string | null>({
    saveKey: selfReviewSaveKey(subject, indicatorNo),
    storedValue: review?.commitmentDue ?? null,
    storedVersion: review?.version ?? 0,
    save,
    fromCurrent: dueOf,
  });
  const [text, setText] = useState(() => (field.value ? formatDateShort(field.value) : ''));
  const [focused, setFocused] = useState(false);
  const [invalid, setInvalid] = useState(false);
  // A date stored elsewhere shows here unless the user is typing in this box.
  useEffect(() => {
    if (!focused && !invalid) setText(field.value ? formatDateShort(field.value) : '');
  }, [field.value, focused, invalid]);
  const parsed = parseDateInput(text);
  const s = t.speech.review;
  return (
    <Stack gap={4}>
      <TextInput
        label={s.due}
        placeholder={t.dates.datePlaceholder}
        description={parsed ? formatDateWithWeekday(parsed) : s.dueHint}
        inputMode="numeric"
        autoComplete="off"
        readOnly={readOnly}
        value={text}
        error={invalid ? t.dates.dateInvalid : undefined}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const iso = next.trim() === '' ? null : parseDateInput(next);
          if (next.trim() === '' || iso) {
            setInvalid(false);
            field.setValue(iso);
          }
        }}
        onFocus={() => {
          setFocused(true);
          field.onFocus();
        }}
        onBlur={() => {
          setFocused(false);
          setInvalid(text.trim() !== '' && parseDateInput(text) === null);
          field.onBlur();
        }}
      />
      {!readOnly && <SaveStatus status={field.status} error={field.error} onRetry={() => void field.retry()} />}
      {field.conflict && (
        <ConflictPanel
          conflict={field.conflict}
          onResolve={(c) => void field.resolveConflict(c)}
          render={(iso) => (iso ? formatDateShort(iso) : '')}
        />
      )}
    </Stack>
  );
}

function IndicatorCardImpl(props: IndicatorCardProps) {
  const { forumId, subject, subjectName, indicator, groupTitle, review, readOnly, active, shown, following, onActivate, onShowChange } = props;
  const no = indicator.no;
  const s = t.speech.review;
  const saveStatement = useSelfReviewSave<string>(forumId, subject, no, 'statement');
  const saveCommitment = useSelfReviewSave<string>(forumId, subject, no, 'commitment');
  const key = selfReviewSaveKey(subject, no);
  const version = review?.version ?? 0;
  const titleId = `sr-card-${no}`;
  // The switch moves at once; the projector state from the core confirms (or undoes) it.
  const [wanted, setWanted] = useState<{ show: boolean; from: boolean } | null>(null);
  if (wanted !== null && wanted.from !== shown) setWanted(null);
  const showChecked = wanted?.show ?? shown;
  const onFocus = (e: FocusEvent<HTMLElement>) => {
    if (!active && e.currentTarget.contains(e.target)) onActivate(no);
  };
  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p="md"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-indicator-card={no}
      data-active={active || undefined}
      onFocus={onFocus}
      style={{
        borderColor: active ? 'var(--mantine-primary-color-filled)' : undefined,
        // The second pixel of the active frame is a shadow: a wider border would shift the content.
        boxShadow: active ? '0 0 0 1px var(--mantine-primary-color-filled)' : undefined,
        // Cards off screen are not laid out or painted until scrolled to (27 of them per subject).
        contentVisibility: 'auto',
        containIntrinsicSize: 'auto 560px',
      }}
    >
      <Stack gap="sm">
        <Stack gap={2}>
          <Group justify="space-between" align="center" wrap="nowrap" gap="xs">
            <Text size="sm" c="dimmed" fw={600}>
              {s.indicatorHeading(no, groupTitle)}
            </Text>
            {/* Always laid out, shown only on the active card, and on the short heading line rather
                than beside the title: a badge appearing on focus narrowed the title, re-wrapped it
                and moved the fields under the pointer between mousedown and mouseup, so the first
                click on another card's radio or field was lost. */}
            <Badge variant="light" color="blue" style={{ flexShrink: 0, visibility: active && following ? 'visible' : 'hidden' }}>
              {s.current}
            </Badge>
          </Group>
          <Text id={titleId} fz="1.1875rem" fw={600} lh={1.45}>
            {indicator.text}
          </Text>
          {!indicator.official && (
            <Group gap="xs">
              <UnconfirmedBadge />
            </Group>
          )}
        </Stack>
        <AssessmentField
          forumId={forumId}
          subject={subject}
          subjectName={subjectName}
          indicatorNo={no}
          review={review}
          scale={props.scale}
          readOnly={readOnly}
        />
        <AutosaveTextarea
          label={s.statement}
          placeholder={s.statementPlaceholder}
          saveKey={key}
          storedText={review?.statement ?? ''}
          storedVersion={version}
          save={saveStatement}
          fromCurrent={statementOf}
          readOnly={readOnly}
          autosize={false}
          rows={2}
          classNames={{ input: classes.grow }}
          textSize="1.0625rem"
        />
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <div style={{ gridColumn: 'span 2' }}>
            <AutosaveTextarea
              label={s.commitment}
              placeholder={s.commitmentPlaceholder}
              saveKey={key}
              storedText={review?.commitment ?? ''}
              storedVersion={version}
              save={saveCommitment}
              fromCurrent={commitmentOf}
              readOnly={readOnly}
              autosize={false}
              rows={1}
              classNames={{ input: classes.growOne }}
            />
          </div>
          <DueDateField key={subject} forumId={forumId} subject={subject} indicatorNo={no} review={review} readOnly={readOnly} />
        </SimpleGrid>
        {!readOnly && following && (
          <Switch
            checked={showChecked}
            onChange={(e) => {
              const show = e.currentTarget.checked;
              setWanted({ show, from: shown });
              void onShowChange(no, show).then((ok) => {
                if (!ok) setWanted(null);
              });
            }}
            label={s.showOnProjector}
            description={showChecked ? s.shownNow : s.showHint}
            color="orange"
          />
        )}
      </Stack>
    </Paper>
  );
}

/** Re-renders only when its own record, its activity or its projector state change. */
export const IndicatorCard = memo(
  IndicatorCardImpl,
  (a, b) =>
    (a.review?.version ?? -1) === (b.review?.version ?? -1) &&
    a.active === b.active &&
    a.shown === b.shown &&
    a.following === b.following &&
    a.readOnly === b.readOnly &&
    a.subject === b.subject &&
    a.subjectName === b.subjectName &&
    a.indicator.no === b.indicator.no &&
    a.indicator.text === b.indicator.text &&
    a.indicator.official === b.indicator.official &&
    a.groupTitle === b.groupTitle &&
    a.scale === b.scale &&
    a.forumId === b.forumId &&
    a.onActivate === b.onActivate &&
    a.onShowChange === b.onShowChange,
);
