// The vote on the resolution (full members present only; the pass rule is a setting) and the
// reserved opinions (bảo lưu) of members in the minority.
import type { Kysely } from 'kysely';
import type { ParsedInput, VoteResult } from '../../../contract';
import type { Database } from '../../db/schema';
import { createVotesRepo, type VoteRow } from '../../db/repos/votes.repo';
import type { ForumRow } from '../../db/repos/forums.repo';
import { DEFAULT_VOTE_RULE, evaluateVote, type VoteRule } from '../../domain/documents/vote';
import { invalidField, notFound } from '../../errors';
import { nowIso, type ServiceContext } from '../context';
import { emitLiveChanged } from '../live/emit';
import { loadRoster, requireCellMember, requireForumRow, type Roster } from '../live/roster';

type Db = Kysely<Database>;

const voters = (roster: Roster) => roster.members.map((m) => ({ status: m.status, exempt: m.exempt, present: m.presence === 'present' }));

export async function voteOf(db: Db, forum: ForumRow): Promise<VoteResult | null> {
  const row = await createVotesRepo(db).find(forum.id);
  if (!row) return null;
  const rule = JSON.parse(row.rule) as VoteRule;
  const check = evaluateVote({ for: row.votes_for, against: row.votes_against, abstain: row.votes_abstain }, voters(await loadRoster(db, forum)), rule);
  // The roll call may have changed after the vote; report the stored tally against it honestly.
  const facts = check.ok
    ? check
    : { eligibleVoters: 0, basis: 0, required: 0, passed: false, percentFor: 0, explanation: `${check.reason} (Kết quả đã ghi cần được ghi lại.)` };
  return {
    forumId: forum.id, for: row.votes_for, against: row.votes_against, abstain: row.votes_abstain, rule,
    eligibleVoters: facts.eligibleVoters, basis: facts.basis, required: facts.required, passed: facts.passed,
    percentFor: facts.percentFor, explanation: facts.explanation, recordedAt: row.recorded_at,
  };
}

export async function getVote(ctx: ServiceContext, forumId: string): Promise<VoteResult | null> {
  return voteOf(ctx.db, await requireForumRow(ctx.db, forumId));
}

export async function recordVote(ctx: ServiceContext, input: ParsedInput<'vote.record'>): Promise<VoteResult> {
  const { forum, result } = await ctx.db.transaction().execute(async (trx) => {
    const forum = await requireForumRow(trx, input.forumId);
    if (forum.status === 'draft') throw invalidField('forumId', 'Buổi sinh hoạt chưa bắt đầu nên chưa biểu quyết được; hãy điểm danh ở bước Khai mạc trước.');
    const rule: VoteRule = input.rule ?? DEFAULT_VOTE_RULE;
    const check = evaluateVote({ for: input.for, against: input.against, abstain: input.abstain }, voters(await loadRoster(trx, forum)), rule);
    if (!check.ok) throw invalidField('for', check.reason);
    const row: VoteRow = {
      forum_id: forum.id, votes_for: input.for, votes_against: input.against, votes_abstain: input.abstain,
      rule: JSON.stringify(rule), recorded_at: nowIso(ctx),
    };
    await createVotesRepo(trx).upsert(row);
    return { forum, result: (await voteOf(trx, forum))! };
  });
  emitLiveChanged(ctx, forum, true);
  return result;
}

export async function listReservations(ctx: ServiceContext, forumId: string) {
  await requireForumRow(ctx.db, forumId);
  return (await createVotesRepo(ctx.db).reservations(forumId)).map((r) => ({
    id: r.id, forumId: r.forum_id, memberId: r.member_id, text: r.text, createdAt: r.created_at,
  }));
}

export async function addReservation(ctx: ServiceContext, input: ParsedInput<'reservation.add'>) {
  const { forum, row } = await ctx.db.transaction().execute(async (trx) => {
    const forum = await requireForumRow(trx, input.forumId);
    const member = await requireCellMember(trx, forum, input.memberId, 'memberId', 'Đảng viên bảo lưu');
    if (member.status !== 'chinh_thuc') {
      throw invalidField('memberId', `Đồng chí ${member.full_name} là đảng viên dự bị, không biểu quyết nên không ghi ý kiến bảo lưu.`);
    }
    const row = { id: ctx.newId(), forum_id: forum.id, member_id: member.id, text: input.text, created_at: nowIso(ctx) };
    await createVotesRepo(trx).insertReservation(row);
    return { forum, row };
  });
  emitLiveChanged(ctx, forum, true);
  return { id: row.id, forumId: row.forum_id, memberId: row.member_id, text: row.text, createdAt: row.created_at };
}

export async function deleteReservation(ctx: ServiceContext, id: string): Promise<{ deleted: true }> {
  const forum = await ctx.db.transaction().execute(async (trx) => {
    const row = await createVotesRepo(trx).findReservation(id);
    if (!row) throw notFound('ý kiến bảo lưu này');
    await createVotesRepo(trx).deleteReservation(id);
    return requireForumRow(trx, row.forum_id);
  });
  emitLiveChanged(ctx, forum, true);
  return { deleted: true };
}
