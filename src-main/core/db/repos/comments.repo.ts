import type { Kysely, Selectable } from 'kysely';
import type { CommentsTable, Database } from '../schema';

export type CommentRow = Selectable<CommentsTable>;

export function createCommentsRepo(db: Kysely<Database>) {
  return {
    list: (forumId: string) =>
      db.selectFrom('comments').selectAll().where('forum_id', '=', forumId).orderBy('created_at').orderBy('id').execute(),
    find: (id: string) => db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (row: CommentRow) => db.insertInto('comments').values(row).execute(),
    updateIfVersion: async (row: CommentRow, expectedVersion: number) => {
      const { id, forum_id: _forum, created_at: _created, ...changes } = row;
      const result = await db.updateTable('comments').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
    delete: (id: string) => db.deleteFrom('comments').where('id', '=', id).execute(),
  };
}
