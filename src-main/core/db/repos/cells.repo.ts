import type { Kysely, Selectable } from 'kysely';
import type { CellsTable, Database } from '../schema';

export type CellRow = Selectable<CellsTable>;

export function createCellsRepo(db: Kysely<Database>) {
  return {
    list: () => db.selectFrom('cells').selectAll().orderBy('created_at').execute(),
    find: (id: string) => db.selectFrom('cells').selectAll().where('id', '=', id).executeTakeFirst(),
    findSample: () => db.selectFrom('cells').selectAll().where('is_sample', '=', 1).executeTakeFirst(),
    count: async () => Number((await db.selectFrom('cells').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    insert: (row: CellRow) => db.insertInto('cells').values(row).execute(),
    /** Updates only if the stored version is `expectedVersion`; returns false otherwise. */
    updateIfVersion: async (row: CellRow, expectedVersion: number) => {
      const { id, created_at: _created, ...changes } = row;
      const result = await db
        .updateTable('cells')
        .set(changes)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
  };
}
