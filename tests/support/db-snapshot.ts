// Every row of every table, read through a separate read-only connection: "nothing was written".
// Also the database files the tests set up by hand.
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../../src-main/core/core';
import { tempDir } from './test-core';

/** The database file in a data folder. */
export const dbFile = (dir: string) => path.join(dir, 'tu-soi.sqlite3');

/** A data folder whose database a newer app version has migrated (a migration this one does not know). */
export async function dataDirFromNewerVersion(): Promise<string> {
  const dir = tempDir();
  await (await createCore({ dataDir: dir })).close();
  const raw = new BetterSqlite3(dbFile(dir));
  raw.prepare(`INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01-01-from-the-future', 'x')`).run();
  raw.close();
  return dir;
}

export function snapshotDatabase(file: string): string {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all() as { name: string }[];
    const dump: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      // Tables WITHOUT ROWID (FTS5's shadow tables among them) have no rowid: sort their rows instead.
      const hasRowid = (db.prepare(`SELECT count(*) AS n FROM pragma_table_list WHERE name = ? AND wr = 0`).get(name) as { n: number }).n > 0;
      dump[name] = hasRowid
        ? db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()
        : (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
    }
    return JSON.stringify(dump);
  } finally {
    db.close();
  }
}
