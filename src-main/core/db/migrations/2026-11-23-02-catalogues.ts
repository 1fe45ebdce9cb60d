// Shipped: never edit. Versioned indicator catalogues; a version is immutable once written.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE catalogues (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (code, version)
  ) STRICT`.execute(db);
  await sql`CREATE TABLE catalogue_groups (
    catalogue_id TEXT NOT NULL REFERENCES catalogues(id),
    code TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (catalogue_id, code)
  ) STRICT`.execute(db);
  await sql`CREATE TABLE catalogue_indicators (
    catalogue_id TEXT NOT NULL REFERENCES catalogues(id),
    no INTEGER NOT NULL,
    group_code TEXT NOT NULL,
    text TEXT NOT NULL CHECK (length(text) > 0),
    verification TEXT NOT NULL CHECK (verification IN ('verbatim', 'near_verbatim', 'partial', 'gist_only', 'user_edited')),
    confirmed_at TEXT,
    PRIMARY KEY (catalogue_id, no),
    FOREIGN KEY (catalogue_id, group_code) REFERENCES catalogue_groups(catalogue_id, code)
  ) STRICT`.execute(db);
  // Forums point at the version they used: a version must never change under them.
  for (const table of ['catalogues', 'catalogue_groups', 'catalogue_indicators']) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_immutable BEFORE UPDATE ON ${table}
         BEGIN SELECT RAISE(ABORT, 'catalogue versions are immutable'); END`,
      )
      .execute(db);
  }
}
