import type { Kysely, Selectable } from 'kysely';
import type { Database, ReservationsTable, VotesTable } from '../schema';

export type VoteRow = Selectable<VotesTable>;
export type ReservationRow = Selectable<ReservationsTable>;

export function createVotesRepo(db: Kysely<Database>) {
  return {
    find: (forumId: string) => db.selectFrom('votes').selectAll().where('forum_id', '=', forumId).executeTakeFirst(),
    upsert: (row: VoteRow) =>
      db
        .insertInto('votes')
        .values(row)
        .onConflict((oc) =>
          oc.column('forum_id').doUpdateSet({
            votes_for: row.votes_for, votes_against: row.votes_against, votes_abstain: row.votes_abstain, rule: row.rule, recorded_at: row.recorded_at,
          }),
        )
        .execute(),
    reservations: (forumId: string) =>
      db.selectFrom('reservations').selectAll().where('forum_id', '=', forumId).orderBy('created_at').orderBy('id').execute(),
    findReservation: (id: string) => db.selectFrom('reservations').selectAll().where('id', '=', id).executeTakeFirst(),
    insertReservation: (row: ReservationRow) => db.insertInto('reservations').values(row).execute(),
    deleteReservation: (id: string) => db.deleteFrom('reservations').where('id', '=', id).execute(),
  };
}
