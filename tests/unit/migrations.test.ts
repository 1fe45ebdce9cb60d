import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src-main/core/core';
import { openConnection } from '../../src-main/core/db/connection';
import { migrateToLatest } from '../../src-main/core/db/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { DatabaseOpenError } from '../../src-main/core/errors';
import { dataDirFromNewerVersion, dbFile } from '../support/db-snapshot';
import { tempDir } from '../support/test-core';


describe('migrations', () => {
  it('migrates a database that already holds data from the first migration to the latest', async () => {
    const dir = tempDir();
    const conn = openConnection(dbFile(dir));
    await migrateToLatest(conn.db, { upTo: '2026-11-23-01-cells-members' });
    conn.sqlite
      .prepare(`INSERT INTO cells (id, name, higher_body, place_name, term_start_year, term_end_year, created_at, updated_at)
                VALUES ('c1', 'Chi bộ khu phố 3', 'Đảng bộ phường Long Xuyên', 'Long Xuyên', 2020, 2025, 't', 't')`)
      .run();
    conn.sqlite
      .prepare(`INSERT INTO members (id, cell_id, full_name, status, party_role, created_at, updated_at)
                VALUES ('m1', 'c1', 'Ngô Thị Hằng', 'chinh_thuc', 'bi_thu', 't', 't')`)
      .run();
    await conn.close();

    const core = await createCore({ dataDir: dir, validateOutput: true });
    expect(core.schemaVersion).toBe(SCHEMA_VERSION);
    const members = await core.dispatch('member.list', { cellId: 'c1' });
    expect(members).toMatchObject({ ok: true, data: [{ id: 'm1', fullName: 'Ngô Thị Hằng', partyRole: 'bi_thu' }] });
    // The later migrations' tables work on the old data.
    const forum = await core.dispatch('forum.create', { cellId: 'c1', topic: 'Tự soi quý IV', date: '2026-12-01', startTime: '08:00' });
    expect(forum.ok).toBe(true);
    await core.close();
    const raw = new BetterSqlite3(dbFile(dir));
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
  });

  it('runs nothing twice: reopening keeps the data and the schema version', async () => {
    const dir = tempDir();
    const first = await createCore({ dataDir: dir });
    await first.dispatch('sample.open', {});
    await first.close();
    const second = await createCore({ dataDir: dir });
    const cells = await second.dispatch('cell.list', {});
    expect(cells.ok && (cells.data as unknown[]).length).toBe(1);
    const catalogues = await second.dispatch('catalogue.list', {});
    expect(catalogues.ok && (catalogues.data as unknown[]).length).toBe(1); // the bundled catalogue is loaded once
    await second.close();
  });

  it('refuses a database written by a newer app version and leaves it untouched', async () => {
    const dir = await dataDirFromNewerVersion();
    const snapshot = () => {
      const db = new BetterSqlite3(dbFile(dir), { readonly: true });
      const rows = db.prepare(`SELECT name FROM kysely_migration ORDER BY name`).all();
      const schema = db.prepare(`SELECT sql FROM sqlite_master ORDER BY name`).all();
      db.close();
      return JSON.stringify({ rows, schema });
    };
    const before = snapshot();
    const error = await createCore({ dataDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).reason).toBe('too_new');
    expect((error as Error).message).toMatch(/phiên bản Tự soi mới hơn/);
    expect(snapshot()).toBe(before);
  });

  it('refuses a file that is not a database with a clear message', async () => {
    const dir = tempDir();
    fs.writeFileSync(dbFile(dir), Buffer.alloc(8192, 'không phải cơ sở dữ liệu '));
    const error = await createCore({ dataDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).reason).toBe('damaged');
    expect((error as Error).message).toMatch(/bị hỏng/);
  });

  it('a migration that fails half-way leaves nothing behind', async () => {
    const dir = tempDir();
    const conn = openConnection(dbFile(dir));
    const broken = {
      ...MIGRATIONS,
      '2026-11-23-99-broken': {
        up: async (db: Kysely<any>) => {
          await sql`CREATE TABLE half_done (id TEXT PRIMARY KEY) STRICT`.execute(db);
          throw new Error('disk on fire');
        },
      },
    };
    await expect(migrateToLatest(conn.db, { migrations: broken })).rejects.toThrow('disk on fire');
    const tables = conn.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[];
    expect(tables.map((t) => t.name)).not.toContain('half_done');
    await conn.close();
  });

  it('names every migration by date and keeps them in order', () => {
    const names = Object.keys(MIGRATIONS);
    for (const name of names) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-\d{2}-[a-z0-9-]+$/);
    expect([...names].sort()).toEqual(names);
  });
});

describe('storage settings', () => {
  it('opens with WAL, synchronous FULL, foreign keys and STRICT tables', async () => {
    const dir = tempDir();
    await (await createCore({ dataDir: dir })).close();
    const conn = openConnection(dbFile(dir));
    expect(conn.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(conn.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(conn.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = conn.sqlite
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%'`)
      .all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThanOrEqual(6);
    // FTS5 virtual tables and the shadow tables SQLite makes for them cannot be STRICT; every table we declare is.
    const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
    const declared = tables.filter((t) => !virtual.some((v) => t.name === v || t.name.startsWith(`${v}_`)));
    for (const table of declared) expect(table.sql, table.name).toMatch(/\)\s*STRICT$/);
    await conn.close();
  });
});
