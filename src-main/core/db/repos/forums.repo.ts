import type { Kysely, Selectable } from 'kysely';
import type { Database, ForumsTable } from '../schema';

export type ForumRow = Selectable<ForumsTable>;

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
    delete: (id: string) => db.deleteFrom('forums').where('id', '=', id).execute(),
  };
}
