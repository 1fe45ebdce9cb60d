// (c) Core start (open with a cheap check, migrate, catalogue) on a ~100 MB database, cached in tmp.
// The full PRAGMA quick_check runs after start in a worker (src-main/core/db/integrity-check.ts).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../../src-main/core/core';
import { quickCheck } from '../../src-main/core/db/connection';
import { SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { DATABASE_FILE_NAME } from '../../src-main/core/data-dir';
import { benchCell } from './saves';
import { formatBytes, formatMs, median, timeMs, type Check } from './stats';

const TARGET_BYTES = 100 * 1024 * 1024;
const CELLS = 2000;
const BATCH = 5000;
const OPENS = 5;

const quietLogger = { error: (m: string, e?: unknown) => console.error(m, e) };

function cacheDir(): string {
  return path.join(os.tmpdir(), 'tusoi-bench-cache', `schema-${SCHEMA_VERSION}`);
}

// Roughly 300 characters of Vietnamese, the longest «Chức vụ khác» the contract accepts.
function longPositions(i: number): string {
  const phrase = 'Ủy viên Ban Chấp hành Công đoàn, tổ trưởng chuyên môn, phụ trách công tác thi đua khen thưởng; ';
  return `${i}. ${phrase.repeat(4)}`.slice(0, 300);
}

/** Builds the database in a scratch folder (real schema via createCore, rows by bulk insert). */
async function generate(dir: string): Promise<void> {
  const partial = `${dir}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  const core = await createCore({ dataDir: partial, logger: quietLogger });
  const file = core.dataFile;
  await core.close();

  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('synchronous = OFF'); // generation only; the benchmark opens with the real pragmas
  const now = new Date().toISOString();
  const insertCell = sqlite.prepare(`INSERT INTO cells
    (id, name, higher_body, place_name, term_start_year, term_end_year, created_at, updated_at)
    VALUES (?, ?, ?, ?, 2025, 2030, ?, ?)`);
  const insertMember = sqlite.prepare(`INSERT INTO members
    (id, cell_id, full_name, birth_year, status, party_role, other_positions, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 'dang_vien', ?, ?, ?)`);
  const cellIds = Array.from({ length: CELLS }, () => randomUUID());
  sqlite.transaction(() => {
    cellIds.forEach((id, i) => insertCell.run(id, `${benchCell.name} số ${i}`, benchCell.higherBody, benchCell.placeName, now, now));
  })();
  const insertBatch = sqlite.transaction((from: number) => {
    for (let i = from; i < from + BATCH; i++) {
      insertMember.run(randomUUID(), cellIds[i % CELLS], `Nguyễn Thị Thử Nghiệm ${i}`, 1960 + (i % 45),
        i % 10 === 0 ? 'du_bi' : 'chinh_thuc', longPositions(i), now, now);
    }
  });
  const size = () => (sqlite.pragma('page_count', { simple: true }) as number) * (sqlite.pragma('page_size', { simple: true }) as number);
  for (let from = 0; size() < TARGET_BYTES; from += BATCH) insertBatch(from);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  fs.renameSync(partial, dir);
}

export async function benchCoreStart(): Promise<Check> {
  const dir = cacheDir();
  const file = path.join(dir, DATABASE_FILE_NAME);
  if (!fs.existsSync(file)) {
    console.log(`  generating the ~100 MB database once into ${dir} …`);
    const ms = await timeMs(() => generate(dir));
    console.log(`  generated in ${(ms / 1000).toFixed(1)} s`);
  } else {
    console.log(`  using the cached database ${file}`);
  }
  const bytes = fs.statSync(file).size;
  const members = (() => {
    const sqlite = new BetterSqlite3(file, { readonly: true });
    try {
      return sqlite.prepare('SELECT count(*) AS n FROM members').get() as { n: number };
    } finally {
      sqlite.close();
    }
  })();
  console.log(`  file size ${formatBytes(bytes)} (${members.n} members)`);

  const times: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    let core: Awaited<ReturnType<typeof createCore>> | undefined;
    times.push(await timeMs(async () => (core = await createCore({ dataDir: dir, logger: quietLogger }))));
    await core?.close();
  }
  console.log(`  createCore times: ${times.map((t) => t.toFixed(1)).join(', ')} ms`);

  // For context: what the full integrity check costs, now off the start path.
  const sqlite = new BetterSqlite3(file);
  const checkMs = await timeMs(() => quickCheck(sqlite));
  sqlite.close();
  console.log(`  PRAGMA quick_check alone (runs in a worker after start): ${formatMs(checkMs)}`);

  const m = median(times);
  return { label: `core start on ${formatBytes(bytes)} database`, figure: `median ${formatMs(m)} of ${OPENS} opens`, target: '≤ 200 ms', pass: m <= 200 };
}
