// The live database behind the core: the one connection, the calls in flight and the background
// tasks (backups). A restore swaps the file under a running app: `exclusive` holds new calls back,
// lets the ones in flight and the running backups finish, and `replaceDataFile` closes, swaps and
// reopens, putting the old file back if the new one cannot be brought up.
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { openConnection, type Connection } from './db/connection';

export const BACKUPS_DIR_NAME = 'backups';

export interface Storage {
  readonly dataFile: string;
  /** `backups/` beside the data file. */
  readonly backupsDir: string;
  /** Runs a background task a database swap must wait for (a backup). */
  task<T>(run: () => Promise<T>): Promise<T>;
  /**
   * Runs `run` alone: calls that arrive meanwhile wait; calls already in flight (other than the one
   * asking) and background tasks finish first.
   */
  exclusive<T>(run: () => Promise<T>): Promise<T>;
  /**
   * Only inside `exclusive`: closes the live connection, puts a copy of `source` in place of the
   * data file and reopens it through `hooks.prepare` (migrate, catalogues). If that fails, the previous
   * file is put back and reopened, and the error is thrown.
   */
  replaceDataFile(source: string): Promise<void>;
  /** Wraps one API call so `exclusive` can see it. */
  trackCall<T>(run: () => Promise<T>): Promise<T>;
  /** Waits for background tasks, then closes the connection. */
  close(): Promise<void>;
}

const inCall = new AsyncLocalStorage<true>();

function removeSidecars(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

function copyDurably(from: string, to: string): void {
  fs.copyFileSync(from, to);
  const fd = fs.openSync(to, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export interface StorageHooks {
  /** Brings a freshly opened connection up to date (migrations, bundled catalogues). */
  prepare(connection: Connection): Promise<void>;
  /** The live connection changed: point the services' context at it. */
  onSwap(connection: Connection): void;
}

export function createStorage(dataFile: string, first: Connection, hooks: StorageHooks): Storage {
  let connection = first;
  let inflight = 0;
  let gate: Promise<void> | null = null;
  const tasks = new Set<Promise<unknown>>();
  const idleWaiters = new Set<() => void>();

  const notifyIdle = () => {
    for (const wake of idleWaiters) wake();
  };
  const waitUntil = async (done: () => boolean) => {
    while (!done()) await new Promise<void>((resolve) => idleWaiters.add(() => resolve()));
    idleWaiters.clear();
  };

  const storage: Storage = {
    dataFile,
    backupsDir: path.join(path.dirname(dataFile), BACKUPS_DIR_NAME),
    task(run) {
      const promise = run();
      tasks.add(promise);
      const forget = () => {
        tasks.delete(promise);
        notifyIdle();
      };
      promise.then(forget, forget);
      return promise;
    },
    async exclusive(run) {
      while (gate) await gate;
      let open!: () => void;
      gate = new Promise<void>((resolve) => (open = resolve));
      try {
        const self = inCall.getStore() ? 1 : 0;
        await waitUntil(() => inflight <= self);
        while (tasks.size > 0) await Promise.allSettled([...tasks]);
        return await run();
      } finally {
        gate = null;
        open();
      }
    },
    async replaceDataFile(source) {
      const aside = `${dataFile}.before-restore`;
      await connection.close();
      removeSidecars(dataFile);
      fs.rmSync(aside, { force: true });
      fs.renameSync(dataFile, aside);
      let opened: Connection | undefined;
      try {
        copyDurably(source, dataFile);
        opened = openConnection(dataFile);
        await hooks.prepare(opened);
      } catch (error) {
        await opened?.close().catch(() => undefined);
        removeSidecars(dataFile);
        fs.rmSync(dataFile, { force: true });
        fs.renameSync(aside, dataFile);
        connection = openConnection(dataFile);
        hooks.onSwap(connection);
        throw error;
      }
      fs.rmSync(aside, { force: true });
      connection = opened;
      hooks.onSwap(connection);
    },
    async trackCall(run) {
      while (gate && !inCall.getStore()) await gate;
      inflight++;
      try {
        return await inCall.run(true, run);
      } finally {
        inflight--;
        notifyIdle();
      }
    },
    async close() {
      while (tasks.size > 0) await Promise.allSettled([...tasks]);
      await connection.close();
    },
  };
  return storage;
}
