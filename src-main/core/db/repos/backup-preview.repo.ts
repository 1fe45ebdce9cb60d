// What a backup file holds, read through its own read-only connection (never the live one).
import type BetterSqlite3 from 'better-sqlite3';

export interface BackupHoldings {
  migrations: string[];
  cells: number;
  members: number;
  forums: number;
}

function count(sqlite: BetterSqlite3.Database, table: 'cells' | 'members' | 'forums'): number {
  const exists = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table);
  if (!exists) return 0;
  return (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export function readBackupHoldings(sqlite: BetterSqlite3.Database): BackupHoldings {
  const hasMigrations = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`).get();
  const migrations = hasMigrations
    ? (sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((r) => r.name)
    : [];
  return { migrations, cells: count(sqlite, 'cells'), members: count(sqlite, 'members'), forums: count(sqlite, 'forums') };
}
