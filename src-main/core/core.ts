// createCore: open the store, bring it up to date, and hand out the one dispatch function.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EventName, EventPayload } from '../contract';
import { createDispatch, type Dispatch, type Logger } from './api/dispatch';
import { handlers } from './api/handlers';
import { openConnection, sanityCheck, type Connection } from './db/connection';
import { quickCheckInWorker, type IntegrityAnswer, type IntegrityCheck } from './db/integrity-check';
import { migrateToLatest } from './db/migrate';
import { DATABASE_FILE_NAME } from './data-dir';
import { DatabaseOpenError } from './errors';
import { removeStalePartials, writeBackup } from './services/backups/backup-files';
import { takeDailyBackupIfDue } from './services/backups/backups.service';
import { ensureBundledCatalogues } from './services/catalogue.service';
import type { ServiceContext } from './services/context';
import { createStorage } from './storage';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface CoreOptions {
  dataDir: string;
  now?: () => Date;
  /** Id source; random UUIDs unless a test needs repeatable ids. */
  newId?: () => string;
  logger?: Logger;
  /** Check every answer against the output schema (tests). */
  validateOutput?: boolean;
  /**
   * The full integrity check, run in a worker right after start, found damage: the app should stop
   * using this core and offer the recovery screen.
   */
  onDamaged?: (message: string) => void;
  /** The day's first start takes a backup (default true; benchmarks turn it off to time one thing). */
  dailyBackup?: boolean;
}

export interface Core {
  dispatch: Dispatch;
  /** Subscribes to push events; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void;
  dataFile: string;
  schemaVersion: number;
  /** The background full integrity check of this start (tests and the bench wait on it). */
  integrity: Promise<IntegrityAnswer>;
  /** The daily backup of this start, if one was due (tests wait on it). */
  dailyBackup: Promise<unknown>;
  close(): Promise<void>;
}

const consoleLogger: Logger = { error: (message, error) => console.error(message, error) };

export function damagedMessage(file: string, detail: string): string {
  return (
    `Tệp dữ liệu ${file} bị hỏng hoặc không phải dữ liệu của Tự soi (${detail}). ` +
    'Tệp chưa bị thay đổi. Hãy khôi phục từ một bản sao lưu tốt, hoặc chọn thư mục dữ liệu khác.'
  );
}

/** Opens the file with a cheap sanity check (header, schema); the full check runs after start. */
function openChecked(file: string): Connection {
  let connection: Connection | undefined;
  try {
    connection = openConnection(file);
    sanityCheck(connection.sqlite);
    return connection;
  } catch (error) {
    connection?.sqlite.close();
    if (error instanceof DatabaseOpenError) throw error;
    throw new DatabaseOpenError('damaged', damagedMessage(file, (error as Error).message));
  }
}

export async function createCore(options: CoreOptions): Promise<Core> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const dataFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  const existed = fs.existsSync(dataFile) && fs.statSync(dataFile).size > 0;
  const connection = openChecked(dataFile);
  const listeners = new Set<EventListener>();
  const now = options.now ?? (() => new Date());
  let swapped = false;
  let check: IntegrityCheck | null = null;
  const prepare = async (opened: Connection, backupFirst: boolean): Promise<number> => {
    const version = await migrateToLatest(opened.db, {
      // An existing database is copied before its schema changes.
      beforeMigrate: backupFirst ? () => writeBackup(dataFile, storage.backupsDir, 'migration', now()).then(() => undefined) : undefined,
    });
    await ensureBundledCatalogues({ ...ctx, db: opened.db });
    return version;
  };
  const storage = createStorage(dataFile, connection, {
    prepare: async (opened) => {
      await prepare(opened, false);
    },
    onSwap: (opened) => {
      ctx.db = opened.db;
      // The check of the start read the file that was just replaced: its answer no longer applies.
      swapped = true;
      void check?.cancel();
    },
  });
  const ctx: ServiceContext & { dataFile: string } = {
    db: connection.db,
    now,
    newId: options.newId ?? (() => randomUUID()),
    emit: (event, payload) => {
      for (const listener of listeners) listener(event, payload);
    },
    storage,
    dataFile,
  };
  let schemaVersion: number;
  try {
    schemaVersion = await prepare(connection, existed);
  } catch (error) {
    await connection.close();
    throw error;
  }
  const logger = options.logger ?? consoleLogger;
  const inner = createDispatch(handlers, ctx, { logger, validateOutput: options.validateOutput });

  // After start, off the start path: the full integrity check and the day's first backup.
  removeStalePartials(storage.backupsDir);
  check = quickCheckInWorker(dataFile);
  const integrity = check.result.then((answer) => {
    check = null;
    if (!swapped && 'problems' in answer && answer.problems.length > 0) {
      options.onDamaged?.(damagedMessage(dataFile, answer.problems.join('; ')));
    }
    return answer;
  });
  const dailyBackup = existed && options.dailyBackup !== false
    ? takeDailyBackupIfDue(ctx).catch((error: unknown) => logger.error('The daily backup failed', error))
    : Promise.resolve(null);

  return {
    dispatch: (name, input) => storage.trackCall(() => inner(name, input)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dataFile,
    schemaVersion,
    integrity,
    dailyBackup,
    close: async () => {
      await check?.cancel();
      await storage.close();
    },
  };
}
