import { useState } from 'react';

/**
 * The record an edit form started from. It is captured once, so a background refetch (a push event
 * after someone else's save) neither resets what the user is typing nor silently moves the version
 * the save is checked against: a concurrent change surfaces as CONFLICT, never as a lost update.
 * `reload` takes a fresh copy and bumps `generation` (use it as the form's key).
 */
export function useEditBase<T>(data: T | undefined) {
  const [base, setBase] = useState<{ value: T; generation: number } | null>(null);
  if (data !== undefined && base === null) setBase({ value: data, generation: 0 });
  const reload = (fresh: T) => setBase((b) => ({ value: fresh, generation: (b?.generation ?? 0) + 1 }));
  return { base: base?.value, generation: base?.generation ?? 0, reload };
}
