import type { Kysely, Selectable } from 'kysely';
import type { CatalogueGroupsTable, CatalogueIndicatorsTable, CataloguesTable, Database } from '../schema';

export type CatalogueRow = Selectable<CataloguesTable>;
export type CatalogueGroupRow = Selectable<CatalogueGroupsTable>;
export type CatalogueIndicatorRow = Selectable<CatalogueIndicatorsTable>;

export function createCataloguesRepo(db: Kysely<Database>) {
  return {
    listVersions: () => db.selectFrom('catalogues').selectAll().orderBy('code').orderBy('version', 'desc').execute(),
    find: (id: string) => db.selectFrom('catalogues').selectAll().where('id', '=', id).executeTakeFirst(),
    latestOf: (code: string) =>
      db.selectFrom('catalogues').selectAll().where('code', '=', code).orderBy('version', 'desc').limit(1).executeTakeFirst(),
    latestAny: () => db.selectFrom('catalogues').selectAll().orderBy('created_at', 'desc').orderBy('version', 'desc').limit(1).executeTakeFirst(),
    groups: (catalogueId: string) =>
      db.selectFrom('catalogue_groups').selectAll().where('catalogue_id', '=', catalogueId).orderBy('position').execute(),
    indicators: (catalogueId: string) =>
      db.selectFrom('catalogue_indicators').selectAll().where('catalogue_id', '=', catalogueId).orderBy('no').execute(),
    /** Per catalogue: how many items, how many official, how many forums use it. */
    stats: () =>
      db
        .selectFrom('catalogues as c')
        .select((eb) => [
          'c.id',
          eb.selectFrom('catalogue_indicators as i').whereRef('i.catalogue_id', '=', 'c.id').select(eb.fn.countAll().as('n')).as('indicator_count'),
          eb
            .selectFrom('catalogue_indicators as i')
            .whereRef('i.catalogue_id', '=', 'c.id')
            .where((w) => w.or([w('i.verification', '=', 'verbatim'), w('i.confirmed_at', 'is not', null)]))
            .select(eb.fn.countAll().as('n'))
            .as('official_count'),
          eb.selectFrom('forums as f').whereRef('f.catalogue_id', '=', 'c.id').select(eb.fn.countAll().as('n')).as('forum_count'),
        ])
        .execute(),
    insertVersion: async (row: CatalogueRow, groups: CatalogueGroupRow[], indicators: CatalogueIndicatorRow[]) => {
      await db.insertInto('catalogues').values(row).execute();
      await db.insertInto('catalogue_groups').values(groups).execute();
      await db.insertInto('catalogue_indicators').values(indicators).execute();
    },
  };
}
