// Every row of every table, read through a separate read-only connection: "nothing was written".
import BetterSqlite3 from 'better-sqlite3';

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
