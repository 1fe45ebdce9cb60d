// The left rail: the seven phases in order, each with time used / budget; the current one marked.
// Choosing a phase moves the meeting there (the core refuses a jump that skips the roll call).
import { useEffect, useState } from 'react';
import { VisuallyHidden } from '@mantine/core';
import type { ForumPhase, LiveState } from '../../../src-main/contract/live';
import { t } from '../../i18n';
import classes from './LivePage.module.css';
import { formatClock } from './live-helpers';
import { PHASES, phaseIndexOf, usedSecondsNow } from './phases';

/** The current time, ticking every second while `running`. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [running]);
  return now;
}

export interface PhaseRailProps {
  phaseTimes: LiveState['phaseTimes'];
  /** The meeting's phase. */
  current: ForumPhase;
  /** The phase on screen (differs from `current` while viewing another step). */
  shown: ForumPhase;
  /** Whether the meeting's clock runs (forum in progress). */
  running: boolean;
  /** When the snapshot was read (ms), to count on the current phase's time. */
  snapshotAt: number;
  disabled?: boolean;
  onSelect: (phase: ForumPhase) => void;
}

export function PhaseRail({ phaseTimes, current, shown, running, snapshotAt, disabled, onSelect }: PhaseRailProps) {
  const p = t.live.page;
  const now = useNow(running);
  const currentIndex = phaseIndexOf(current);
  return (
    <ol className={classes.phaseList}>
      {PHASES.map((phase, i) => {
        const time = phaseTimes.find((x) => x.phase === phase);
        const budget = time?.budgetMinutes ?? 0;
        const used = usedSecondsNow(time?.usedSeconds ?? 0, snapshotAt, now, running && phase === current);
        const over = budget > 0 && used > budget * 60;
        const isCurrent = phase === current;
        const done = i < currentIndex;
        let timeText: string;
        if (budget > 0) timeText = p.timeUsed(used, budget);
        else if (used >= 1) timeText = formatClock(used);
        else timeText = p.noBudget;
        return (
          <li key={phase}>
            <button
              type="button"
              className={`${classes.phaseButton} ${done ? classes.phaseDone : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
              data-shown={phase === shown || undefined}
              style={phase === shown && !isCurrent ? { borderColor: 'var(--mantine-color-default-border)', borderStyle: 'dashed' } : undefined}
              disabled={disabled}
              onClick={() => onSelect(phase)}
              title={`${i + 1}. ${t.live.phases[phase]}: ${timeText}${over ? ` · ${p.overBudget}` : ''}`}
            >
              <span className={classes.phaseNo} aria-hidden="true">
                {done ? '✓' : i + 1}
              </span>
              <span className={classes.phaseLabel}>{t.live.phases[phase]}</span>
              <span className={`${classes.phaseTime} ${over ? classes.over : ''}`}>
                <span aria-hidden="true">{timeText}</span>
                {over && <span aria-hidden="true"> · {p.overBudget}</span>}
                <VisuallyHidden>
                  {budget > 0 ? p.timeUsedLabel(used, budget) : timeText}
                  {over ? `, ${p.overBudget}` : ''}
                </VisuallyHidden>
              </span>
              <span className={`${classes.phaseTimeShort} ${over ? classes.over : ''}`} aria-hidden="true">
                {used >= 1 ? formatClock(used) : '–'}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
