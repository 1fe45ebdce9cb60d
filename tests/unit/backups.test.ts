// Backups on real SQLite files: taking, rotating, daily-once, before a migration, restoring into a
// running core, refusing files that are not good backups, and the recovery mode for a damaged start.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type { BackupEntry, EventName } from '../../src-main/contract';
import { openConnection } from '../../src-main/core/db/connection';
import { migrateToLatest } from '../../src-main/core/db/migrate';
import { SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { openApp } from '../../src-main/core/recovery';
import { dataDirFromNewerVersion, dbFile, snapshotDatabase } from '../support/db-snapshot';
import { aCell, eightMembers, startTestCore, tempDir, type TestCore } from '../support/test-core';

const backupsDir = (dir: string) => path.join(dir, 'backups');
const backupNames = (dir: string) => (fs.existsSync(backupsDir(dir)) ? fs.readdirSync(backupsDir(dir)).sort() : []);

async function cellWithMembers(core: TestCore, count = 3) {
  const cell = await core.ok('cell.create', aCell);
  for (const member of eightMembers.slice(0, count)) await core.ok('member.create', { cellId: cell.id, ...member });
  return cell;
}

/** Overwrites bytes of a file in place (a bad sector, a half-written copy). */
function scribble(file: string, offset: number, length: number): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, offset);
  } finally {
    fs.closeSync(fd);
  }
}

describe('taking backups', () => {
  it('copies the live database into backups/ as one self-contained file, named by time and reason', async () => {
    const core = await startTestCore();
    await cellWithMembers(core);
    const info = await core.ok('backup.create', {});
    expect(info.id).toBe('tu-soi-2026-11-23T08-00-00-000Z-manual.sqlite3');
    expect(info.reason).toBe('manual');
    expect(backupNames(core.dataDir)).toEqual([info.id]); // no -wal, no .partial beside it
    const copy = new BetterSqlite3(path.join(backupsDir(core.dataDir), info.id), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect((copy.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n).toBe(3);
    copy.close();

    const [entry] = await core.ok('backup.list', {});
    expect(entry).toMatchObject({ id: info.id, status: 'ok', schemaVersion: SCHEMA_VERSION, cells: 1, members: 3, forums: 0 });
    expect(entry!.sizeBytes).toBe(fs.statSync(path.join(backupsDir(core.dataDir), info.id)).size);
    await core.close();
  });

  it('keeps only the newest N backups, N being a stored setting', async () => {
    let minute = 0;
    const core = await startTestCore(tempDir(), { now: () => new Date(Date.UTC(2026, 10, 23, 8, minute++)) });
    expect(await core.ok('backup.getSettings', {})).toMatchObject({ keep: 10, folder: backupsDir(core.dataDir) });
    await core.ok('backup.setSettings', { keep: 3 });
    const taken = [];
    for (let i = 0; i < 5; i++) taken.push((await core.ok('backup.create', {})).id);
    expect((await core.ok('backup.list', {})).map((b) => b.id)).toEqual(taken.slice(2).reverse());
    expect(backupNames(core.dataDir)).toHaveLength(3);

    // Out-of-range counts are refused with a message naming the field; the setting stays.
    const error = await core.fail('backup.setSettings', { keep: 1 });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('«Số bản sao lưu giữ lại» phải từ 2 đến 200.');
    await core.close();
    // The setting is in the database: a restart keeps it.
    const again = await startTestCore(core.dataDir);
    expect((await again.ok('backup.getSettings', {})).keep).toBe(3);
    await again.close();
  });

  it('two backups in the same millisecond get distinct names, newest listed first', async () => {
    const core = await startTestCore();
    const first = await core.ok('backup.create', {});
    const second = await core.ok('backup.create', {});
    expect(second.id).toBe('tu-soi-2026-11-23T08-00-00-000Z-2-manual.sqlite3');
    expect((await core.ok('backup.list', {})).map((b) => b.id)).toEqual([second.id, first.id]);
    await core.close();
  });
});

describe('a crash during a backup', () => {
  it('leaves no half-written copy listed, and the next start removes it', async () => {
    const core = await startTestCore();
    await cellWithMembers(core);
    await core.close();
    fs.mkdirSync(backupsDir(core.dataDir), { recursive: true });
    const partial = path.join(backupsDir(core.dataDir), 'tu-soi-2026-11-23T07-00-00-000Z-daily.sqlite3.partial');
    fs.writeFileSync(partial, 'một nửa');
    const again = await startTestCore(core.dataDir, { now: () => new Date('2026-11-23T07:00:00.000Z') });
    expect(fs.existsSync(partial)).toBe(false);
    await again.dailyBackup;
    expect((await again.ok('backup.list', {})).map((b) => b.status)).toEqual(['ok']);
    await again.close();
  });
});

describe('automatic backups', () => {
  it('takes a daily backup on the first start of a day only, never for a brand-new database', async () => {
    const dir = tempDir();
    const day = (d: number, hour: number) => () => new Date(2026, 10, d, hour, 0, 0);
    let core = await startTestCore(dir, { now: day(23, 8) });
    await cellWithMembers(core);
    expect(await core.dailyBackup).toBeNull(); // created just now: nothing to protect yet
    await core.close();

    core = await startTestCore(dir, { now: day(23, 9) });
    const first = (await core.dailyBackup) as { reason: string } | null;
    expect(first?.reason).toBe('daily');
    await core.close();

    core = await startTestCore(dir, { now: day(23, 17) });
    expect(await core.dailyBackup).toBeNull(); // same day
    await core.close();

    core = await startTestCore(dir, { now: day(24, 7) });
    expect(((await core.dailyBackup) as { reason: string } | null)?.reason).toBe('daily');
    await core.close();
    expect(backupNames(dir).filter((n) => n.endsWith('-daily.sqlite3'))).toHaveLength(2);
  });

  it('copies an existing database before migrating it, holding the old schema and its data', async () => {
    const dir = tempDir();
    const conn = openConnection(dbFile(dir));
    await migrateToLatest(conn.db, { upTo: '2026-11-23-01-cells-members' });
    conn.sqlite
      .prepare(`INSERT INTO cells (id, name, higher_body, place_name, term_start_year, term_end_year, created_at, updated_at)
                VALUES ('c1', 'Chi bộ khu phố 3', 'Đảng bộ phường Long Xuyên', 'Long Xuyên', 2020, 2025, 't', 't')`)
      .run();
    await conn.close();

    const core = await startTestCore(dir);
    await core.dailyBackup;
    const entries = await core.ok('backup.list', {});
    const migration = entries.find((b) => b.reason === 'migration');
    expect(migration).toMatchObject({ status: 'ok', schemaVersion: 1, cells: 1 });

    // Restoring that old-schema backup brings it up to this app's schema on the way in.
    await core.ok('cell.create', { ...aCell, name: 'Chi bộ thêm sau khi nâng cấp' });
    await core.ok('backup.restore', { id: migration!.id });
    expect((await core.ok('cell.list', {})).map((c) => c.name)).toEqual(['Chi bộ khu phố 3']);
    const live = new BetterSqlite3(core.dataFile, { readonly: true });
    expect((live.prepare('SELECT count(*) AS n FROM kysely_migration').get() as { n: number }).n).toBe(SCHEMA_VERSION);
    live.close();
    await core.ok('forum.create', { cellId: 'c1', topic: 'Sau khi khôi phục', date: '2026-12-01', startTime: '08:00' });
    await core.close();
  });

  it('does not back up before a migration when the database is new', async () => {
    const core = await startTestCore();
    expect(backupNames(core.dataDir)).toEqual([]);
    await core.close();
  });
});

describe('restoring a backup into the running app', () => {
  it('puts the backup in place, keeps a safety copy of what was there, and tells every window', async () => {
    const core = await startTestCore();
    const cell = await cellWithMembers(core, 2);
    const backup = await core.ok('backup.create', {});
    await core.ok('member.create', { cellId: cell.id, ...eightMembers[5] });
    await core.ok('cell.create', { ...aCell, name: 'Chi bộ thêm sau khi sao lưu' });
    const events: EventName[] = [];
    core.subscribe((event) => events.push(event));

    const result = await core.ok('backup.restore', { id: backup.id });
    expect(result.restored).toMatchObject({ id: backup.id, cells: 1, members: 2 });
    expect(result.safety.reason).toBe('restore');
    expect(events).toContain('data.changed');

    // The running core now answers from the restored data, and keeps writing to it.
    expect((await core.ok('cell.list', {})).map((c) => c.name)).toEqual([aCell.name]);
    expect(await core.ok('member.list', { cellId: cell.id, includeLeft: true })).toHaveLength(2);
    await core.ok('member.create', { cellId: cell.id, ...eightMembers[6] });

    // The safety copy holds the data as it was just before.
    const safety = (await core.ok('backup.list', {})).find((b) => b.id === result.safety.id);
    expect(safety).toMatchObject({ cells: 2, members: 3 });
    await core.close();

    const reopened = await startTestCore(core.dataDir);
    expect(await reopened.ok('member.list', { cellId: cell.id, includeLeft: true })).toHaveLength(3);
    await reopened.close();
  });

  it('calls made while a restore runs never fail: they answer from the old data, or wait and answer from the restored', async () => {
    const core = await startTestCore();
    await cellWithMembers(core, 1);
    const backup = await core.ok('backup.create', {});
    await core.ok('cell.create', { ...aCell, name: 'Chi bộ thứ hai' });
    let done = false;
    const restoring = core.dispatch('backup.restore', { id: backup.id }).finally(() => (done = true));
    const counts: number[] = [];
    while (!done) {
      const listed = await core.dispatch('cell.list', {});
      expect(listed.ok).toBe(true);
      counts.push((listed as { data: unknown[] }).data.length);
      // Let the event loop turn, as between two requests of a real client (the checks run in workers).
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await restoring).ok).toBe(true);
    expect(counts.length).toBeGreaterThan(0);
    // 2 (before the swap) … then 1 (after it), never back.
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.every((n) => n === 1 || n === 2)).toBe(true);
    expect(await core.ok('cell.list', {})).toHaveLength(1);
    await core.close();
  });

  async function refusedRestore(prepare: (file: string) => void, expected: RegExp) {
    const core = await startTestCore();
    await cellWithMembers(core);
    const good = await core.ok('backup.create', {});
    const bad = path.join(backupsDir(core.dataDir), 'tu-soi-2026-11-22T08-00-00-000Z-manual.sqlite3');
    fs.copyFileSync(path.join(backupsDir(core.dataDir), good.id), bad);
    prepare(bad);
    const before = snapshotDatabase(core.dataFile);
    const namesBefore = backupNames(core.dataDir);
    const error = await core.fail('backup.restore', { id: path.basename(bad) });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(expected);
    expect(error.message).toMatch(/Dữ liệu hiện tại không bị thay đổi/);
    expect(snapshotDatabase(core.dataFile)).toBe(before);
    expect(backupNames(core.dataDir)).toEqual(namesBefore); // not even a safety copy
    await core.close();
  }

  it('refuses a backup that is not a database, and changes nothing', async () => {
    await refusedRestore((file) => fs.writeFileSync(file, 'Họ và tên,Năm sinh\nNguyễn Văn A,1980\n'), /không phải là bản sao lưu dữ liệu của Tự soi/);
  });

  it('refuses a damaged backup, and changes nothing', async () => {
    await refusedRestore((file) => {
      const pageSize = 4096;
      const pages = fs.statSync(file).size / pageSize;
      for (let page = 2; page < pages; page += 2) scribble(file, page * pageSize + 8, 200);
    }, /bị hỏng/);
  });

  it('refuses a backup from a newer app version, and changes nothing', async () => {
    await refusedRestore((file) => {
      const db = new BetterSqlite3(file);
      db.prepare(`INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01-01-from-the-future', 'x')`).run();
      db.close();
    }, /phiên bản Tự soi mới hơn/);
  });

  it('refuses an id that is not a backup name (no path escapes the folder)', async () => {
    const core = await startTestCore();
    const error = await core.fail('backup.restore', { id: '../tu-soi.sqlite3' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('Mã «Bản sao lưu» không hợp lệ.');
    await core.close();
  });
});

describe('a damaged database at start', () => {
  async function damagedDataDirWithBackup() {
    const core = await startTestCore();
    const cell = await cellWithMembers(core, 4);
    const backup = await core.ok('backup.create', {});
    await core.close();
    scribble(dbFile(core.dataDir), 0, 100); // the header: not a database any more
    return { dir: core.dataDir, backup, cell };
  }

  it('opens in recovery mode offering the good backups, and a restore starts the normal app', async () => {
    const { dir, backup, cell } = await damagedDataDirWithBackup();
    // A second backup that is itself damaged is not offered.
    const badCopy = path.join(backupsDir(dir), 'tu-soi-2026-11-24T08-00-00-000Z-daily.sqlite3');
    fs.writeFileSync(badCopy, 'không phải cơ sở dữ liệu');
    const damagedBytes = fs.readFileSync(dbFile(dir));

    const app = await openApp({ dataDir: dir, validateOutput: true, now: () => new Date('2026-11-25T08:00:00.000Z') });
    expect(app.mode()).toBe('recovery');
    const modes: string[] = [];
    app.subscribe((event, payload) => event === 'app.mode' && modes.push((payload as { mode: string }).mode));

    const status = await app.dispatch('recovery.status', {});
    expect(status.ok).toBe(true);
    const data = (status as { data: { mode: string; message: string; backups: BackupEntry[] } }).data;
    expect(data.mode).toBe('recovery');
    expect(data.message).toMatch(/bị hỏng/);
    expect(data.backups.map((b) => b.id)).toEqual([backup.id]);
    expect(data.backups[0]).toMatchObject({ cells: 1, members: 4 });

    // Everything else is refused with the reason.
    const refused = await app.dispatch('cell.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_STATE' } });

    const restored = await app.dispatch('recovery.restore', { id: backup.id });
    expect(restored.ok).toBe(true);
    expect(app.mode()).toBe('normal');
    expect(modes).toEqual(['normal']);
    const members = await app.dispatch('member.list', { cellId: cell.id, includeLeft: true });
    expect(members.ok && (members.data as unknown[]).length).toBe(4);

    // The damaged file is kept aside, byte for byte.
    const aside = fs.readdirSync(dir).find((n) => n.startsWith('tu-soi.sqlite3.hong-'));
    expect(aside).toBeDefined();
    expect(fs.readFileSync(path.join(dir, aside!)).equals(damagedBytes)).toBe(true);
    await app.close();
  });

  it('still refuses a database from a newer app version (that is not damage)', async () => {
    const dir = await dataDirFromNewerVersion();
    await expect(openApp({ dataDir: dir })).rejects.toThrow(/phiên bản Tự soi mới hơn/);
  });

  it('the full check after start finds damage deep in the file and switches the app to recovery', async () => {
    const dir = tempDir();
    const core = await startTestCore(dir);
    const cell = await core.ok('cell.create', aCell);
    for (let i = 0; i < 300; i++) {
      await core.ok('member.create', { cellId: cell.id, fullName: `Nguyễn Văn Thử ${i}`, status: 'chinh_thuc', partyRole: 'dang_vien', otherPositions: 'Tổ trưởng chuyên môn '.repeat(10) });
    }
    await core.close();
    // Damage pages near the end (members' rows), leaving the header and the schema readable.
    const size = fs.statSync(dbFile(dir)).size;
    for (let offset = size - 40 * 4096; offset < size - 4096; offset += 4096 * 3) scribble(dbFile(dir), offset + 16, 400);

    const damaged: string[] = [];
    const app = await openApp({ dataDir: dir, onDamaged: (message) => damaged.push(message) });
    expect(app.mode()).toBe('normal'); // the cheap check at open passes
    const answer = await app.core()!.integrity;
    expect('problems' in answer && answer.problems.length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(app.mode()).toBe('recovery'));
    expect(damaged[0]).toMatch(/bị hỏng/);
    const status = await app.dispatch('recovery.status', {});
    expect(status).toMatchObject({ ok: true, data: { mode: 'recovery' } });
    await app.close();
  });

  it('the full check after start passes on a sound database', async () => {
    const core = await startTestCore();
    await cellWithMembers(core);
    expect(await core.integrity).toEqual({ problems: [] });
    await core.close();
  });
});
