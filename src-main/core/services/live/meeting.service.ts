// The meeting itself: reading the live state, moving between phases, the agenda and quorum
// settings, chair and secretary, the roll call and the review order.
import {
  COLLECTIVE, FORUM_PHASES, type AttendanceValues, type LiveMember, type LiveSettingsValues, type LiveState, type ParsedInput, type PhaseBudgets,
} from '../../../contract';
import { createAttendanceRepo } from '../../db/repos/attendance.repo';
import { createForumsRepo, type ForumRow } from '../../db/repos/forums.repo';
import { createPhaseLogRepo } from '../../db/repos/phase-log.repo';
import { checkPhaseMove, phaseIndex } from '../../domain/live/phases';
import { choiceConflict, conflict, forbiddenState, invalidField, textConflict } from '../../errors';
import { nowIso, type ServiceContext } from '../context';
import { emitLiveChanged } from './emit';
import { buildLiveState, reviewOrderOf, rollCallFacts } from './live-state';
import { loadRoster, quorumRuleOf, requireCellMember, requireEditableForum, requireForumRow, reviewableMembers } from './roster';

export async function getLiveState(ctx: ServiceContext, forumId: string): Promise<LiveState> {
  return ctx.db.transaction().execute(async (trx) => buildLiveState(trx, await requireForumRow(trx, forumId), ctx.now()));
}

/** Writes a changed forum row (bumping its version) and answers the new live state. */
async function writeForum(ctx: ServiceContext, change: (forum: ForumRow, trx: ServiceContext['db']) => Promise<Partial<ForumRow>>, forumId: string, recordChanged = false): Promise<LiveState> {
  const { state, forum } = await ctx.db.transaction().execute(async (trx) => {
    const current = await requireEditableForum(trx, forumId);
    const next: ForumRow = { ...current, ...(await change(current, trx)), updated_at: nowIso(ctx), version: current.version + 1 };
    if (!(await createForumsRepo(trx).updateIfVersion(next, current.version))) throw conflict('Diễn đàn');
    return { state: await buildLiveState(trx, next, ctx.now()), forum: next };
  });
  emitLiveChanged(ctx, forum, recordChanged);
  return state;
}

export function setPhase(ctx: ServiceContext, input: ParsedInput<'live.setPhase'>): Promise<LiveState> {
  return writeForum(ctx, async (forum, trx) => {
    if (forum.phase === input.phase) return {};
    const move = checkPhaseMove(forum.phase, input.phase, rollCallFacts(forum, await loadRoster(trx, forum)));
    if (!move.ok) throw forbiddenState(move.reason);
    const log = createPhaseLogRepo(trx);
    if ((await log.list(forum.id)).length === 0) await log.enter(forum.id, forum.phase, nowIso(ctx));
    await log.enter(forum.id, input.phase, nowIso(ctx));
    const started = phaseIndex(input.phase) >= phaseIndex('khai_mac');
    return { phase: input.phase, status: forum.status === 'draft' && started ? 'in_progress' : forum.status };
  }, input.forumId, true);
}

/** The agenda settings as stored (budgets null when computed). */
function storedSettings(forum: ForumRow): LiveSettingsValues {
  return {
    meetingMinutes: forum.meeting_minutes,
    speakerSeconds: forum.speaker_seconds,
    budgets: forum.budgets ? (JSON.parse(forum.budgets) as PhaseBudgets) : null,
    quorumRule: quorumRuleOf(forum),
  };
}

/** Settings in one key order, so two readings of the same settings compare equal. */
const settingsKey = (v: LiveSettingsValues): string =>
  JSON.stringify([
    v.meetingMinutes,
    v.speakerSeconds,
    v.budgets && FORUM_PHASES.map((p) => v.budgets![p]),
    [v.quorumRule.basis, v.quorumRule.numerator, v.quorumRule.denominator, v.quorumRule.strictlyMore],
  ]);

const sameReason = (a: string, b: string) => a.normalize('NFC').trim() === b.normalize('NFC').trim();

export function setSettings(ctx: ServiceContext, input: ParsedInput<'live.setSettings'>): Promise<LiveState> {
  return writeForum(ctx, async (forum) => {
    // Changed in another window since this edit began: never written over (the caller keeps both).
    const stored = storedSettings(forum);
    if (input.expected && settingsKey(input.expected) !== settingsKey(stored)) throw textConflict('Chương trình buổi sinh hoạt', stored);
    const timerIdle = forum.timer === null || JSON.parse(forum.timer).startedAt === null;
    return {
      meeting_minutes: input.meetingMinutes,
      speaker_seconds: input.speakerSeconds,
      budgets: input.budgets ? JSON.stringify(input.budgets) : null,
      quorum_rule: JSON.stringify(input.quorumRule),
      // A new speaker time applies at once to a timer that is not running.
      ...(timerIdle && input.speakerSeconds !== forum.speaker_seconds ? { timer: null } : {}),
    };
  }, input.forumId);
}

export function setRoles(ctx: ServiceContext, input: ParsedInput<'live.setRoles'>): Promise<LiveState> {
  return writeForum(ctx, async (forum, trx) => {
    const stored = { chairMemberId: forum.chair_member_id, secretaryMemberId: forum.secretary_member_id };
    const expected = input.expected ?? {};
    const moved = (['chairMemberId', 'secretaryMemberId'] as const).some((k) => expected[k] !== undefined && expected[k] !== stored[k]);
    if (moved) throw choiceConflict('Chủ trì và thư ký', stored);
    if (input.chairMemberId) await requireCellMember(trx, forum, input.chairMemberId, 'chairMemberId', 'Chủ trì');
    if (input.secretaryMemberId) await requireCellMember(trx, forum, input.secretaryMemberId, 'secretaryMemberId', 'Thư ký');
    return {
      ...(input.chairMemberId !== undefined ? { chair_member_id: input.chairMemberId } : {}),
      ...(input.secretaryMemberId !== undefined ? { secretary_member_id: input.secretaryMemberId } : {}),
    };
  }, input.forumId, true);
}

export async function setAttendance(ctx: ServiceContext, input: ParsedInput<'live.setAttendance'>): Promise<LiveMember> {
  const { forum, member } = await ctx.db.transaction().execute(async (trx) => {
    const forum = await requireEditableForum(trx, input.forumId);
    const row = await requireCellMember(trx, forum, input.memberId, 'memberId', 'Đảng viên');
    const repo = createAttendanceRepo(trx);
    if (input.expected) {
      const record = await repo.find(forum.id, row.id);
      const stored: AttendanceValues = record ? { presence: record.presence, reason: record.reason } : { presence: null, reason: '' };
      if (stored.presence !== input.expected.presence || !sameReason(stored.reason, input.expected.reason)) {
        throw textConflict(`Điểm danh của đồng chí ${row.full_name}`, stored);
      }
    }
    if (input.presence === null) {
      await repo.remove(forum.id, row.id);
    } else {
      // A reason belongs only to an excused absence; switching to another presence drops it.
      const reason = input.presence === 'absent_excused' ? input.reason : '';
      await repo.upsert({ forum_id: forum.id, member_id: row.id, presence: input.presence, reason, updated_at: nowIso(ctx) });
    }
    const member: LiveMember = {
      id: row.id, fullName: row.full_name, status: row.status, partyRole: row.party_role, exempt: row.exempt === 1,
      presence: input.presence, absenceReason: input.presence === 'absent_excused' ? input.reason : '',
    };
    return { forum, member };
  });
  emitLiveChanged(ctx, forum);
  return member;
}

export async function setReviewOrder(ctx: ServiceContext, input: ParsedInput<'live.setReviewOrder'>): Promise<string[]> {
  const state = await writeForum(ctx, async (forum, trx) => {
    const roster = await loadRoster(trx, forum);
    const inEffect = reviewOrderOf(forum, roster);
    if (input.expected && JSON.stringify(input.expected) !== JSON.stringify(inEffect)) throw choiceConflict('Thứ tự tự soi', inEffect);
    const known = new Set([COLLECTIVE, ...reviewableMembers(roster).map((m) => m.id)]);
    const unknown = input.order.findIndex((key) => !known.has(key));
    if (unknown >= 0) {
      throw invalidField(`order.${unknown}`, '«Thứ tự tự soi» có người không thuộc chi bộ hoặc không tham gia buổi này; hãy tải lại rồi sắp xếp lại.');
    }
    if (new Set(input.order).size !== input.order.length) {
      throw invalidField('order', '«Thứ tự tự soi» có người bị lặp lại; mỗi người chỉ xuất hiện một lần.');
    }
    return { review_order: JSON.stringify(input.order) };
  }, input.forumId);
  return state.reviewOrder;
}
