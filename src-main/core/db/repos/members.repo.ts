import type { Kysely, Selectable } from 'kysely';
import type { Database, MembersTable } from '../schema';

export type MemberRow = Selectable<MembersTable>;

export function createMembersRepo(db: Kysely<Database>) {
  return {
    listByCell: (cellId: string) => db.selectFrom('members').selectAll().where('cell_id', '=', cellId).execute(),
    listFactsByCell: () =>
      db.selectFrom('members').select(['cell_id', 'status', 'exempt', 'active']).execute(),
    find: (id: string) => db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (row: MemberRow) => db.insertInto('members').values(row).execute(),
    insertMany: (rows: MemberRow[]) => (rows.length ? db.insertInto('members').values(rows).execute() : Promise.resolve([])),
    updateIfVersion: async (row: MemberRow, expectedVersion: number) => {
      const { id, cell_id: _cell, created_at: _created, ...changes } = row;
      const result = await db
        .updateTable('members')
        .set(changes)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
  };
}
