import type { Kysely, Selectable } from 'kysely';
import type { Database, ForumsTable } from '../schema';

export type ForumRow = Selectable<ForumsTable>;

/** The live-forum columns of a forum nobody has started yet. */
export const NEW_FORUM_LIVE_COLUMNS = {
  phase: 'chuan_bi',
  meeting_minutes: 60,
  speaker_seconds: 180,
  budgets: null,
  quorum_rule: null,
  review_order: null,
  timer: null,
  presenter: '{}',
  ended_at: null,
} as const satisfies Partial<ForumRow>;

export function createForumsRepo(db: Kysely<Database>) {
  return {
    listByCell: (cellId: string) =>
      db.selectFrom('forums').selectAll().where('cell_id', '=', cellId).orderBy('date', 'desc').orderBy('start_time', 'desc').execute(),
    find: (id: string) => db.selectFrom('forums').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (row: ForumRow) => db.insertInto('forums').values(row).execute(),
    updateIfVersion: async (row: ForumRow, expectedVersion: number) => {
      const { id, cell_id: _cell, created_at: _created, ...changes } = row;
      const result = await db
        .updateTable('forums')
        .set(changes)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
    /** Volatile meeting state (timer, presenter choice): written without a version bump. */
    updateLive: (id: string, changes: Partial<Pick<ForumRow, 'timer' | 'presenter'>>) =>
      db.updateTable('forums').set(changes).where('id', '=', id).execute(),
    delete: (id: string) => db.deleteFrom('forums').where('id', '=', id).execute(),
  };
}
