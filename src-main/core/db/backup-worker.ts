// The online backup (better-sqlite3's .backup(), SQLite's backup API) in a worker thread, from a
// read-only connection of its own: the copy, the switch of the copy to a single self-contained
// file and its fsync all happen off the main thread, so the app keeps answering during a backup of
// a large database. The copy is made in one step, i.e. inside one read transaction: a consistent
// snapshot that writes committed meanwhile (WAL) neither disturb nor restart.
import { Worker } from 'node:worker_threads';
import { betterSqlite3Path } from './integrity-check';

const WORKER_SOURCE = `
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
// Lowest CPU priority for this thread (on Linux, setpriority of pid 0 is the calling thread): the
// main thread, answering the app, goes first.
try { require('node:os').setPriority(19); } catch (error) { /* not permitted: run at normal priority */ }
const Database = require(workerData.driver);
(async () => {
  const source = new Database(workerData.source, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    // The first step opens the backup; returning a huge page count makes the next one copy all.
    await source.backup(workerData.target, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  const copy = new Database(workerData.target);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const fd = fs.openSync(workerData.target, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
})().then(
  () => parentPort.postMessage({ ok: true }),
  (error) => parentPort.postMessage({ ok: false, message: String((error && error.message) || error), code: error && error.code }),
);
`;

/** Copies the database file `source` (live, WAL) into `target`, a new self-contained file. */
export function backupInWorker(source: string, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { source, target, driver: betterSqlite3Path() } });
    let settled = false;
    worker.once('message', (answer: { ok: boolean; message?: string; code?: string }) => {
      settled = true;
      if (answer.ok) resolve();
      else reject(Object.assign(new Error(answer.message), { code: answer.code }));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`backup worker stopped (${code})`));
    });
  });
}
