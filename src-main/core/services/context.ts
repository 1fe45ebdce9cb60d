// What every service receives: the database, the clock, an id source and the event sink.
import type { Kysely } from 'kysely';
import type { EventName, EventPayload } from '../../contract';
import type { Database } from '../db/schema';
import type { Storage } from '../storage';

export interface ServiceContext {
  db: Kysely<Database>;
  now: () => Date;
  newId: () => string;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** The live database file: backups, restore. */
  storage: Storage;
}

export const nowIso = (ctx: ServiceContext) => ctx.now().toISOString();
