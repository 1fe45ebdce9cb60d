// The speaker queue and the per-speaker countdown. Timer state is stored, so every window and a
// restarted app compute the same remaining time.
import type { ParsedInput, QueueEntry, TimerStateDto } from '../../../contract';
import { createForumsRepo, type ForumRow } from '../../db/repos/forums.repo';
import { createSpeakerQueueRepo, type QueueRow } from '../../db/repos/speaker-queue.repo';
import { newTimer, resetTimer, startTimer, stopTimer, type TimerState } from '../../domain/live/timer';
import { invalidField, notFound } from '../../errors';
import { nowIso, type ServiceContext } from '../context';
import { emitLiveChanged } from './emit';
import { queueToDto, timerOf, timerToDto } from './live-state';
import { requireCellMember, requireEditableForum } from './roster';

type Db = ServiceContext['db'];

async function saveTimer(trx: Db, forum: ForumRow, timer: TimerState): Promise<void> {
  await createForumsRepo(trx).updateLive(forum.id, { timer: JSON.stringify(timer) });
}

/** Renumbers the queue 0..n-1 in its current order (waiting entries in the order given). */
async function renumber(trx: Db, rows: QueueRow[]): Promise<void> {
  const repo = createSpeakerQueueRepo(trx);
  for (const [position, row] of rows.entries()) if (row.position !== position) await repo.update({ ...row, position });
}

async function answerQueue(ctx: ServiceContext, forum: ForumRow, trxResult: QueueEntry[]): Promise<QueueEntry[]> {
  emitLiveChanged(ctx, forum);
  return trxResult;
}

async function requireEntry(trx: Db, id: string): Promise<{ entry: QueueRow; forum: ForumRow }> {
  const entry = await createSpeakerQueueRepo(trx).find(id);
  if (!entry) throw notFound('lượt phát biểu này');
  return { entry, forum: await requireEditableForum(trx, entry.forum_id) };
}

export async function addToQueue(ctx: ServiceContext, input: ParsedInput<'queue.add'>): Promise<QueueEntry> {
  const { forum, row } = await ctx.db.transaction().execute(async (trx) => {
    const forum = await requireEditableForum(trx, input.forumId);
    const member = await requireCellMember(trx, forum, input.memberId, 'memberId', 'Người phát biểu');
    const queue = await createSpeakerQueueRepo(trx).list(forum.id);
    if (queue.some((q) => q.member_id === member.id && q.status !== 'done')) {
      throw invalidField('memberId', `Đồng chí ${member.full_name} đã có trong danh sách phát biểu.`);
    }
    const row: QueueRow = {
      id: ctx.newId(), forum_id: forum.id, member_id: member.id, position: queue.length, status: 'waiting',
      added_at: nowIso(ctx), started_at: null, finished_at: null,
    };
    await createSpeakerQueueRepo(trx).insert(row);
    return { forum, row };
  });
  emitLiveChanged(ctx, forum);
  return queueToDto(row);
}

export async function moveInQueue(ctx: ServiceContext, input: ParsedInput<'queue.move'>): Promise<QueueEntry[]> {
  const { forum, queue } = await ctx.db.transaction().execute(async (trx) => {
    const { entry, forum } = await requireEntry(trx, input.id);
    if (entry.status !== 'waiting') throw invalidField('id', 'Chỉ đổi được thứ tự của người đang chờ phát biểu.');
    const all = await createSpeakerQueueRepo(trx).list(forum.id);
    const others = all.filter((q) => q.id !== entry.id);
    const settled = others.filter((q) => q.status !== 'waiting');
    const waiting = others.filter((q) => q.status === 'waiting');
    waiting.splice(Math.min(input.toPosition, waiting.length), 0, entry);
    const ordered = [...settled, ...waiting];
    await renumber(trx, ordered);
    return { forum, queue: (await createSpeakerQueueRepo(trx).list(forum.id)).map(queueToDto) };
  });
  return answerQueue(ctx, forum, queue);
}

export async function nextSpeaker(ctx: ServiceContext, input: ParsedInput<'queue.next'>): Promise<QueueEntry[]> {
  const { forum, queue } = await ctx.db.transaction().execute(async (trx) => {
    const forum = await requireEditableForum(trx, input.forumId);
    const repo = createSpeakerQueueRepo(trx);
    const now = nowIso(ctx);
    const all = await repo.list(forum.id);
    for (const q of all.filter((q) => q.status === 'speaking')) await repo.update({ ...q, status: 'done', finished_at: now });
    const next = all.find((q) => q.status === 'waiting');
    if (next) {
      await repo.update({ ...next, status: 'speaking', started_at: now });
      await saveTimer(trx, forum, startTimer(newTimer(forum.speaker_seconds * 1000), ctx.now()));
    } else {
      // Nobody waits: the clock is set back to a full turn for whoever asks for the floor next.
      await saveTimer(trx, forum, newTimer(forum.speaker_seconds * 1000));
    }
    return { forum, queue: (await repo.list(forum.id)).map(queueToDto) };
  });
  return answerQueue(ctx, forum, queue);
}

export async function finishSpeaker(ctx: ServiceContext, input: ParsedInput<'queue.finish'>): Promise<QueueEntry[]> {
  const { forum, queue } = await ctx.db.transaction().execute(async (trx) => {
    const { entry, forum } = await requireEntry(trx, input.id);
    const repo = createSpeakerQueueRepo(trx);
    if (entry.status !== 'done') {
      await repo.update({ ...entry, status: 'done', started_at: entry.started_at ?? nowIso(ctx), finished_at: nowIso(ctx) });
      // The turn's length stays in the queue (started_at, finished_at); the clock shows a full turn
      // for the next speaker instead of what the last one left.
      if (entry.status === 'speaking') await saveTimer(trx, forum, newTimer(forum.speaker_seconds * 1000));
    }
    return { forum, queue: (await repo.list(forum.id)).map(queueToDto) };
  });
  return answerQueue(ctx, forum, queue);
}

export async function removeFromQueue(ctx: ServiceContext, input: ParsedInput<'queue.remove'>): Promise<QueueEntry[]> {
  const { forum, queue } = await ctx.db.transaction().execute(async (trx) => {
    const { entry, forum } = await requireEntry(trx, input.id);
    if (entry.status !== 'waiting') {
      throw invalidField('id', entry.status === 'speaking'
        ? 'Đồng chí này đang phát biểu; hãy bấm «Xong» thay vì bỏ khỏi danh sách.'
        : 'Lượt phát biểu đã xong được giữ lại trong biên bản, không bỏ được.');
    }
    const repo = createSpeakerQueueRepo(trx);
    await repo.delete(entry.id);
    await renumber(trx, await repo.list(forum.id));
    return { forum, queue: (await repo.list(forum.id)).map(queueToDto) };
  });
  return answerQueue(ctx, forum, queue);
}

export async function controlTimer(ctx: ServiceContext, input: ParsedInput<'timer.control'>): Promise<TimerStateDto> {
  const { forum, timer } = await ctx.db.transaction().execute(async (trx) => {
    const forum = await requireEditableForum(trx, input.forumId);
    const current = timerOf(forum);
    const now = ctx.now();
    const timer =
      input.action === 'start' ? startTimer(current, now)
      : input.action === 'stop' ? stopTimer(current, now)
      : resetTimer(current, (input.seconds ?? forum.speaker_seconds) * 1000);
    await saveTimer(trx, forum, timer);
    return { forum, timer };
  });
  emitLiveChanged(ctx, forum);
  return timerToDto(timer);
}
