import type { Kysely, Selectable } from 'kysely';
import type { ActionItemsTable, ActionProgressTable, Database } from '../schema';

export type ActionItemRow = Selectable<ActionItemsTable>;
export type ActionProgressRow = Selectable<ActionProgressTable>;

export function createActionItemsRepo(db: Kysely<Database>) {
  return {
    listByCell: (cellId: string) =>
      db.selectFrom('action_items').selectAll().where('cell_id', '=', cellId).orderBy('created_at').orderBy('position').execute(),
    listByForum: (forumId: string) =>
      db.selectFrom('action_items').selectAll().where('forum_id', '=', forumId).orderBy('position').execute(),
    find: (id: string) => db.selectFrom('action_items').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (row: ActionItemRow) => db.insertInto('action_items').values(row).execute(),
    updateIfVersion: async (row: ActionItemRow, expectedVersion: number) => {
      const { id, cell_id: _cell, forum_id: _forum, created_at: _created, ...changes } = row;
      const result = await db.updateTable('action_items').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
    delete: (id: string) => db.deleteFrom('action_items').where('id', '=', id).execute(),
    progress: (itemIds: readonly string[]) =>
      itemIds.length === 0
        ? Promise.resolve([] as ActionProgressRow[])
        : db.selectFrom('action_progress').selectAll().where('item_id', 'in', itemIds).orderBy('date').orderBy('created_at').execute(),
    insertProgress: (row: ActionProgressRow) => db.insertInto('action_progress').values(row).execute(),
  };
}
