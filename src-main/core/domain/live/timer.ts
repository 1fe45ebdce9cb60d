// The per-speaker countdown, as plain state: it survives a restart because it is stored, and
// every window computes the same remaining time from it.

export interface TimerState {
  durationMs: number;
  /** When it was last started; null while stopped. */
  startedAt: string | null;
  /** Remaining time at the moment it was last started or stopped. */
  remainingMs: number;
}

export const newTimer = (durationMs: number): TimerState => ({ durationMs, startedAt: null, remainingMs: durationMs });

/** Remaining time; negative once the speaker runs over (the screen shows the overrun). */
export function remainingMs(timer: TimerState, now: Date): number {
  if (timer.startedAt === null) return timer.remainingMs;
  return timer.remainingMs - (now.getTime() - new Date(timer.startedAt).getTime());
}

export function startTimer(timer: TimerState, now: Date): TimerState {
  return timer.startedAt === null ? { ...timer, startedAt: now.toISOString() } : timer;
}

export function stopTimer(timer: TimerState, now: Date): TimerState {
  return timer.startedAt === null ? timer : { ...timer, startedAt: null, remainingMs: remainingMs(timer, now) };
}

export const resetTimer = (timer: TimerState, durationMs = timer.durationMs): TimerState => newTimer(durationMs);
