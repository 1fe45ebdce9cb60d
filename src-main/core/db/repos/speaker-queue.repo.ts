import type { Kysely, Selectable } from 'kysely';
import type { Database, SpeakerQueueTable } from '../schema';

export type QueueRow = Selectable<SpeakerQueueTable>;

export function createSpeakerQueueRepo(db: Kysely<Database>) {
  return {
    list: (forumId: string) =>
      db.selectFrom('speaker_queue').selectAll().where('forum_id', '=', forumId).orderBy('position').orderBy('added_at').execute(),
    find: (id: string) => db.selectFrom('speaker_queue').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (row: QueueRow) => db.insertInto('speaker_queue').values(row).execute(),
    update: (row: QueueRow) =>
      db
        .updateTable('speaker_queue')
        .set({ position: row.position, status: row.status, started_at: row.started_at, finished_at: row.finished_at })
        .where('id', '=', row.id)
        .execute(),
    delete: (id: string) => db.deleteFrom('speaker_queue').where('id', '=', id).execute(),
  };
}
