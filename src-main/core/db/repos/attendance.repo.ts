import type { Kysely, Selectable } from 'kysely';
import type { AttendanceTable, Database } from '../schema';

export type AttendanceRow = Selectable<AttendanceTable>;

export function createAttendanceRepo(db: Kysely<Database>) {
  return {
    list: (forumId: string) => db.selectFrom('attendance').selectAll().where('forum_id', '=', forumId).execute(),
    find: (forumId: string, memberId: string) =>
      db.selectFrom('attendance').selectAll().where('forum_id', '=', forumId).where('member_id', '=', memberId).executeTakeFirst(),
    upsert: (row: AttendanceRow) =>
      db
        .insertInto('attendance')
        .values(row)
        .onConflict((oc) => oc.columns(['forum_id', 'member_id']).doUpdateSet({ presence: row.presence, reason: row.reason, updated_at: row.updated_at }))
        .execute(),
    remove: (forumId: string, memberId: string) =>
      db.deleteFrom('attendance').where('forum_id', '=', forumId).where('member_id', '=', memberId).execute(),
  };
}
