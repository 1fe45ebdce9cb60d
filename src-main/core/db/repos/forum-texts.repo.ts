import type { Kysely, Selectable } from 'kysely';
import type { Database, ForumTextsTable } from '../schema';

export type ForumTextRow = Selectable<ForumTextsTable>;

export function createForumTextsRepo(db: Kysely<Database>) {
  return {
    list: (forumId: string) => db.selectFrom('forum_texts').selectAll().where('forum_id', '=', forumId).execute(),
    find: (forumId: string, kind: ForumTextRow['kind'], subject: string) =>
      db
        .selectFrom('forum_texts')
        .selectAll()
        .where('forum_id', '=', forumId)
        .where('kind', '=', kind)
        .where('subject', '=', subject)
        .executeTakeFirst(),
    insert: (row: ForumTextRow) => db.insertInto('forum_texts').values(row).execute(),
    updateIfVersion: async (row: ForumTextRow, expectedVersion: number) => {
      const result = await db
        .updateTable('forum_texts')
        .set({ text: row.text, updated_at: row.updated_at, version: row.version })
        .where('forum_id', '=', row.forum_id)
        .where('kind', '=', row.kind)
        .where('subject', '=', row.subject)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
  };
}
