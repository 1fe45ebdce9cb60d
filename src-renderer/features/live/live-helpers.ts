// Small readers over the live snapshot, shared by the steps (pure; tested in tests/renderer).
import type { ForumText, LiveState, TextKind } from '../../../src-main/contract/live';
import { t } from '../../i18n';

/** The subject key of the chi bộ as a whole (the contract's COLLECTIVE; a value the renderer may not import). */
export const COLLECTIVE_SUBJECT = 'collective';

/** "Tập thể chi bộ" or the member's full name ('' for an unknown id). */
export function subjectName(state: Pick<LiveState, 'members'>, subject: string): string {
  if (subject === COLLECTIVE_SUBJECT) return t.live.coverage.collective;
  return state.members.find((m) => m.id === subject)?.fullName ?? '';
}

/** A stored text, or the empty text at version 0 (nothing stored yet). */
export function storedText(state: Pick<LiveState, 'texts'>, kind: TextKind, subject = ''): Pick<ForumText, 'text' | 'version'> {
  const found = state.texts.find((x) => x.kind === kind && x.subject === subject);
  return found ? { text: found.text, version: found.version } : { text: '', version: 0 };
}

/** The autosave registry key of a forum text. */
export const textKey = (forumId: string, kind: TextKind, subject = '') => `text:${forumId}:${kind}:${subject}`;

/** Groups that hold at least one focus indicator, each with its indicators (catalogue order). */
export function focusGroups(state: Pick<LiveState, 'groups' | 'indicators'>) {
  return state.groups
    .map((g) => ({ ...g, indicators: state.indicators.filter((i) => i.groupCode === g.code) }))
    .filter((g) => g.indicators.length > 0);
}

/** Whether the forum accepts edits (a closed forum is read-only; the core refuses anyway). */
export const isReadOnly = (state: Pick<LiveState, 'forum'>) => state.forum.status === 'closed';

/** Format "m:ss" for seconds. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
