// What both shells start: the normal core, or, when the database is damaged, the recovery mode.
// In recovery only `recovery.status` and `recovery.restore` answer: the first lists the backups
// beside the data file that pass the full integrity check, the second puts one in place (the
// damaged file is kept aside, never deleted) and starts the normal core. A damage the background
// integrity check finds after start switches a running app into recovery the same way.
import fs from 'node:fs';
import path from 'node:path';
import { METHOD_NAMES, type EventName, type EventPayload, type MethodName } from '../contract';
import { createDispatch, type Dispatch } from './api/dispatch';
import type { HandlerContext, Handlers } from './api/handlers';
import { createCore, type Core, type CoreOptions, type EventListener } from './core';
import { DATABASE_FILE_NAME } from './data-dir';
import { CoreError, DatabaseOpenError, forbiddenState } from './errors';
import { inspectBackupFully, listBackupFiles } from './services/backups/backup-files';
import { backupFileById, checkRestorable } from './services/backups/backups.service';
import { BACKUPS_DIR_NAME } from './storage';

export type AppMode = 'normal' | 'recovery';

export interface AppCore {
  dispatch: Dispatch;
  subscribe(listener: EventListener): () => void;
  dataFile: string;
  mode(): AppMode;
  /** The running core, null in recovery mode. */
  core(): Core | null;
  close(): Promise<void>;
}

const NOT_IN_RECOVERY = 'Dữ liệu đang bị hỏng nên Tự soi đang ở chế độ khôi phục. Hãy khôi phục từ một bản sao lưu trước.';

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Moves the damaged file (and its -wal/-shm) aside under a dated name; nothing is deleted. */
function setDamagedFileAside(dataFile: string, now: Date): void {
  const aside = `${dataFile}.hong-${stampOf(now)}`;
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (fs.existsSync(dataFile + suffix)) fs.renameSync(dataFile + suffix, aside + suffix);
  }
}

/**
 * Opens the data folder: the normal core if the database opens, else recovery mode. A database
 * from a newer app version is not damage: that still throws (the shells show the message).
 */
export async function openApp(options: CoreOptions): Promise<AppCore> {
  const dataFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  const backupsDir = path.join(options.dataDir, BACKUPS_DIR_NAME);
  const now = options.now ?? (() => new Date());
  const listeners = new Set<EventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners) listener(event, payload);
  };

  let core: Core | null = null;
  let unsubscribe: (() => void) | null = null;
  let recoveryMessage = '';
  let closed = false;

  const enterRecovery = async (message: string) => {
    recoveryMessage = message;
    const running = core;
    core = null;
    unsubscribe?.();
    unsubscribe = null;
    await running?.close().catch((error: unknown) => options.logger?.error('Closing the damaged core failed', error));
    emit('app.mode', { mode: 'recovery' });
  };

  const startCore = async () => {
    const started = await createCore({
      ...options,
      onDamaged: (message) => {
        options.onDamaged?.(message);
        if (core === started && !closed) void enterRecovery(message);
      },
    });
    core = started;
    recoveryMessage = '';
    unsubscribe = started.subscribe(emit);
  };

  const recoveryHandlers = {} as Record<MethodName, (ctx: HandlerContext, input: unknown) => Promise<unknown>>;
  for (const name of METHOD_NAMES) recoveryHandlers[name] = () => Promise.reject(forbiddenState(NOT_IN_RECOVERY));
  recoveryHandlers['recovery.status'] = async () => {
    const backups = [];
    // One at a time: each full check reads the whole file.
    for (const file of listBackupFiles(backupsDir)) {
      const preview = await inspectBackupFully(file.file);
      if (preview.status === 'ok') backups.push({ id: file.id, takenAt: file.takenAt, reason: file.reason, sizeBytes: file.sizeBytes, ...preview });
    }
    return { mode: 'recovery', message: recoveryMessage, dataFile, backups };
  };
  let restoring = false;
  recoveryHandlers['recovery.restore'] = async (_ctx, input) => {
    if (restoring || core) throw forbiddenState('Đang khôi phục từ một bản sao lưu; hãy đợi trong giây lát.');
    restoring = true;
    try {
      return await restoreInRecovery((input as { id: string }).id);
    } finally {
      restoring = false;
    }
  };
  const restoreInRecovery = async (id: string) => {
    const backup = backupFileById(backupsDir, id);
    const preview = await checkRestorable(backup.file);
    setDamagedFileAside(dataFile, now());
    fs.copyFileSync(backup.file, dataFile);
    try {
      await startCore();
    } catch (error) {
      throw new CoreError(
        'FORBIDDEN_STATE',
        `Không mở được dữ liệu sau khi khôi phục (${(error as Error).message}). Hãy chọn bản sao lưu khác.`,
      );
    }
    emit('app.mode', { mode: 'normal' });
    return { restored: { id: backup.id, takenAt: backup.takenAt, reason: backup.reason, sizeBytes: backup.sizeBytes, ...preview } };
  };
  // Recovery answers through the same dispatch (input validation, Result envelope); its handlers
  // close over this module's state and never touch a database context.
  const recoveryDispatch = createDispatch(recoveryHandlers as unknown as Handlers, {} as HandlerContext, {
    logger: options.logger ?? { error: (message, error) => console.error(message, error) },
    validateOutput: options.validateOutput,
  });

  try {
    await startCore();
  } catch (error) {
    if (!(error instanceof DatabaseOpenError) || error.reason !== 'damaged') throw error;
    recoveryMessage = error.message;
  }

  return {
    dispatch: (name, input) => (core ? core.dispatch(name, input) : recoveryDispatch(name, input)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dataFile,
    mode: () => (core ? 'normal' : 'recovery'),
    core: () => core,
    close: async () => {
      closed = true;
      unsubscribe?.();
      await core?.close();
      core = null;
    },
  };
}
