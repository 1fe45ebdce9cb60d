// Autosave for the live flow: the hook over the field controller (autosave-core.ts), the textarea
// with its "Đang lưu…" / "Đã lưu" line, and the panel that keeps both texts after a collision.
// Never a Save button in the live flow.
import {
  useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState, useSyncExternalStore,
  type ChangeEvent, type KeyboardEvent, type ReactNode, type RefCallback,
} from 'react';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, type TextareaProps } from '@mantine/core';
import { t } from '../../i18n';
import {
  AutosaveField, autosaveRegistry, type Conflict, type SaveStatus as Status, type Versioned,
} from './autosave-core';

export type { Conflict, Status as AutosaveStatus, Versioned };
export { autosaveRegistry, textOfRecord } from './autosave-core';

export interface UseAutosaveFieldOptions<V> {
  /** The record's key in the registry: `sr:<subject>:<indicatorNo>`, `text:<kind>:<subject>`, `comment:<id>`. */
  saveKey: string;
  /** The field's value in the live snapshot. */
  storedValue: V;
  /** The record's version in the live snapshot (0 when nothing is stored yet). */
  storedVersion: number;
  save: (value: V, baseVersion: number) => Promise<{ version: number }>;
  /** Reads this field and the record's version from ApiError.current on CONFLICT (default: `{ text, version }`). */
  fromCurrent?: (current: unknown) => Versioned<V> | null;
  equals?: (a: V, b: V) => boolean;
  delayMs?: number;
}

export interface AutosaveFieldApi<V> {
  value: V;
  setValue: (value: V) => void;
  onFocus: () => void;
  onBlur: () => void;
  /** Saves now (e.g. before leaving with a keyboard shortcut). */
  flush: () => Promise<void>;
  retry: () => Promise<void>;
  status: Status;
  error: string | null;
  conflict: Conflict<V> | null;
  resolveConflict: (choice: 'mine' | 'theirs') => Promise<void>;
}

/** The field's controller: a fresh one when the record changes, kept in step with the snapshot. */
function useFieldController<V>(options: UseAutosaveFieldOptions<V>): AutosaveField<V> {
  const { saveKey, storedValue, storedVersion, save, fromCurrent, equals, delayMs } = options;
  const create = () =>
    new AutosaveField<V>(
      { key: saveKey, save, fromCurrent, equals, delayMs, fallbackError: t.live.autosave.failed },
      { value: storedValue, version: storedVersion },
    );
  const [field, setField] = useState(create);
  // Another record in the same place (the member or indicator changed): a fresh controller.
  let current = field;
  if (field.key !== saveKey) {
    current = create();
    setField(current);
  }
  useEffect(() => {
    current.setOptions({ save, fromCurrent });
  });
  useEffect(() => {
    current.sync({ value: storedValue, version: storedVersion });
  }, [current, storedValue, storedVersion]);
  useEffect(() => current.dispose, [current]);
  return current;
}

/** A controlled field: the view re-renders with each change of the value. */
export function useAutosaveField<V = string>(options: UseAutosaveFieldOptions<V>): AutosaveFieldApi<V> {
  const current = useFieldController(options);
  const snap = useSyncExternalStore(current.subscribe, current.getSnapshot, current.getSnapshot);
  return {
    value: snap.value,
    setValue: current.setValue,
    onFocus: current.onFocus,
    onBlur: current.onBlur,
    flush: current.flush,
    retry: current.retry,
    status: snap.status,
    error: snap.error,
    conflict: snap.conflict,
    resolveConflict: current.resolveConflict,
  };
}

export interface AutosaveTextApi extends Omit<AutosaveFieldApi<string>, 'value' | 'setValue' | 'onFocus' | 'onBlur'> {
  /** Spread on the <textarea>: the text lives in the DOM, not in React state. */
  inputProps: {
    ref: RefCallback<HTMLTextAreaElement>;
    defaultValue: string;
    onChange: (e: ChangeEvent<HTMLTextAreaElement>) => void;
    onFocus: () => void;
    onBlur: () => void;
  };
}

/**
 * An uncontrolled text field: a keystroke updates the controller, and React renders only when the
 * save status changes (the first key after a save, the save's start and end), not on every key.
 * Text the controller takes from elsewhere (a save by another window adopted while the field is
 * idle, "use theirs" in a conflict) is written into the element, and `onWritten` runs (e.g. for a
 * script autosize to measure again).
 */
export function useAutosaveText(options: UseAutosaveFieldOptions<string>, onWritten?: () => void): AutosaveTextApi {
  const current = useFieldController(options);
  const state = useSyncExternalStore(current.subscribe, current.getStatusSnapshot, current.getStatusSnapshot);
  const element = useRef<HTMLTextAreaElement | null>(null);
  const written = useRef(onWritten);
  useEffect(() => {
    written.current = onWritten;
  });
  useLayoutEffect(() => {
    const write = () => {
      const el = element.current;
      const value = current.getSnapshot().value;
      if (!el || el.value === value) return;
      el.value = value;
      written.current?.();
    };
    write();
    return current.subscribe(write);
  }, [current]);
  const ref = useCallback((el: HTMLTextAreaElement | null) => {
    element.current = el;
  }, []);
  const onChange = useCallback((e: ChangeEvent<HTMLTextAreaElement>) => current.setValue(e.currentTarget.value), [current]);
  return {
    inputProps: { ref, defaultValue: current.getSnapshot().value, onChange, onFocus: current.onFocus, onBlur: current.onBlur },
    flush: current.flush,
    retry: current.retry,
    status: state.status,
    error: state.error,
    conflict: state.conflict,
    resolveConflict: current.resolveConflict,
  };
}

/** How many saves of this window are queued or running (to warn before closing the window). */
export function usePendingSaves(): number {
  return useSyncExternalStore(
    (listener) => autosaveRegistry.subscribe(listener),
    () => autosaveRegistry.pending(),
    () => 0,
  );
}

/**
 * Closing the window with a save on its way would lose it: ask first. A component of its own, so
 * that a save starting or ending re-renders nothing else (the whole live screen did, a frame of
 * 10–20 ms in the middle of typing on a 60-member forum). Used by the live and documents pages..
 */
export function LeaveGuard() {
  const pending = usePendingSaves();
  useEffect(() => {
    if (pending === 0) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = t.live.autosave.leaveWhileSaving;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [pending]);
  return null;
}

/** The small line beside an edited field. */
export function SaveStatus({ status, error, onRetry }: { status: Status; error?: string | null; onRetry?: () => void }) {
  const a = t.live.autosave;
  let content: ReactNode = null;
  let color: string | undefined = 'dimmed';
  if (status === 'dirty' || status === 'saving') content = a.saving;
  else if (status === 'saved') content = a.saved;
  else if (status === 'conflict') {
    content = a.conflictShort;
    color = 'var(--mantine-color-orange-text)';
  } else if (status === 'error') {
    color = 'var(--mantine-color-red-text)';
    content = (
      <>
        {a.failedPrefix} {error ?? a.failed}{' '}
        {onRetry && (
          <Button variant="subtle" color="red" size="compact-sm" onClick={onRetry}>
            {a.retry}
          </Button>
        )}
      </>
    );
  }
  return (
    <Text component="div" size="sm" c={color} aria-live="polite" mih="1.5rem" fw={status === 'error' ? 600 : 400} data-save-status={status}>
      {content}
    </Text>
  );
}

/** Both texts side by side after a collision; the user chooses, nothing is lost. */
export function ConflictPanel<V>({
  conflict, onResolve, render = (v) => String(v),
}: {
  conflict: Conflict<V>;
  onResolve: (choice: 'mine' | 'theirs') => void;
  render?: (value: V) => ReactNode;
}) {
  const a = t.live.autosave;
  const box = (title: string, value: V) => (
    <Paper withBorder p="sm" radius="sm">
      <Text fw={700} mb={4}>
        {title}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{render(value) || a.emptyText}</Text>
    </Paper>
  );
  return (
    <Alert color="orange" variant="light" title={a.conflictTitle} role="alert">
      <Stack gap="sm">
        <Text>{a.conflictBody}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {box(a.mine, conflict.mine)}
          {box(a.theirs, conflict.theirs)}
        </SimpleGrid>
        <Group gap="sm">
          <Button onClick={() => onResolve('mine')}>{a.keepMine}</Button>
          <Button variant="default" onClick={() => onResolve('theirs')}>
            {a.useTheirs}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** Esc leaves the field (and so saves it), unless it ends an IME composition. */
export function leaveOnEscape(e: KeyboardEvent<HTMLElement>) {
  if (e.key === 'Escape' && !e.nativeEvent.isComposing) e.currentTarget.blur();
}

export interface AutosaveTextareaProps
  extends Omit<TextareaProps, 'value' | 'defaultValue' | 'onChange' | 'onFocus' | 'onBlur' | 'error'> {
  label: ReactNode;
  saveKey: string;
  storedText: string;
  storedVersion: number;
  save: (text: string, baseVersion: number) => Promise<{ version: number }>;
  fromCurrent?: (current: unknown) => Versioned<string> | null;
  /** Text size of what is typed (e.g. '1.125rem' for indicator text in the live view). */
  textSize?: string;
}

/** A growing textarea that saves itself 400 ms after the last keystroke and on blur (uncontrolled: see useAutosaveText). */
export function AutosaveTextarea({
  label, saveKey, storedText, storedVersion, save, fromCurrent, textSize, readOnly, minRows = 3, maxRows = 16, ...rest
}: AutosaveTextareaProps) {
  // A text written in from elsewhere re-renders once, so the autosize measures it.
  const [, remeasure] = useReducer((n: number) => n + 1, 0);
  const field = useAutosaveText({ saveKey, storedValue: storedText, storedVersion, save, fromCurrent }, remeasure);
  return (
    <Stack gap={4}>
      <Textarea
        label={label}
        autosize
        minRows={minRows}
        maxRows={maxRows}
        {...rest}
        {...field.inputProps}
        readOnly={readOnly}
        onKeyDown={leaveOnEscape}
        styles={textSize ? { input: { fontSize: textSize } } : undefined}
      />
      {!readOnly && <SaveStatus status={field.status} error={field.error} onRetry={() => void field.retry()} />}
      {field.conflict && <ConflictPanel conflict={field.conflict} onResolve={(c) => void field.resolveConflict(c)} />}
    </Stack>
  );
}
