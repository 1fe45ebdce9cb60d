// The in-cell editor of the matrix: the level (a digit 1..n picks it) and the statement. Its state
// lives here, and the statement is uncontrolled (useAutosaveText), so a key typed re-renders
// nothing unless the save status changes. Esc leaves (saving), Tab leaves for the next empty cell;
// both fields autosave under the cell's save key like the member form.
import { useCallback, useEffect, useMemo, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { ScaleLevel, SelfReview } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';
import { ConflictPanel, SaveStatus, useAutosaveField, useAutosaveText, type Versioned } from '../autosave';
import { useSelfReviewSave } from './IndicatorCard';
import { levelForKey } from './matrix-nav';
import { levelTone, selfReviewSaveKey } from './subjects';
import classes from './ReviewMatrix.module.css';

const read =
  <V,>(field: 'assessment' | 'statement') =>
  (current: unknown): Versioned<V> | null => {
    if (typeof current !== 'object' || current === null) return null;
    const r = current as Record<string, unknown>;
    return typeof r.version === 'number' && field in r ? { value: r[field] as V, version: r.version } : null;
  };
const assessmentOf = read<string | null>('assessment');
const statementOf = read<string>('statement');

export type LeaveHow = 'esc' | 'tab' | 'shiftTab' | 'blur';

export interface MatrixCellEditorProps {
  forumId: string;
  subject: string;
  subjectName: string;
  indicatorNo: number;
  review: SelfReview | undefined;
  scale: readonly ScaleLevel[];
  onLeave: (how: LeaveHow) => void;
}

export function MatrixCellEditor({ forumId, subject, subjectName, indicatorNo, review, scale, onLeave }: MatrixCellEditorProps) {
  const m = t.speech.matrix;
  const saveKey = selfReviewSaveKey(subject, indicatorNo);
  const version = review?.version ?? 0;
  const level = useAutosaveField<string | null>({
    saveKey,
    storedValue: review?.assessment ?? null,
    storedVersion: version,
    save: useSelfReviewSave<string | null>(forumId, subject, indicatorNo, 'assessment'),
    fromCurrent: assessmentOf,
    delayMs: 0,
  });
  // Uncontrolled: a key typed in the statement re-renders nothing, unless the save status changes.
  const statement = useAutosaveText({
    saveKey,
    storedValue: review?.statement ?? '',
    storedVersion: version,
    save: useSelfReviewSave<string>(forumId, subject, indicatorNo, 'statement'),
    fromCurrent: statementOf,
  });
  const boxRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLTextAreaElement | null>(null);
  const statementRef = statement.inputProps.ref;
  const setTextRef = useCallback(
    (el: HTMLTextAreaElement | null) => {
      textRef.current = el;
      statementRef(el);
    },
    [statementRef],
  );
  const left = useRef(false);

  // Open on the level choice: a digit picks it and moves on to the statement.
  useEffect(() => {
    const box = boxRef.current;
    const radio = box?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? box?.querySelector<HTMLInputElement>('input[type="radio"]');
    radio?.focus();
  }, []);

  const leave = (how: LeaveHow) => {
    if (left.current) return;
    left.current = true;
    void level.flush();
    void statement.flush();
    onLeave(how);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    e.stopPropagation();
    if (e.nativeEvent.isComposing) return;
    const inText = e.target === textRef.current;
    if (e.key === 'Escape') {
      e.preventDefault();
      leave('esc');
    } else if (e.key === 'Tab' && inText && !e.shiftKey) {
      e.preventDefault();
      leave('tab');
    } else if (e.key === 'Tab' && !inText && e.shiftKey) {
      e.preventDefault();
      leave('shiftTab');
    } else if (!inText && !e.ctrlKey && !e.altKey && !e.metaKey) {
      const index = levelForKey(e.key, scale.length);
      if (index !== null) {
        e.preventDefault();
        level.setValue(scale[index].code);
        textRef.current?.focus();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        textRef.current?.focus();
      }
    }
  };

  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    const next = e.relatedTarget as Node | null;
    if (next && boxRef.current?.contains(next)) return;
    // The window itself lost focus (another app): stay open for when the user comes back.
    if (next === null && !document.hasFocus()) return;
    leave('blur');
  };

  const levelValue = level.value;
  const status = level.status === 'error' || level.status === 'conflict' ? level : statement;
  // The same element while the level stays: a key typed in the statement re-renders the textarea,
  // not the three radios with their labels.
  const setLevel = level.setValue;
  const levelGroup = useMemo(
    () => (
      <Radio.Group label={m.editorAssessment} value={levelValue ?? ''} onChange={(code) => setLevel(code)}>
        <Group gap="md" mt={4}>
          {scale.map((l, i) => (
            <Radio
              key={l.code}
              value={l.code}
              color={levelTone(scale, l.code)?.color}
              label={
                <span>
                  <Text span fw={700}>
                    {i + 1}
                  </Text>{' '}
                  {l.label}
                </span>
              }
            />
          ))}
        </Group>
      </Radio.Group>
    ),
    [levelValue, setLevel, scale, m],
  );
  return (
    <div ref={boxRef} role="group" aria-label={m.editorLabel(subjectName, indicatorNo)} onKeyDown={onKeyDown} onBlur={onBlur}>
      <Stack gap={8}>
        {levelGroup}
        <Textarea
          label={m.editorStatement}
          // Grows through CSS (field-sizing): the script autosize measured a hidden copy on every key.
          autosize={false}
          rows={3}
          classNames={{ input: classes.statement }}
          {...statement.inputProps}
          ref={setTextRef}
        />
        <Stack gap={0}>
          <SaveStatus status={status.status} error={status.error} onRetry={() => void status.retry()} />
          <Text size="sm" c="dimmed">
            {m.editorKeys}
          </Text>
        </Stack>
        {level.conflict && (
          <ConflictPanel
            conflict={level.conflict}
            onResolve={(c) => void level.resolveConflict(c)}
            render={(code) => scale.find((l) => l.code === code)?.label ?? t.speech.review.notAssessed}
          />
        )}
        {statement.conflict && <ConflictPanel conflict={statement.conflict} onResolve={(c) => void statement.resolveConflict(c)} />}
      </Stack>
    </div>
  );
}
