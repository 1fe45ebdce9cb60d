import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, SelfReviewsTable } from '../schema';

export type SelfReviewRow = Selectable<SelfReviewsTable>;
export type NewSelfReviewRow = Insertable<SelfReviewsTable>;

const subjectMemberId = (subject: string, collective: string) => (subject === collective ? null : subject);

export function createSelfReviewsRepo(db: Kysely<Database>) {
  return {
    list: (forumId: string) => db.selectFrom('self_reviews').selectAll().where('forum_id', '=', forumId).execute(),
    find: (forumId: string, subject: string, indicatorNo: number) =>
      db
        .selectFrom('self_reviews')
        .selectAll()
        .where('forum_id', '=', forumId)
        .where('subject', '=', subject)
        .where('indicator_no', '=', indicatorNo)
        .executeTakeFirst(),
    insert: (row: NewSelfReviewRow) => db.insertInto('self_reviews').values(row).execute(),
    updateIfVersion: async (row: SelfReviewRow, expectedVersion: number) => {
      const result = await db
        .updateTable('self_reviews')
        .set({
          assessment: row.assessment,
          statement: row.statement,
          commitment: row.commitment,
          commitment_due: row.commitment_due,
          updated_at: row.updated_at,
          version: row.version,
        })
        .where('forum_id', '=', row.forum_id)
        .where('subject', '=', row.subject)
        .where('indicator_no', '=', row.indicator_no)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
    subjectMemberId,
  };
}
