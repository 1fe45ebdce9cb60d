// The speaker countdown as pure arithmetic. The timer is stored on the server ({durationMs,
// startedAt, remainingMs}); every window computes the same remaining time from it, correcting for
// the difference between its own clock and the server's.
import type { TimerStateDto } from '../../../../src-main/contract/live';

/** How far the server's clock is ahead of this machine's (ms), from a response's `serverNow`. */
export function clockOffsetMs(serverNowIso: string, receivedAtMs: number): number {
  const server = Date.parse(serverNowIso);
  return Number.isNaN(server) ? 0 : server - receivedAtMs;
}

/** Remaining time at local time `nowMs`; negative once the speaker runs over. */
export function remainingAt(timer: TimerStateDto, nowMs: number, offsetMs: number): number {
  if (timer.startedAt === null) return timer.remainingMs;
  const started = Date.parse(timer.startedAt);
  if (Number.isNaN(started)) return timer.remainingMs;
  return timer.remainingMs - (nowMs + offsetMs - started);
}

/**
 * "4:59", "0:00", "−0:12" (overrun, with a real minus sign). Counting down, a part second shows
 * as the next whole one, so "0:00" appears exactly when the time is up; past it, whole seconds of
 * overrun are shown.
 */
export function formatCountdown(ms: number): string {
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const text = `${m}:${String(s).padStart(2, '0')}`;
  return over && seconds > 0 ? `−${text}` : text;
}

/** Spoken form for screen readers, e.g. "còn 4 phút 59 giây" / "quá 12 giây". */
export function countdownParts(ms: number): { over: boolean; minutes: number; seconds: number } {
  const over = ms < 0;
  const total = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  return { over: over && total > 0, minutes: Math.floor(total / 60), seconds: total % 60 };
}
