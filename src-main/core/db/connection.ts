// Opens the one SQLite file with the pragmas that make a saved statement survive a power cut.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export const STORAGE_PRAGMAS = [
  'journal_mode = WAL',
  // FULL in WAL mode syncs the log on every commit: what the user saw saved is on disk.
  'synchronous = FULL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
] as const;

// SQLite runs DDL inside transactions, but Kysely's adapter says it does not; saying so lets the
// migrator wrap each migration in one, so a failed migration leaves nothing half-done.
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class TusoiSqliteDialect extends SqliteDialect {
  override createAdapter() {
    return new TransactionalDdlSqliteAdapter();
  }
}

export interface Connection {
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  close(): Promise<void>;
}

export function applyStoragePragmas(sqlite: BetterSqlite3.Database): void {
  for (const pragma of STORAGE_PRAGMAS) sqlite.pragma(pragma);
}

export function openConnection(file: string): Connection {
  const sqlite = new BetterSqlite3(file);
  applyStoragePragmas(sqlite);
  const db = new Kysely<Database>({ dialect: new TusoiSqliteDialect({ database: sqlite }) });
  return {
    sqlite,
    db,
    // Kysely's destroy closes the better-sqlite3 handle too.
    close: () => db.destroy(),
  };
}

/**
 * The cheap check at open (a few pages, not the whole file): the header is SQLite's and the schema
 * parses. A file that is not a database, or a damaged first page or schema, throws here; damage
 * deeper in the file is left to the full check that runs in a worker after start.
 */
export function sanityCheck(sqlite: BetterSqlite3.Database): void {
  sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  sqlite.pragma('schema_version');
}

const QUICK_CHECK_MMAP_BYTES = 1024 * 1024 * 1024;

/**
 * PRAGMA quick_check: [] when sound, else the first problems found. It reads every page, so it
 * runs through a memory map (about twice as fast as read() on a 100 MB file); the map is dropped
 * right after, so normal work keeps SQLite's plain I/O, where a disk error is an error, not a crash.
 */
export function quickCheck(sqlite: BetterSqlite3.Database): string[] {
  sqlite.pragma(`mmap_size = ${QUICK_CHECK_MMAP_BYTES}`);
  try {
    const rows = sqlite.pragma('quick_check(5)') as { quick_check: string }[];
    return rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  } finally {
    sqlite.pragma('mmap_size = 0');
  }
}
