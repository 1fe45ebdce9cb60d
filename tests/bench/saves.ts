// (a) one small save through dispatch vs a raw prepared INSERT; (b) the same save over HTTP.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createCore, type Core } from '../../src-main/core/core';
import { applyStoragePragmas, openConnection } from '../../src-main/core/db/connection';
import { migrateToLatest } from '../../src-main/core/db/migrate';
import { startHttpServer } from '../../src-main/server/http-server';
import { APP_VERSION } from '../../src-main/core/version';
import { formatMs, median, percentile, type Check } from './stats';

const WARM_UP = 50;
const SAVE_ITERATIONS = 400;
const HTTP_REQUESTS = 600;

export const benchCell = {
  name: 'Chi bộ Trường THPT Nguyễn Huệ',
  higherBody: 'Đảng bộ phường Vị Thanh',
  placeName: 'Vị Thanh',
  termStartYear: 2025,
  termEndYear: 2030,
};

export function memberInput(cellId: string, i: number) {
  return {
    cellId,
    fullName: `Nguyễn Văn Thử ${i}`,
    status: 'chinh_thuc' as const,
    partyRole: 'dang_vien' as const,
    birthYear: 1980,
    otherPositions: 'Giáo viên tổ Toán',
  };
}

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function withCore<T>(fn: (core: Core, cellId: string) => Promise<T>): Promise<T> {
  const dir = tempDir('tusoi-bench-core-');
  const core = await createCore({ dataDir: dir, logger: { error: (m, e) => console.error(m, e) } });
  try {
    const cell = await core.dispatch('cell.create', benchCell);
    if (!cell.ok) throw new Error(`cell.create failed: ${JSON.stringify(cell.error)}`);
    return await fn(core, (cell.data as { id: string }).id);
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A raw better-sqlite3 database with the same pragmas and tables; returns one save function. */
async function openRawStore(file: string) {
  // The same tables, made by the real migration, then used through a bare prepared statement.
  const setup = openConnection(file);
  await migrateToLatest(setup.db, { upTo: '2026-11-23-01-cells-members' });
  await setup.close();
  const sqlite = new BetterSqlite3(file);
  applyStoragePragmas(sqlite);
  const now = new Date().toISOString();
  const cellId = randomUUID();
  sqlite
    .prepare(`INSERT INTO cells (id, name, higher_body, place_name, term_start_year, term_end_year, created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(cellId, benchCell.name, benchCell.higherBody, benchCell.placeName, 2025, 2030, now, now);
  const insert = sqlite.prepare(`INSERT INTO members
    (id, cell_id, full_name, birth_year, status, party_role, other_positions, exempt, active, created_at, updated_at, version)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const save = (i: number) => {
    const m = memberInput(cellId, i);
    const at = new Date().toISOString();
    insert.run(randomUUID(), cellId, m.fullName, m.birthYear, m.status, m.partyRole, m.otherPositions, 0, 1, at, at, 1);
  };
  return { save, close: () => sqlite.close() };
}

/** (a) Dispatch and raw saves alternate, so both see the same disk conditions. */
export async function benchDispatchVsRaw(): Promise<Check> {
  return withCore(async (core, cellId) => {
    const rawDir = tempDir('tusoi-bench-raw-');
    const raw = await openRawStore(path.join(rawDir, 'raw.sqlite3'));
    const viaDispatch: number[] = [];
    const viaRaw: number[] = [];
    try {
      for (let i = 0; i < WARM_UP + SAVE_ITERATIONS; i++) {
        let start = performance.now();
        const result = await core.dispatch('member.create', memberInput(cellId, i));
        const dispatchMs = performance.now() - start;
        if (!result.ok) throw new Error(`member.create failed: ${JSON.stringify(result.error)}`);
        start = performance.now();
        raw.save(i);
        const rawMs = performance.now() - start;
        if (i >= WARM_UP) {
          viaDispatch.push(dispatchMs);
          viaRaw.push(rawMs);
        }
      }
    } finally {
      raw.close();
      fs.rmSync(rawDir, { recursive: true, force: true });
    }
    const ratio = median(viaDispatch) / median(viaRaw);
    console.log(`  dispatch member.create: median ${formatMs(median(viaDispatch))}, p95 ${formatMs(percentile(viaDispatch, 95))} (${viaDispatch.length} saves)`);
    console.log(`  raw prepared INSERT:    median ${formatMs(median(viaRaw))}, p95 ${formatMs(percentile(viaRaw, 95))} (${viaRaw.length} saves)`);
    return { label: 'save via dispatch vs raw INSERT', figure: `median ratio ${ratio.toFixed(2)}`, target: '≤ 2', pass: ratio <= 2 };
  });
}

export function postJson(agent: http.Agent, port: number, route: string, body: unknown): Promise<{ ok: boolean }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${route}`,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean });
          } catch (error) {
            reject(error);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** (b) member.create over loopback HTTP, server in this process, one keep-alive connection. */
export async function benchHttpSave(): Promise<Check> {
  return withCore(async (core, cellId) => {
    const server = await startHttpServer({
      dispatch: core.dispatch,
      subscribe: core.subscribe,
      appVersion: APP_VERSION,
      schemaVersion: core.schemaVersion,
      port: 0,
    });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const times: number[] = [];
    try {
      for (let i = 0; i < WARM_UP + HTTP_REQUESTS; i++) {
        const start = performance.now();
        const result = await postJson(agent, server.port, 'member.create', memberInput(cellId, i));
        const ms = performance.now() - start;
        if (!result.ok) throw new Error(`member.create over HTTP failed: ${JSON.stringify(result)}`);
        if (i >= WARM_UP) times.push(ms);
      }
    } finally {
      agent.destroy();
      await server.close();
    }
    const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p));
    return {
      label: `save over HTTP loopback (${times.length} requests)`,
      figure: `p50 ${formatMs(p50)}, p95 ${formatMs(p95)}, p99 ${formatMs(p99)}`,
      target: 'p99 ≤ 5 ms',
      pass: p99 <= 5,
    };
  });
}
