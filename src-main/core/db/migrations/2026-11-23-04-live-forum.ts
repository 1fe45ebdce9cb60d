// Shipped: never edit. The live forum: phase, settings and per-forum records of the meeting.
import { sql, type Kysely } from 'kysely';

const PHASES = `('chuan_bi', 'khai_mac', 'de_dan', 'tu_soi', 'gop_y', 'y_kien_cap_tren', 'ket_luan')`;

export async function up(db: Kysely<any>): Promise<void> {
  const forumColumns = [
    `phase TEXT NOT NULL DEFAULT 'chuan_bi' CHECK (phase IN ${PHASES})`,
    `meeting_minutes INTEGER NOT NULL DEFAULT 60 CHECK (meeting_minutes BETWEEN 10 AND 600)`,
    `speaker_seconds INTEGER NOT NULL DEFAULT 180 CHECK (speaker_seconds BETWEEN 15 AND 3600)`,
    `budgets TEXT CHECK (budgets IS NULL OR json_valid(budgets))`,
    `quorum_rule TEXT CHECK (quorum_rule IS NULL OR json_valid(quorum_rule))`,
    `review_order TEXT CHECK (review_order IS NULL OR json_valid(review_order))`,
    `timer TEXT CHECK (timer IS NULL OR json_valid(timer))`,
    `presenter TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(presenter))`,
  ];
  for (const column of forumColumns) await sql.raw(`ALTER TABLE forums ADD COLUMN ${column}`).execute(db);

  await sql`CREATE TABLE forum_phase_log (
    forum_id TEXT NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    phase TEXT NOT NULL CHECK (phase IN ${sql.raw(PHASES)}),
    entered_at TEXT NOT NULL,
    left_at TEXT,
    PRIMARY KEY (forum_id, seq)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE attendance (
    forum_id TEXT NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    member_id TEXT NOT NULL REFERENCES members(id),
    presence TEXT NOT NULL CHECK (presence IN ('present', 'absent_excused', 'absent_unexcused')),
    reason TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (forum_id, member_id)
  ) STRICT`.execute(db);

  // Framing, guest remarks, the collective review per group, the conclusion per subject.
  await sql`CREATE TABLE forum_texts (
    forum_id TEXT NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('framing', 'guest_remarks', 'collective_review', 'conclusion')),
    subject TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (forum_id, kind, subject)
  ) STRICT`.execute(db);

  // One subject × indicator cell of self-mirroring. The subject is a member, or the collective
  // (subject_member_id NULL); `subject` is the key both share.
  await sql`CREATE TABLE self_reviews (
    forum_id TEXT NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    subject_member_id TEXT REFERENCES members(id),
    subject TEXT GENERATED ALWAYS AS (coalesce(subject_member_id, 'collective')) VIRTUAL,
    indicator_no INTEGER NOT NULL,
    assessment TEXT,
    statement TEXT NOT NULL DEFAULT '',
    commitment TEXT NOT NULL DEFAULT '',
    commitment_due TEXT,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    UNIQUE (forum_id, subject, indicator_no)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    forum_id TEXT NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    from_member_id TEXT NOT NULL REFERENCES members(id),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('member', 'chi_uy', 'cap_tren')),
    target_member_id TEXT REFERENCES members(id),
    indicator_no INTEGER,
    text TEXT NOT NULL CHECK (length(text) > 0),
    response_kind TEXT CHECK (response_kind IN ('tiep_thu', 'giai_trinh')),
    response_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    CHECK ((target_kind = 'member') = (target_member_id IS NOT NULL)),
    CHECK (target_member_id IS NULL OR target_member_id <> from_member_id)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX comments_by_forum ON comments(forum_id, created_at)`.execute(db);

  await sql`CREATE TABLE speaker_queue (
    id TEXT PRIMARY KEY,
    forum_id TEXT NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    member_id TEXT NOT NULL REFERENCES members(id),
    position INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('waiting', 'speaking', 'done')),
    added_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT
  ) STRICT`.execute(db);
  await sql`CREATE INDEX speaker_queue_by_forum ON speaker_queue(forum_id, position)`.execute(db);
}
