// Autosave for small records without a version (the agenda settings, an absence reason): the last
// write wins, which is what a setting means. Same feel as the versioned fields: saved after a short
// pause and on blur, never replaced by the server while the user is in the field or has unsaved input.
import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../../i18n';
import { messageOf, type SaveStatus } from './autosave-core';

export interface LastWriteField<V> {
  value: V;
  setValue: (value: V) => void;
  onFocus: () => void;
  onBlur: () => void;
  flush: () => Promise<void>;
  status: SaveStatus;
  error: string | null;
}

export function useLastWriteField<V>({
  stored, save, delayMs = 500, equals = (a, b) => JSON.stringify(a) === JSON.stringify(b),
}: {
  stored: V;
  /** Resolves when stored; throws (ApiError) to show a message. May refuse before calling the core. */
  save: (value: V) => Promise<unknown>;
  delayMs?: number;
  equals?: (a: V, b: V) => boolean;
}): LastWriteField<V> {
  const [value, setLocal] = useState(stored);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const valueRef = useRef(value);
  const savedRef = useRef(stored);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const dirty = () => !equals(valueRef.current, savedRef.current);

  // Follow the server while the user is not working in the field.
  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    if (focused.current || dirty()) {
      return;
    }
    savedRef.current = stored;
    valueRef.current = stored;
    setLocal(stored);
  }, [storedKey]);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(async () => {
      if (!dirty()) return;
      const sending = valueRef.current;
      setStatus('saving');
      try {
        await saveRef.current(sending);
        savedRef.current = sending;
        setError(null);
        setStatus(dirty() ? 'dirty' : 'saved');
      } catch (e) {
        setError(messageOf(e, t.live.autosave.failed));
        setStatus('error');
      }
    });
    return chain.current;
  }, []);

  const setValue = useCallback(
    (next: V) => {
      valueRef.current = next;
      setLocal(next);
      if (timer.current) clearTimeout(timer.current);
      if (!dirty()) return;
      setStatus('dirty');
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
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
    status,
    error,
  };
}
