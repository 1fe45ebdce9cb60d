// Shipped: never edit. Chi bộ and their đảng viên.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE cells (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    higher_body TEXT NOT NULL,
    place_name TEXT NOT NULL,
    term_start_year INTEGER NOT NULL,
    term_end_year INTEGER NOT NULL CHECK (term_end_year > term_start_year),
    is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  ) STRICT`.execute(db);
  await sql`CREATE TABLE members (
    id TEXT PRIMARY KEY,
    cell_id TEXT NOT NULL REFERENCES cells(id) ON DELETE CASCADE,
    full_name TEXT NOT NULL CHECK (length(full_name) > 0),
    birth_year INTEGER,
    status TEXT NOT NULL CHECK (status IN ('chinh_thuc', 'du_bi')),
    party_role TEXT NOT NULL CHECK (party_role IN ('bi_thu', 'pho_bi_thu', 'chi_uy_vien', 'dang_vien')),
    other_positions TEXT NOT NULL DEFAULT '',
    exempt INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  ) STRICT`.execute(db);
  await sql`CREATE INDEX members_by_cell ON members(cell_id)`.execute(db);
}
