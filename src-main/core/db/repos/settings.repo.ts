// App-wide settings, one row per key (JSON values). Read before the table exists (an old database
// about to be migrated) as "not set".
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';

export function createSettingsRepo(db: Kysely<Database>) {
  return {
    get: async (key: string): Promise<unknown> => {
      const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'app_settings'`.execute(db);
      if (!rows[0]?.n) return undefined;
      const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst();
      return row ? (JSON.parse(row.value) as unknown) : undefined;
    },
    set: (key: string, value: unknown, now: string) =>
      db
        .insertInto('app_settings')
        .values({ key, value: JSON.stringify(value), updated_at: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: now }))
        .execute(),
  };
}
