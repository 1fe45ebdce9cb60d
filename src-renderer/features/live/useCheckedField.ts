// Autosave for small records without a version of their own (the agenda settings, a member's
// roll-call record): each save names the stored value the edit started from, and the core refuses
// it (CONFLICT, with the stored value) when another window changed the record meanwhile. Then both
// values stay on screen and the user chooses, as with the versioned texts. Same feel otherwise:
// saved after a short pause and on blur, never replaced by the server while the user is in the
// field or has unsaved input.
import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../../i18n';
import type { AutosaveFieldApi } from './autosave';
import { autosaveRegistry, isConflict, messageOf, type Conflict, type SaveStatus } from './autosave-core';

export function useCheckedField<V>({
  saveKey, stored, save, fromCurrent, delayMs = 500, equals = (a, b) => JSON.stringify(a) === JSON.stringify(b),
}: {
  /** The record's key in the autosave registry (saves of one key run one after another, and a window closing while one runs is warned). */
  saveKey: string;
  stored: V;
  /** Stores `value` if the record still holds `expected`; throws (ApiError) otherwise. May refuse before calling the core. */
  save: (value: V, expected: V) => Promise<unknown>;
  /** Reads the stored value from a CONFLICT's `current`; null when it cannot (then the message is shown). */
  fromCurrent: (current: unknown) => V | null;
  delayMs?: number;
  equals?: (a: V, b: V) => boolean;
}): AutosaveFieldApi<V> {
  const [value, setLocal] = useState(stored);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflictState] = useState<Conflict<V> | null>(null);
  const valueRef = useRef(value);
  /** The stored value this edit started from: what the next save expects to find. */
  const savedRef = useRef(stored);
  const conflictRef = useRef<Conflict<V> | null>(null);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const keyRef = useRef(saveKey);
  const saveRef = useRef(save);
  const readRef = useRef(fromCurrent);
  useEffect(() => {
    saveRef.current = save;
    readRef.current = fromCurrent;
    keyRef.current = saveKey;
  });

  const dirty = () => !equals(valueRef.current, savedRef.current);
  const setConflict = (c: Conflict<V> | null) => {
    conflictRef.current = c;
    setConflictState(c);
  };
  const show = (next: V) => {
    valueRef.current = next;
    setLocal(next);
  };

  // Follow the server while the user is not working in the field.
  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    if (focused.current || dirty() || conflictRef.current) return;
    savedRef.current = stored;
    show(stored);
  }, [storedKey]);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    return autosaveRegistry.run(keyRef.current, async () => {
      if (conflictRef.current || !dirty()) return;
      const sending = valueRef.current;
      setStatus('saving');
      try {
        await saveRef.current(sending, savedRef.current);
        savedRef.current = sending;
        setError(null);
        setStatus(dirty() ? 'dirty' : 'saved');
      } catch (e) {
        const theirs = isConflict(e) ? readRef.current((e as { current?: unknown }).current) : null;
        if (theirs !== null) {
          savedRef.current = theirs;
          if (equals(theirs, valueRef.current)) {
            // The other window stored the very same: nothing to decide.
            setError(null);
            setStatus('saved');
          } else {
            setConflict({ mine: valueRef.current, theirs, theirsVersion: 0 });
            setStatus('conflict');
          }
          return;
        }
        setError(messageOf(e, t.live.autosave.failed));
        setStatus('error');
      }
    });
  }, []);

  const setValue = useCallback(
    (next: V) => {
      show(next);
      if (timer.current) clearTimeout(timer.current);
      const c = conflictRef.current;
      if (c) {
        // Keep both on screen; saving waits for the user's choice.
        setConflict({ ...c, mine: next });
        return;
      }
      if (!dirty()) return;
      setStatus('dirty');
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  const resolveConflict = useCallback(
    (choice: 'mine' | 'theirs'): Promise<void> => {
      const c = conflictRef.current;
      if (!c) return Promise.resolve();
      setConflict(null);
      savedRef.current = c.theirs;
      if (choice === 'theirs') {
        show(c.theirs);
        setError(null);
        setStatus('saved');
        return Promise.resolve();
      }
      show(c.mine);
      setStatus(dirty() ? 'dirty' : 'saved');
      return flush();
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (timer.current) void flush();
    },
    [flush],
  );

  return {
    value,
    setValue,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      void flush();
    },
    flush,
    retry: () => (status === 'error' ? flush() : Promise.resolve()),
    status,
    error,
    // `theirsVersion` is unused here (0): the stored value itself is what a save expects.
    conflict,
    resolveConflict,
  };
}
