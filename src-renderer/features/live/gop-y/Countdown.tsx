// The speaker countdown, ticking locally every 250 ms from the stored timer and the server's clock.
// Only this component re-renders on a tick.
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { Text, VisuallyHidden } from '@mantine/core';
import type { TimerStateDto } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';
import { clockOffsetMs, countdownParts, formatCountdown, remainingAt } from './countdown';

export const TICK_MS = 250;

/** Remaining ms of the timer, re-computed every tick while it runs. */
export function useCountdown(timer: TimerStateDto, serverNow: string): number {
  // The offset is taken when a snapshot arrives: its serverNow was "now" on the server just then.
  const offset = useMemo(() => clockOffsetMs(serverNow, Date.now()), [serverNow]);
  const [now, setNow] = useState(() => Date.now());
  const running = timer.startedAt !== null;
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(id);
  }, [running, timer.startedAt]);
  return remainingAt(timer, running ? now : Date.now(), offset);
}

export interface CountdownProps {
  timer: TimerStateDto;
  serverNow: string;
  /** CSS font size of the digits. */
  size: string;
  /** Colour of the digits while in time (default: the text colour). */
  color?: string;
  overColor?: string;
  style?: CSSProperties;
  id?: string;
  /** Where the "Quá giờ" word goes once the time is up: beside the digits, or on its own line. */
  overLabel?: 'inline' | 'below';
}

export function Countdown({
  timer, serverNow, size, color, overColor = 'var(--mantine-color-red-8)', style, id, overLabel = 'inline',
}: CountdownProps) {
  const ms = useCountdown(timer, serverNow);
  const parts = countdownParts(ms);
  const s = t.speech.speaker;
  // Screen readers hear the time when it is started or stopped, not every tick.
  const spoken = parts.over ? s.spokenOver(parts.minutes, parts.seconds) : s.spokenLeft(parts.minutes, parts.seconds);
  return (
    <Text
      id={id}
      component="div"
      data-countdown={ms}
      data-over={parts.over || undefined}
      style={{
        fontSize: size,
        lineHeight: 1.05,
        fontWeight: 800,
        fontVariantNumeric: 'tabular-nums',
        letterSpacing: '0.02em',
        color: parts.over ? overColor : color,
        ...style,
      }}
    >
      <span aria-hidden="true">{formatCountdown(ms)}</span>
      <VisuallyHidden>{spoken}</VisuallyHidden>
      {parts.over && (
        <Text
          span
          fw={700}
          ml={overLabel === 'inline' ? 'sm' : 0}
          style={{ fontSize: overLabel === 'inline' ? '0.4em' : '0.45em', verticalAlign: 'middle', color: overColor, display: overLabel === 'below' ? 'block' : undefined }}
          aria-hidden="true"
        >
          {s.over}
        </Text>
      )}
    </Text>
  );
}
