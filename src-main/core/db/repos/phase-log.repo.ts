import type { Kysely, Selectable } from 'kysely';
import type { Database, ForumPhase, ForumPhaseLogTable } from '../schema';

export type PhaseLogRow = Selectable<ForumPhaseLogTable>;

export function createPhaseLogRepo(db: Kysely<Database>) {
  return {
    list: (forumId: string) =>
      db.selectFrom('forum_phase_log').selectAll().where('forum_id', '=', forumId).orderBy('seq').execute(),
    /** Closes the open visit (if any) and opens one for `phase`. */
    enter: async (forumId: string, phase: ForumPhase, at: string) => {
      await db.updateTable('forum_phase_log').set({ left_at: at }).where('forum_id', '=', forumId).where('left_at', 'is', null).execute();
      const last = await db
        .selectFrom('forum_phase_log')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('forum_id', '=', forumId)
        .executeTakeFirst();
      await db.insertInto('forum_phase_log').values({ forum_id: forumId, seq: (last?.seq ?? 0) + 1, phase, entered_at: at, left_at: null }).execute();
    },
  };
}
