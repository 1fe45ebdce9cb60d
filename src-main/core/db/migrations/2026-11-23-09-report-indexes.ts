// Shipped: never edit. Indexes for issue 5's reading side (reports.repo.ts). Partial indexes hold only
// the rows the report and a member's history count — a self-review assessed có nguy cơ / có biểu
// hiện, a comment with an indicator to a member — so they stay small on a database of millions of
// self-reviews. The columns the WHERE clauses test are in the index too, so the grouped counts read
// the index alone (SQLite re-checks them). The WHERE clauses must match the repository's word for
// word for SQLite to use them.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX self_reviews_identified_by_forum ON self_reviews(forum_id, indicator_no, subject_member_id, assessment)
    WHERE subject_member_id IS NOT NULL AND assessment IN ('co_nguy_co', 'co_bieu_hien')`.execute(db);
  await sql`CREATE INDEX self_reviews_identified_by_member ON self_reviews(subject_member_id, forum_id)
    WHERE subject_member_id IS NOT NULL AND assessment IN ('co_nguy_co', 'co_bieu_hien')`.execute(db);
  await sql`CREATE INDEX comments_raised_by_forum ON comments(forum_id, indicator_no, target_member_id)
    WHERE target_member_id IS NOT NULL AND indicator_no IS NOT NULL`.execute(db);
  await sql`CREATE INDEX comments_to_member ON comments(target_member_id)
    WHERE target_member_id IS NOT NULL`.execute(db);
  // Roll calls by forum (present per cell) and by member (probationary members, a member's forums).
  await sql`CREATE INDEX attendance_by_forum_presence ON attendance(forum_id, presence, member_id)`.execute(db);
  await sql`CREATE INDEX attendance_by_member ON attendance(member_id, presence, forum_id)`.execute(db);
  // The held forums of some cells in a date range, and their action items' state, without reading the wide rows.
  await sql`CREATE INDEX forums_by_cell_date_status ON forums(cell_id, date, status, id)`.execute(db);
  await sql`CREATE INDEX action_items_by_forum_state ON action_items(forum_id, completed_at, deadline)`.execute(db);
  await sql`CREATE INDEX action_items_by_owner ON action_items(owner_member_id)
    WHERE owner_member_id IS NOT NULL`.execute(db);
}
