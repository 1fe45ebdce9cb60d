// The full integrity check (PRAGMA quick_check reads every page) off the start path: a worker
// thread with its own read-only connection, started right after the core is up. The worker's code
// is inline so the built app needs no extra entry file; it loads the same better-sqlite3.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const QUICK_CHECK_MMAP_BYTES = 1024 * 1024 * 1024;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// Lowest CPU priority for this thread (on Linux, setpriority of pid 0 is the calling thread): the
// main thread, answering the app, goes first.
try { require('node:os').setPriority(19); } catch (error) { /* not permitted: run at normal priority */ }
const Database = require(workerData.driver);
let answer;
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    db.pragma('mmap_size = ' + workerData.mmapBytes);
    const problems = db.pragma('quick_check(5)').map((r) => r.quick_check).filter((r) => r !== 'ok');
    answer = { problems };
  } finally {
    db.close();
  }
} catch (error) {
  const code = error && error.code;
  const message = String((error && error.message) || error);
  answer = code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' ? { problems: [message] } : { error: message };
}
parentPort.postMessage(answer);
`;

export type IntegrityAnswer =
  /** [] when sound. */
  | { problems: string[] }
  /** The check could not run (busy, cancelled …): nothing is known. */
  | { error: string };

export interface IntegrityCheck {
  result: Promise<IntegrityAnswer>;
  /** Stops the worker (the core is closing or swapping its file). */
  cancel(): Promise<void>;
}

let driverPath: string | undefined;
export function betterSqlite3Path(): string {
  driverPath ??= createRequire(import.meta.url).resolve('better-sqlite3');
  return driverPath;
}

export function quickCheckInWorker(file: string): IntegrityCheck {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver: betterSqlite3Path(), mmapBytes: QUICK_CHECK_MMAP_BYTES },
  });
  let settled = false;
  const result = new Promise<IntegrityAnswer>((resolve) => {
    const done = (answer: IntegrityAnswer) => {
      if (settled) return;
      settled = true;
      resolve(answer);
    };
    worker.once('message', (answer: IntegrityAnswer) => done(answer));
    worker.once('error', (error) => done({ error: String(error) }));
    worker.once('exit', () => done({ error: 'stopped' }));
  });
  // Not unref'd: `await core.integrity` must be able to wait for the answer; close() stops the worker.
  return {
    result,
    cancel: async () => {
      if (!settled) await worker.terminate();
      await result;
    },
  };
}
