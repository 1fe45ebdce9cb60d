// Reads a forum's full record for drafting: the live snapshot plus vote, reservations and actions.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { createActionItemsRepo } from '../../db/repos/action-items.repo';
import { createCellsRepo } from '../../db/repos/cells.repo';
import { createForumsRepo, type ForumRow } from '../../db/repos/forums.repo';
import { createVotesRepo } from '../../db/repos/votes.repo';
import type { ForumRecord } from '../../domain/documents/record';
import { buildLiveState } from '../live/live-state';
import { actionItemsToDto } from './actions.service';
import { voteOf } from './votes.service';

export async function loadForumRecord(db: Kysely<Database>, forum: ForumRow, now: Date): Promise<ForumRecord> {
  const [cell, live, vote, reservations, items, forums] = await Promise.all([
    createCellsRepo(db).find(forum.cell_id),
    buildLiveState(db, forum, now),
    voteOf(db, forum),
    createVotesRepo(db).reservations(forum.id),
    createActionItemsRepo(db).listByCell(forum.cell_id),
    createForumsRepo(db).listByCell(forum.cell_id),
  ]);
  if (!cell) throw new Error(`Forum ${forum.id} has no cell`);
  const names = new Map(live.members.map((m) => [m.id, m.fullName]));
  const key = (f: Pick<ForumRow, 'date' | 'start_time'>) => `${f.date} ${f.start_time}`;
  const earlierForums = new Set(forums.filter((f) => f.id !== forum.id && key(f) < key(forum)).map((f) => f.id));
  return {
    cell: { name: cell.name, higherBody: cell.higher_body, placeName: cell.place_name, termStartYear: cell.term_start_year, termEndYear: cell.term_end_year },
    live,
    vote,
    reservations: reservations.map((r) => ({ memberName: names.get(r.member_id) ?? '', text: r.text })),
    actionItems: await actionItemsToDto(db, items.filter((i) => i.forum_id === forum.id).sort((a, b) => a.position - b.position), now),
    endedAt: forum.ended_at,
    earlierOpenItems: await actionItemsToDto(db, items.filter((i) => earlierForums.has(i.forum_id) && i.completed_at === null), now),
  };
}
