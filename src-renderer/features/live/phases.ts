// The live forum's phases on the renderer side (the contract's list is a zod module value, which the
// renderer may not import; tests/renderer/live-phases.test.ts keeps the two lists equal), and the
// page-level keyboard shortcuts as a pure decision.
import type { ForumPhase } from '../../../src-main/contract/live';

export const PHASES = [
  'chuan_bi', 'khai_mac', 'de_dan', 'tu_soi', 'gop_y', 'y_kien_cap_tren', 'ket_luan',
] as const satisfies readonly ForumPhase[];

export const phaseIndexOf = (phase: ForumPhase): number => PHASES.indexOf(phase);
export const nextPhaseOf = (phase: ForumPhase): ForumPhase | null => PHASES[phaseIndexOf(phase) + 1] ?? null;
export const previousPhaseOf = (phase: ForumPhase): ForumPhase | null =>
  phaseIndexOf(phase) <= 0 ? null : PHASES[phaseIndexOf(phase) - 1];

/** Seconds used in the current phase, counted on from the snapshot's time while the meeting runs. */
export function usedSecondsNow(usedSeconds: number, snapshotAt: number, now: number, running: boolean): number {
  return running ? usedSeconds + Math.max(0, (now - snapshotAt) / 1000) : usedSeconds;
}

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  defaultPrevented?: boolean;
  /** True when focus is in a text field, a select or an editable element. */
  inTextField: boolean;
  /** True when a dialog (the shortcuts overlay, a confirmation) is open. */
  dialogOpen: boolean;
}

export type PageShortcut = 'next' | 'back' | 'help';

/** N / B / ? act on the page only when nobody is typing and no dialog is open. */
export function pageShortcut(e: KeyLike): PageShortcut | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.inTextField || e.dialogOpen) return null;
  if (e.key === '?') return 'help';
  const key = e.key.toLowerCase();
  if (key === 'n') return 'next';
  if (key === 'b') return 'back';
  return null;
}

/** Whether an event target is somewhere typing happens (so letters must not trigger shortcuts). */
export function isTextTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
  }
  return target.getAttribute('role') === 'textbox' || target.getAttribute('role') === 'combobox';
}
