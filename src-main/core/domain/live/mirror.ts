// The mirror: what each subject named in themself beside what peers raised about them, with the
// gaps both ways; and coverage: who has not spoken, what nobody addressed, who got no comment.
import type { SubjectKey } from './review-order';

import type { ScaleLevel } from '../../../contract';

/**
 * The assessment scale, as data: each level's code (stored), its label (shown and printed), and
 * whether it counts as the subject naming the indicator in themself.
 */
export const DEFAULT_ASSESSMENT_SCALE: readonly ScaleLevel[] = [
  { code: 'khong_co', label: 'Không có biểu hiện', identifies: false },
  { code: 'co_nguy_co', label: 'Có nguy cơ', identifies: true },
  { code: 'co_bieu_hien', label: 'Có biểu hiện', identifies: true },
];
export const ASSESSMENTS = DEFAULT_ASSESSMENT_SCALE.map((level) => level.code);
export type Assessment = string;

/** Assessments that count as the subject naming the indicator in themself. */
export const SELF_IDENTIFIED: readonly Assessment[] = DEFAULT_ASSESSMENT_SCALE.filter((l) => l.identifies).map((l) => l.code);

export interface SelfReviewFact {
  subject: SubjectKey;
  indicatorNo: number;
  assessment: Assessment | null;
  statement: string;
}

export interface CommentFact {
  fromMemberId: string;
  /** The subject commented on; null for comments to the higher committee. */
  subject: SubjectKey | null;
  indicatorNo: number | null;
}

export interface Mirror {
  subject: SubjectKey;
  selfIdentified: number[];
  raisedByPeers: number[];
  /** Raised by peers, not named by the subject: possible blind spots. */
  raisedNotSelf: number[];
  /** Named by the subject, not raised by peers. */
  selfNotRaised: number[];
  commentsReceived: number;
}

const sorted = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);

export function buildMirror(subject: SubjectKey, reviews: readonly SelfReviewFact[], comments: readonly CommentFact[]): Mirror {
  const selfIdentified = sorted(
    reviews.filter((r) => r.subject === subject && r.assessment !== null && SELF_IDENTIFIED.includes(r.assessment)).map((r) => r.indicatorNo),
  );
  const received = comments.filter((c) => c.subject === subject);
  const raisedByPeers = sorted(received.flatMap((c) => (c.indicatorNo === null ? [] : [c.indicatorNo])));
  return {
    subject,
    selfIdentified,
    raisedByPeers,
    raisedNotSelf: raisedByPeers.filter((no) => !selfIdentified.includes(no)),
    selfNotRaised: selfIdentified.filter((no) => !raisedByPeers.includes(no)),
    commentsReceived: received.length,
  };
}

export interface Coverage {
  /** Subjects (present members and the collective) with no assessment and no statement at all. */
  notYetSpoken: SubjectKey[];
  /** Focus indicators no subject has written a statement about. */
  indicatorsWithoutStatement: number[];
  /** Present members who received no comment at all (a quiet counter to "nể nang"). */
  membersWithoutComment: string[];
  /** Subject × focus indicator cells without an assessment. */
  emptyCells: number;
}

export function computeCoverage(
  subjects: readonly SubjectKey[],
  presentMemberIds: readonly string[],
  focus: readonly number[],
  reviews: readonly SelfReviewFact[],
  comments: readonly CommentFact[],
): Coverage {
  const spoke = new Set(reviews.filter((r) => r.assessment !== null || r.statement.trim() !== '').map((r) => r.subject));
  const addressed = new Set(reviews.filter((r) => r.statement.trim() !== '').map((r) => r.indicatorNo));
  const commented = new Set(comments.map((c) => c.subject));
  const assessed = new Set(reviews.filter((r) => r.assessment !== null).map((r) => `${r.subject}|${r.indicatorNo}`));
  let emptyCells = 0;
  for (const subject of subjects) for (const no of focus) if (!assessed.has(`${subject}|${no}`)) emptyCells++;
  return {
    notYetSpoken: subjects.filter((s) => !spoke.has(s)),
    indicatorsWithoutStatement: focus.filter((no) => !addressed.has(no)),
    membersWithoutComment: presentMemberIds.filter((id) => !commented.has(id)),
    emptyCells,
  };
}
