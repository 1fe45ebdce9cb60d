// (j) The aggregate report (báo cáo tổng hợp) over every cell of the large data set (200 cells × 40
// members × 8 years of quarterly forums, tests/bench/seed-large.ts) and all eight years, through
// the real dispatch: one warm-up call (it also builds any missing index), then timed calls; the
// median is checked against ≤ 1 s and the slowest is shown beside it, with the process's CPU time
// and the load average (on a shared machine the wall clock also counts waiting for a core). A
// member's history is timed too. Reads only: the data set is not changed.
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { ReportData } from '../../src-main/contract/reports';
import { createCore } from '../../src-main/core/core';
import { ensureLargeDataSet } from './seed-large';
import { formatMs, median, timeMs, type Check } from './stats';

const RUNS = 7;
const TARGET_MS = 1000;

export async function benchReport(): Promise<Check> {
  const dataFile = await ensureLargeDataSet();
  const raw = new BetterSqlite3(dataFile, { readonly: true });
  const cellIds = (raw.prepare('SELECT id FROM cells ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  const range = raw.prepare("SELECT min(date) AS fromDate, max(date) AS toDate, count(*) AS forums FROM forums WHERE status <> 'draft'").get() as {
    fromDate: string; toDate: string; forums: number;
  };
  const member = raw.prepare('SELECT id FROM members ORDER BY id LIMIT 1').get() as { id: string };
  raw.close();

  const core = await createCore({ dataDir: path.dirname(dataFile), logger: { error: (m, e) => console.error(m, e) } });
  try {
    const input = { cellIds, from: range.fromDate, to: range.toDate };
    const warm = await core.dispatch('report.aggregate', input);
    if (!warm.ok) throw new Error(warm.error.message);
    const data = warm.data as ReportData;
    console.log(`  ${cellIds.length} cells, ${data.totals.forums} forums (${range.fromDate} … ${range.toDate}), ` +
      `${data.totals.attendedFull + data.totals.attendedProbationary} attendances, ${data.actions.total} action items`);
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const before = process.cpuUsage();
      times.push(await timeMs(() => core.dispatch('report.aggregate', input)));
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
    }
    const historyTimes: number[] = [];
    for (let i = 0; i < 5; i++) historyTimes.push(await timeMs(() => core.dispatch('member.history', { memberId: member.id })));
    console.log(`  runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms wall; CPU of this process per run: median ${formatMs(median(cpu))} ` +
      `(wall far above CPU means the machine was busy with other work); load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
    console.log(`  a member's history (32 forums): median ${formatMs(median(historyTimes))}`);
    const m = median(times);
    return {
      label: `j. ${cellIds.length}-cell, 8-year aggregate report`,
      figure: `median ${formatMs(m)}, slowest ${formatMs(Math.max(...times))}`,
      target: `≤ ${TARGET_MS} ms`,
      pass: m <= TARGET_MS,
    };
  } finally {
    await core.close();
  }
}
