// Shipped: never edit. Diễn đàn (forums) of a cell.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE forums (
    id TEXT PRIMARY KEY,
    cell_id TEXT NOT NULL REFERENCES cells(id) ON DELETE CASCADE,
    catalogue_id TEXT NOT NULL REFERENCES catalogues(id),
    topic TEXT NOT NULL CHECK (length(topic) > 0),
    date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    basis_documents TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(basis_documents)),
    chair_member_id TEXT REFERENCES members(id),
    secretary_member_id TEXT REFERENCES members(id),
    guests TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(guests)),
    focus TEXT NOT NULL CHECK (json_valid(focus)),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_progress', 'closed')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  ) STRICT`.execute(db);
  await sql`CREATE INDEX forums_by_cell_date ON forums(cell_id, date)`.execute(db);
}
