// Brings the database to this app's schema. Refuses a database written by a newer app version.
import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely';
import { DatabaseOpenError } from '../errors';
import { MIGRATIONS } from './migrations';

const provider = (migrations: typeof MIGRATIONS): MigrationProvider => ({
  getMigrations: async () => ({ ...migrations }),
});

async function appliedMigrationNames(db: Kysely<any>): Promise<string[]> {
  const { rows: tables } = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`.execute(db);
  if (tables.length === 0) return [];
  const rows = await db.selectFrom('kysely_migration').select('name').execute();
  return rows.map((r: { name: string }) => r.name);
}

export interface MigrateOptions {
  /** Stop after this migration (tests migrate an older database forward). */
  upTo?: string;
  migrations?: typeof MIGRATIONS;
  /** Runs once before the first pending migration (the core takes a backup there). */
  beforeMigrate?: () => Promise<void>;
}

export async function migrateToLatest(db: Kysely<any>, options: MigrateOptions = {}): Promise<number> {
  const migrations = options.migrations ?? MIGRATIONS;
  const applied = await appliedMigrationNames(db);
  const unknown = applied.filter((name) => !(name in migrations));
  if (unknown.length > 0) {
    throw new DatabaseOpenError(
      'too_new',
      'Dữ liệu này được tạo bởi một phiên bản Tự soi mới hơn phiên bản đang chạy. ' +
        'Hãy cài phiên bản Tự soi mới nhất để mở; dữ liệu không bị thay đổi.',
    );
  }
  // Up to date (the usual start): no migrator, no lock table, no write.
  const pending = Object.keys(migrations).filter((name) => !applied.includes(name));
  if (!options.upTo && pending.length === 0) return applied.length;
  if (options.beforeMigrate && pending.length > 0) await options.beforeMigrate();
  const migrator = new Migrator({ db, provider: provider(migrations) });
  const { error } = options.upTo ? await migrator.migrateTo(options.upTo) : await migrator.migrateToLatest();
  if (error) throw error;
  const count = (await appliedMigrationNames(db)).length;
  await sql.raw(`PRAGMA user_version = ${count}`).execute(db);
  return count;
}
