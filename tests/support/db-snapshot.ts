// Every row of every table, read through a separate read-only connection: "nothing was written".
import BetterSqlite3 from 'better-sqlite3';

export function snapshotDatabase(file: string): string {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all() as { name: string }[];
    const dump: Record<string, unknown[]> = {};
    for (const { name } of tables) dump[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
    return JSON.stringify(dump);
  } finally {
    db.close();
  }
}
