// The live state snapshot: everything the facilitator's screen shows, computed from the record.
import type { Kysely } from 'kysely';
import {
  COLLECTIVE, FORUM_PHASES, type Comment, type ForumText, type LiveState, type PhaseBudgets, type QueueEntry, type SelfReview,
  type TimerStateDto,
} from '../../../contract';
import type { Database } from '../../db/schema';
import { createCellsRepo } from '../../db/repos/cells.repo';
import { createCommentsRepo, type CommentRow } from '../../db/repos/comments.repo';
import type { ForumRow } from '../../db/repos/forums.repo';
import { createForumTextsRepo, type ForumTextRow } from '../../db/repos/forum-texts.repo';
import { createPhaseLogRepo } from '../../db/repos/phase-log.repo';
import { createSelfReviewsRepo, type SelfReviewRow } from '../../db/repos/self-reviews.repo';
import { createSpeakerQueueRepo, type QueueRow } from '../../db/repos/speaker-queue.repo';
import { computeBudgets } from '../../domain/live/agenda';
import { draftConclusion } from '../../domain/live/conclusion-draft';
import { buildMirror, computeCoverage, DEFAULT_ASSESSMENT_SCALE, type CommentFact, type SelfReviewFact } from '../../domain/live/mirror';
import { checkPhaseMove } from '../../domain/live/phases';
import { countAttendance, evaluateQuorum } from '../../domain/live/quorum';
import { reconcileReviewOrder } from '../../domain/live/review-order';
import { newTimer, type TimerState } from '../../domain/live/timer';
import { loadCatalogue } from '../catalogue.service';
import { forumToDto } from '../forums.service';
import { focusOf, loadRoster, quorumRuleOf, reviewableMembers, rollCallMembers, type Roster } from './roster';

export const textToDto = (row: ForumTextRow): ForumText => ({
  kind: row.kind, subject: row.subject, text: row.text, version: row.version, updatedAt: row.updated_at,
});

export const selfReviewToDto = (row: SelfReviewRow): SelfReview => ({
  subject: row.subject,
  indicatorNo: row.indicator_no,
  assessment: row.assessment,
  statement: row.statement,
  commitment: row.commitment,
  commitmentDue: row.commitment_due,
  updatedAt: row.updated_at,
  version: row.version,
});

export const commentToDto = (row: CommentRow): Comment => ({
  id: row.id,
  forumId: row.forum_id,
  fromMemberId: row.from_member_id,
  targetKind: row.target_kind,
  targetMemberId: row.target_member_id,
  indicatorNo: row.indicator_no,
  text: row.text,
  responseKind: row.response_kind,
  responseText: row.response_text,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

export const queueToDto = (row: QueueRow): QueueEntry => ({
  id: row.id, memberId: row.member_id, position: row.position, status: row.status,
  addedAt: row.added_at, startedAt: row.started_at, finishedAt: row.finished_at,
});

export const timerOf = (forum: ForumRow): TimerState =>
  forum.timer ? (JSON.parse(forum.timer) as TimerState) : newTimer(forum.speaker_seconds * 1000);

export const timerToDto = (timer: TimerState): TimerStateDto => ({ ...timer });

export interface PresenterChoice {
  subject: string | null;
  indicatorNo: number | null;
  showStatement: boolean;
}

export const presenterOf = (forum: ForumRow): PresenterChoice => ({
  subject: null, indicatorNo: null, showStatement: false, ...(JSON.parse(forum.presenter) as Partial<PresenterChoice>),
});

/** Who a comment is about, for the mirror: a member, the collective (chi ủy), or nobody (cấp trên). */
export const commentSubject = (c: Pick<CommentRow, 'target_kind' | 'target_member_id'>): string | null =>
  c.target_kind === 'member' ? c.target_member_id : c.target_kind === 'chi_uy' ? COLLECTIVE : null;

export function budgetsOf(forum: ForumRow, roster: Roster): PhaseBudgets {
  if (forum.budgets) return JSON.parse(forum.budgets) as PhaseBudgets;
  return computeBudgets({
    meetingMinutes: forum.meeting_minutes,
    members: reviewableMembers(roster).length,
    focusIndicators: focusOf(forum).length,
    hasGuests: (JSON.parse(forum.guests) as unknown[]).length > 0,
  });
}

/** The review order in effect: the stored one reconciled with the members (default when none). */
export function reviewOrderOf(forum: ForumRow, roster: Roster): string[] {
  const savedOrder = forum.review_order ? (JSON.parse(forum.review_order) as string[]) : null;
  return reconcileReviewOrder(
    savedOrder,
    reviewableMembers(roster).map((m) => ({ id: m.id, fullName: m.fullName, partyRole: m.partyRole })),
  );
}

export function rollCallFacts(forum: ForumRow, roster: Roster) {
  const members = rollCallMembers(roster);
  return {
    unrecordedMembers: roster.members.filter((m) => m.presence === null && !m.exempt).map((m) => m.fullName),
    secretaryChosen: forum.secretary_member_id !== null,
    quorumMet: evaluateQuorum(members, quorumRuleOf(forum)).met,
  };
}

export const subjectName = (roster: Roster, subject: string): string =>
  subject === COLLECTIVE ? 'Tập thể chi bộ' : `Đồng chí ${roster.byId.get(subject)?.fullName ?? ''}`.trim();

export async function buildLiveState(db: Kysely<Database>, forum: ForumRow, now: Date): Promise<LiveState> {
  const [roster, catalogue, cell, texts, reviews, comments, queue, phaseLog] = await Promise.all([
    loadRoster(db, forum),
    loadCatalogue(db, forum.catalogue_id),
    createCellsRepo(db).find(forum.cell_id),
    createForumTextsRepo(db).list(forum.id),
    createSelfReviewsRepo(db).list(forum.id),
    createCommentsRepo(db).list(forum.id),
    createSpeakerQueueRepo(db).list(forum.id),
    createPhaseLogRepo(db).list(forum.id),
  ]);
  const focus = new Set(focusOf(forum));
  const indicators = catalogue.groups.flatMap((g) => g.indicators).filter((i) => focus.has(i.no));
  const rule = quorumRuleOf(forum);
  const members = rollCallMembers(roster);
  const counts = countAttendance(members);
  const quorum = evaluateQuorum(members, rule);
  const gate = checkPhaseMove('khai_mac', 'de_dan', rollCallFacts(forum, roster));

  const reviewOrder = reviewOrderOf(forum, roster);

  const reviewFacts: SelfReviewFact[] = reviews.map((r) => ({
    subject: r.subject, indicatorNo: r.indicator_no, assessment: r.assessment, statement: r.statement,
  }));
  const commentFacts: CommentFact[] = comments.map((c) => ({
    fromMemberId: c.from_member_id, subject: commentSubject(c), indicatorNo: c.indicator_no,
  }));
  const present = roster.members.filter((m) => m.presence === 'present').map((m) => m.id);
  const rollCallStarted = roster.members.some((m) => m.presence !== null);
  const coverageSubjects = reviewOrder.filter((s) => s === COLLECTIVE || !rollCallStarted || present.includes(s));
  const mirrors = reviewOrder.map((subject) => buildMirror(subject, reviewFacts, commentFacts));

  const budgets = budgetsOf(forum, roster);
  const used = new Map<string, number>();
  const endOfOpenVisit = forum.status === 'closed' ? new Date(forum.updated_at) : now;
  for (const visit of phaseLog) {
    const end = visit.left_at ? new Date(visit.left_at) : endOfOpenVisit;
    const seconds = Math.max(0, Math.round((end.getTime() - new Date(visit.entered_at).getTime()) / 1000));
    used.set(visit.phase, (used.get(visit.phase) ?? 0) + seconds);
  }

  return {
    forum: forumToDto(forum),
    cellName: cell?.name ?? '',
    phase: forum.phase,
    settings: {
      meetingMinutes: forum.meeting_minutes,
      speakerSeconds: forum.speaker_seconds,
      budgetsEdited: forum.budgets !== null,
      quorumRule: rule,
    },
    phaseTimes: FORUM_PHASES.map((phase) => ({ phase, budgetMinutes: budgets[phase], usedSeconds: used.get(phase) ?? 0 })),
    scale: [...DEFAULT_ASSESSMENT_SCALE],
    indicators,
    groups: catalogue.groups.filter((g) => g.indicators.some((i) => focus.has(i.no))).map((g) => ({ code: g.code, title: g.title })),
    members: roster.members.map(({ row: _row, ...member }) => member),
    counts,
    quorum,
    rollCallBlocker: gate.ok ? null : gate.reason,
    reviewOrder,
    texts: texts.map(textToDto),
    selfReviews: reviews.map(selfReviewToDto),
    comments: comments.map(commentToDto),
    queue: queue.map(queueToDto),
    timer: timerToDto(timerOf(forum)),
    presenter: presenterOf(forum),
    mirrors,
    coverage: computeCoverage(coverageSubjects, present, [...focus], reviewFacts, commentFacts),
    conclusionDrafts: mirrors.map((mirror) => ({
      subject: mirror.subject,
      text: draftConclusion(
        subjectName(roster, mirror.subject),
        mirror,
        reviews
          .filter((r) => r.subject === mirror.subject)
          .sort((a, b) => a.indicator_no - b.indicator_no)
          .map((r) => ({ indicatorNo: r.indicator_no, commitment: r.commitment, dueDate: r.commitment_due })),
      ),
    })),
    serverNow: now.toISOString(),
  };
}
