// createCore: open the store, bring it up to date, and hand out the one dispatch function.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EventName, EventPayload } from '../contract';
import { createDispatch, type Dispatch, type Logger } from './api/dispatch';
import { handlers } from './api/handlers';
import { openConnection, quickCheck, type Connection } from './db/connection';
import { migrateToLatest } from './db/migrate';
import { DATABASE_FILE_NAME } from './data-dir';
import { DatabaseOpenError } from './errors';
import { ensureBundledCatalogues } from './services/catalogue.service';
import type { ServiceContext } from './services/context';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface CoreOptions {
  dataDir: string;
  now?: () => Date;
  /** Id source; random UUIDs unless a test needs repeatable ids. */
  newId?: () => string;
  logger?: Logger;
  /** Check every answer against the output schema (tests). */
  validateOutput?: boolean;
}

export interface Core {
  dispatch: Dispatch;
  /** Subscribes to push events; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void;
  dataFile: string;
  schemaVersion: number;
  close(): Promise<void>;
}

const consoleLogger: Logger = { error: (message, error) => console.error(message, error) };

function openChecked(file: string): Connection {
  let connection: Connection | undefined;
  try {
    connection = openConnection(file);
    const problems = quickCheck(connection.sqlite);
    if (problems.length > 0) throw new Error(problems.join('; '));
    return connection;
  } catch (error) {
    connection?.sqlite.close();
    if (error instanceof DatabaseOpenError) throw error;
    throw new DatabaseOpenError(
      'damaged',
      `Tệp dữ liệu ${file} bị hỏng hoặc không phải dữ liệu của Tự soi (${(error as Error).message}). ` +
        'Tệp chưa bị thay đổi. Hãy chép một bản sao lưu tốt vào thay thế, hoặc chọn thư mục dữ liệu khác.',
    );
  }
}

export async function createCore(options: CoreOptions): Promise<Core> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const dataFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  const connection = openChecked(dataFile);
  const listeners = new Set<EventListener>();
  const ctx: ServiceContext & { dataFile: string } = {
    db: connection.db,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => randomUUID()),
    emit: (event, payload) => {
      for (const listener of listeners) listener(event, payload);
    },
    dataFile,
  };
  let schemaVersion: number;
  try {
    schemaVersion = await migrateToLatest(connection.db);
    await ensureBundledCatalogues(ctx);
  } catch (error) {
    await connection.close();
    throw error;
  }
  return {
    dispatch: createDispatch(handlers, ctx, { logger: options.logger ?? consoleLogger, validateOutput: options.validateOutput }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dataFile,
    schemaVersion,
    close: () => connection.close(),
  };
}
