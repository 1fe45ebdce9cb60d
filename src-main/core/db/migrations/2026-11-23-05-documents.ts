// Shipped: never edit. Documents drafted from a forum (versions, adoption, numbers), the vote and
// reserved opinions, the closing time, and the action plan's items with their progress.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE forums ADD COLUMN ended_at TEXT`.execute(db);

  await sql`CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    forum_id TEXT NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    type_code TEXT NOT NULL CHECK (type_code IN ('NQ', 'BB', 'KH', 'BC')),
    created_at TEXT NOT NULL,
    UNIQUE (forum_id, type_code)
  ) STRICT`.execute(db);

  // Every version of a document. An adopted version is locked: the triggers below refuse any change
  // or deletion, whatever writes to the file.
  await sql`CREATE TABLE document_versions (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    version_no INTEGER NOT NULL CHECK (version_no >= 1),
    status TEXT NOT NULL CHECK (status IN ('draft', 'adopted')),
    sections TEXT NOT NULL CHECK (json_valid(sections)),
    number INTEGER,
    term_start_year INTEGER,
    adopted_at TEXT,
    author TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (document_id, version_no),
    CHECK ((status = 'adopted') = (adopted_at IS NOT NULL)),
    CHECK (status = 'draft' OR (number IS NOT NULL AND term_start_year IS NOT NULL))
  ) STRICT`.execute(db);
  await sql`CREATE TRIGGER document_versions_adopted_no_update BEFORE UPDATE ON document_versions
    WHEN OLD.status = 'adopted'
    BEGIN SELECT RAISE(ABORT, 'Văn bản đã thông qua không được sửa; hãy tạo bản sửa đổi.'); END`.execute(db);
  await sql`CREATE TRIGGER document_versions_adopted_no_delete BEFORE DELETE ON document_versions
    WHEN OLD.status = 'adopted'
    BEGIN SELECT RAISE(ABORT, 'Văn bản đã thông qua không được xoá.'); END`.execute(db);

  // Numbers run from 01 per document type within a committee term, per cell; never reused.
  await sql`CREATE TABLE issued_numbers (
    cell_id TEXT NOT NULL REFERENCES cells(id) ON DELETE CASCADE,
    type_code TEXT NOT NULL,
    term_start_year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK (number >= 1),
    document_id TEXT NOT NULL REFERENCES documents(id),
    issued_at TEXT NOT NULL,
    PRIMARY KEY (cell_id, type_code, term_start_year, number),
    UNIQUE (document_id)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE votes (
    forum_id TEXT PRIMARY KEY REFERENCES forums(id) ON DELETE CASCADE,
    votes_for INTEGER NOT NULL CHECK (votes_for >= 0),
    votes_against INTEGER NOT NULL CHECK (votes_against >= 0),
    votes_abstain INTEGER NOT NULL CHECK (votes_abstain >= 0),
    rule TEXT NOT NULL CHECK (json_valid(rule)),
    recorded_at TEXT NOT NULL
  ) STRICT`.execute(db);

  await sql`CREATE TABLE reservations (
    id TEXT PRIMARY KEY,
    forum_id TEXT NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    member_id TEXT NOT NULL REFERENCES members(id),
    text TEXT NOT NULL CHECK (length(text) > 0),
    created_at TEXT NOT NULL
  ) STRICT`.execute(db);

  await sql`CREATE TABLE action_items (
    id TEXT PRIMARY KEY,
    cell_id TEXT NOT NULL REFERENCES cells(id) ON DELETE CASCADE,
    forum_id TEXT NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    origin_subject TEXT,
    origin_indicator_no INTEGER,
    shortcoming TEXT NOT NULL CHECK (length(shortcoming) > 0),
    indicator_nos TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(indicator_nos)),
    cause TEXT NOT NULL DEFAULT '',
    measure TEXT NOT NULL CHECK (length(measure) > 0),
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('member', 'chi_uy', 'cell')),
    owner_member_id TEXT REFERENCES members(id),
    supporting TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    expected_result TEXT NOT NULL DEFAULT '',
    monitor TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    completed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    CHECK ((owner_kind = 'member') = (owner_member_id IS NOT NULL)),
    UNIQUE (forum_id, origin_subject, origin_indicator_no)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX action_items_by_cell ON action_items(cell_id, completed_at, deadline)`.execute(db);

  await sql`CREATE TABLE action_progress (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    note TEXT NOT NULL DEFAULT '',
    forum_id TEXT REFERENCES forums(id),
    created_at TEXT NOT NULL
  ) STRICT`.execute(db);
}
