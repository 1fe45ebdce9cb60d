// Closing the meeting: records the end time, closes the phase log, stops the timer, and turns the
// members' commitments into action items. A closed forum's record is read-only from then on.
import type { LiveState } from '../../../contract';
import { createForumsRepo } from '../../db/repos/forums.repo';
import { stopTimer } from '../../domain/live/timer';
import { conflict, forbiddenState } from '../../errors';
import { nowIso, type ServiceContext } from '../context';
import { emitLiveChanged } from '../live/emit';
import { buildLiveState, timerOf } from '../live/live-state';
import { requireForumRow } from '../live/roster';
import { itemsFromCommitments } from './actions.service';

export async function closeForum(ctx: ServiceContext, forumId: string): Promise<LiveState> {
  const forum = await ctx.db.transaction().execute(async (trx) => {
    const current = await requireForumRow(trx, forumId);
    if (current.status === 'closed') throw forbiddenState('Buổi sinh hoạt này đã kết thúc rồi.');
    if (current.status === 'draft') throw forbiddenState('Buổi sinh hoạt chưa bắt đầu (chưa khai mạc) nên chưa thể kết thúc.');
    if (current.phase !== 'ket_luan') throw forbiddenState('Hãy đi hết các bước đến «Kết luận» rồi mới kết thúc buổi sinh hoạt.');
    const now = nowIso(ctx);
    await trx.updateTable('forum_phase_log').set({ left_at: now }).where('forum_id', '=', current.id).where('left_at', 'is', null).execute();
    const next = {
      ...current, status: 'closed' as const, ended_at: now, timer: JSON.stringify(stopTimer(timerOf(current), ctx.now())),
      updated_at: now, version: current.version + 1,
    };
    if (!(await createForumsRepo(trx).updateIfVersion(next, current.version))) throw conflict('Diễn đàn');
    return next;
  });
  await itemsFromCommitments(ctx, forum.id);
  emitLiveChanged(ctx, forum, true);
  return buildLiveState(ctx.db, forum, ctx.now());
}
