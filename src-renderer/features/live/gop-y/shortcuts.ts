// Single-key shortcuts of the live steps (T, Q, P, ← →…): they act only when the focus is not in a
// field where the key means something (text, a radio group's or tab list's arrows, the matrix
// grid, a dialog).
import { useEffect, useRef } from 'react';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, textarea, select, [role="grid"], [role="dialog"], [role="listbox"], [role="radiogroup"], [role="menu"], [role="tablist"], [role="slider"]')) {
    return true;
  }
  return false;
}

/**
 * Calls `handler` on a plain key press (no Ctrl/Alt/Meta) of one of `keys` (compared with
 * KeyboardEvent.key, letters case-insensitive), unless the user is typing somewhere.
 */
export function useKeyShortcut(keys: readonly string[], handler: (event: KeyboardEvent) => void, enabled = true): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  const joined = keys.join('\u0000');
  useEffect(() => {
    if (!enabled) return;
    const wanted = joined.split('\u0000').map((k) => (k.length === 1 ? k.toLowerCase() : k));
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (!wanted.includes(key)) return;
      if (isTypingTarget(e.target)) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      e.preventDefault();
      ref.current(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [joined, enabled]);
}
