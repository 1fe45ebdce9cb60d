// (k) During a backup the API stays responsive: on the large data set (tests/bench/seed-large.ts,
// ~500 MB), `backup.create` runs over HTTP while a client times back-to-back API calls over HTTP
// (a cell, its members, its forums, in turn). The backup copies in a worker thread, so the main
// thread only answers requests; p99 of the calls made while the backup ran is checked (≤ 20 ms),
// beside the same calls without a backup. It runs on a private copy of the data set, deleted after.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../../src-main/core/core';
import { DATABASE_FILE_NAME } from '../../src-main/core/data-dir';
import { SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { startHttpServer } from '../../src-main/server/http-server';
import { postJson } from '../support/http-client';
import { ensureLargeDataSet } from './seed-large';
import { formatBytes, formatMs, percentile, type Check } from './stats';

const TARGET_P99_MS = 20;
const BASELINE_CALLS = 300;

/** A private copy of the large data set (other benches open the shared one meanwhile). */
async function privateCopy(): Promise<string> {
  const shared = await ensureLargeDataSet();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tusoi-bench-backup-'));
  const file = path.join(dir, DATABASE_FILE_NAME);
  const source = new BetterSqlite3(shared, { readonly: true, fileMustExist: true });
  try {
    await source.backup(file, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  return file;
}

export async function benchBackupResponsiveness(): Promise<Check> {
  const dataFile = await privateCopy();
  const raw = new BetterSqlite3(dataFile, { readonly: true });
  const cellIds = (raw.prepare('SELECT id FROM cells ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  raw.close();

  const core = await createCore({ dataDir: path.dirname(dataFile), dailyBackup: false, logger: { error: (m, e) => console.error(m, e) } });
  // Let the start's own background work (the full integrity check) finish first.
  await core.integrity;
  const server = await startHttpServer({ dispatch: core.dispatch, subscribe: core.subscribe, appVersion: 'bench', schemaVersion: SCHEMA_VERSION, port: 0 });
  try {
    let i = 0;
    const oneCall = async (): Promise<number> => {
      const cellId = cellIds[i % cellIds.length]!;
      const [method, input] = ([
        ['cell.get', { id: cellId }],
        ['member.list', { cellId, includeLeft: true }],
        ['forum.list', { cellId }],
      ] as const)[i % 3]!;
      i++;
      const start = performance.now();
      const answer = await postJson(server.url, method, input);
      const ms = performance.now() - start;
      if (answer.status !== 200 || !(answer.body as { ok: boolean }).ok) throw new Error(`${method} failed: ${JSON.stringify(answer.body).slice(0, 200)}`);
      return ms;
    };

    for (let w = 0; w < 30; w++) await oneCall(); // warm-up
    const baseline: number[] = [];
    for (let n = 0; n < BASELINE_CALLS; n++) baseline.push(await oneCall());

    const during: number[] = [];
    let done = false;
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    const backupStart = performance.now();
    const backup = postJson(server.url, 'backup.create', {}).finally(() => (done = true));
    while (!done) during.push(await oneCall());
    const backupMs = performance.now() - backupStart;
    loop.disable();
    const answer = await backup;
    const body = answer.body as { ok: boolean; data?: { id: string; sizeBytes: number }; error?: { message: string } };
    if (!body.ok || !body.data) throw new Error(`backup.create failed: ${body.error?.message}`);

    const p99 = percentile(during, 99);
    console.log(`  database ${formatBytes(fs.statSync(dataFile).size)}; backup of ${formatBytes(body.data.sizeBytes)} took ${(backupMs / 1000).toFixed(1)} s`);
    console.log(`  without a backup: ${baseline.length} calls, p50 ${formatMs(percentile(baseline, 50))}, p99 ${formatMs(percentile(baseline, 99))}`);
    console.log(`  event-loop delay during the backup: p99 ${formatMs(loop.percentile(99) / 1e6)}, max ${formatMs(loop.max / 1e6)}`);
    console.log(`  during the backup: ${during.length} calls, p50 ${formatMs(percentile(during, 50))}, p99 ${formatMs(p99)}, slowest ${formatMs(Math.max(...during))}`);
    return {
      label: 'k. API over HTTP during a backup of the large data set',
      figure: `p99 ${formatMs(p99)} over ${during.length} calls`,
      target: `p99 ≤ ${TARGET_P99_MS} ms`,
      pass: during.length >= 20 && p99 <= TARGET_P99_MS,
    };
  } finally {
    await server.close();
    await core.close();
    fs.rmSync(path.dirname(dataFile), { recursive: true, force: true });
  }
}
