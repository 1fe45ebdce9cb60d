// Who a self-review is about: the collective (chi bộ as a whole) or a member, named for the screen.
import type { LiveMember, LiveState, ScaleLevel, SelfReview } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';

/** The subject key of the collective (the contract's COLLECTIVE; values cannot be imported here). */
export const COLLECTIVE = 'collective';

export const reviewKey = (subject: string, indicatorNo: number) => `${subject}|${indicatorNo}`;
/** The autosave registry key of one self-review cell (all its fields share it). */
export const selfReviewSaveKey = (subject: string, indicatorNo: number) => `sr:${subject}:${indicatorNo}`;

export function membersById(members: readonly LiveMember[]): Map<string, LiveMember> {
  return new Map(members.map((m) => [m.id, m]));
}

export function subjectName(subject: string, members: ReadonlyMap<string, LiveMember>): string {
  if (subject === COLLECTIVE) return t.speech.collective;
  return members.get(subject)?.fullName ?? t.speech.unknownMember;
}

export function reviewsByKey(reviews: readonly SelfReview[]): Map<string, SelfReview> {
  return new Map(reviews.map((r) => [reviewKey(r.subject, r.indicatorNo), r]));
}

/** Mantine colour and variant for a scale level: no finding is calm, findings grow warmer. */
export function levelTone(scale: readonly ScaleLevel[], code: string | null): { color: string; strong: boolean } | null {
  if (code === null) return null;
  const index = scale.findIndex((l) => l.code === code);
  if (index < 0) return { color: 'gray', strong: false };
  const level = scale[index];
  if (!level.identifies) return { color: 'green', strong: false };
  const findings = scale.filter((l) => l.identifies);
  const rank = findings.indexOf(level);
  const strong = rank === findings.length - 1;
  return { color: strong ? 'red' : 'orange', strong };
}

export const levelLabel = (scale: readonly ScaleLevel[], code: string | null) =>
  code === null ? null : (scale.find((l) => l.code === code)?.label ?? code);

/** Whether a self-review cell is still empty (no assessment chosen), as the coverage counts it. */
export const isEmptyReview = (review: SelfReview | undefined) => review === undefined || review.assessment === null;

export type { LiveState };
