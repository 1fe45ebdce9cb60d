// Backup files in `backups/` beside the data file: naming, writing through SQLite's online backup
// (in a worker, so the event loop stays free), rotation, and reading what a file holds.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { backupInWorker } from '../../db/backup-worker';
import { quickCheckInWorker } from '../../db/integrity-check';
import { MIGRATIONS } from '../../db/migrations';
import { readBackupHoldings } from '../../db/repos/backup-preview.repo';

export const BACKUP_REASONS = ['daily', 'migration', 'import', 'manual', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** tu-soi-2026-11-23T08-00-00-000Z-daily.sqlite3, with -2, -3 … when two share a millisecond. */
export const BACKUP_NAME_PATTERN = /^tu-soi-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?-(daily|migration|import|manual|restore)\.sqlite3$/;

export const DEFAULT_KEEP = 10;
export const MIN_KEEP = 2;
export const MAX_KEEP = 200;

export interface BackupFile {
  id: string;
  file: string;
  takenAt: string;
  reason: BackupReason;
  sizeBytes: number;
  seq: number;
}

export function parseBackupName(name: string): { takenAt: string; seq: number; reason: BackupReason } | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, stamp, seq, reason] = match as unknown as [string, string, string | undefined, BackupReason];
  const takenAt = stamp.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');
  return { takenAt, seq: seq ? Number(seq) : 1, reason };
}

/** Newest first. Files that are not named like a backup (or still being written) are left alone. */
export function listBackupFiles(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const files: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    try {
      files.push({ id: name, file, ...parsed, sizeBytes: fs.statSync(file).size });
    } catch {
      // removed meanwhile
    }
  }
  return files.sort((a, b) => (a.takenAt === b.takenAt ? b.seq - a.seq : a.takenAt < b.takenAt ? 1 : -1));
}

function freeName(dir: string, now: Date, reason: BackupReason): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let seq = 1; ; seq++) {
    const name = `tu-soi-${stamp}${seq > 1 ? `-${seq}` : ''}-${reason}.sqlite3`;
    if (!fs.existsSync(path.join(dir, name)) && !fs.existsSync(path.join(dir, `${name}.partial`))) return name;
  }
}

/**
 * Copies the live database into a new backup file with SQLite's online backup API, in a worker
 * (src-main/core/db/backup-worker.ts). The copy is written under a `.partial` name, made a
 * self-contained single file (rollback journal, no -wal beside it) and synced there, then renamed
 * here: a listed backup is always complete.
 */
export async function writeBackup(dataFile: string, dir: string, reason: BackupReason, now: Date): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true });
  const name = freeName(dir, now, reason);
  const file = path.join(dir, name);
  const partial = `${file}.partial`;
  try {
    await backupInWorker(dataFile, partial);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-journal`, { force: true });
    throw error;
  }
  const parsed = parseBackupName(name)!;
  return { id: name, file, ...parsed, sizeBytes: fs.statSync(file).size };
}

/** At start (one app per data folder): copies left half-written by a crash are removed. */
export function removeStalePartials(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (/\.partial(-journal)?$/.test(name) && parseBackupName(name.replace(/\.partial(-journal)?$/, ''))) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Deletes the oldest backups beyond `keep`; returns the names removed. */
export function rotateBackups(dir: string, keep: number): string[] {
  const removed: string[] = [];
  for (const backup of listBackupFiles(dir).slice(Math.max(keep, 1))) {
    fs.rmSync(backup.file, { force: true });
    removed.push(backup.id);
  }
  return removed;
}

export type BackupStatus = 'ok' | 'not_database' | 'damaged' | 'too_new';

export interface BackupPreview {
  status: BackupStatus;
  /** Migrations applied in the backup (its schema version). */
  schemaVersion: number;
  cells: number;
  members: number;
  forums: number;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Opens a backup read-only and says what it holds. `full` also runs PRAGMA quick_check (reads
 * every page) on this thread; the app uses `inspectBackupFully`, which runs it in a worker.
 */
export function inspectBackupFile(file: string, options: { full: boolean }): BackupPreview {
  const empty = { schemaVersion: 0, cells: 0, members: 0, forums: 0 };
  if (!hasSqliteHeader(file)) return { status: 'not_database', ...empty };
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    if (options.full) {
      const rows = sqlite.pragma('quick_check(1)') as { quick_check: string }[];
      if (rows.some((r) => r.quick_check !== 'ok')) return { status: 'damaged', ...empty };
    }
    const holdings = readBackupHoldings(sqlite);
    const tooNew = holdings.migrations.some((name) => !(name in MIGRATIONS));
    const { migrations, ...counts } = holdings;
    if (migrations.length === 0) return { status: 'not_database', ...empty };
    return { status: tooNew ? 'too_new' : 'ok', schemaVersion: migrations.length, ...counts };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { status: code === 'SQLITE_NOTADB' ? 'not_database' : 'damaged', ...empty };
  } finally {
    sqlite?.close();
  }
}

/**
 * What a backup holds, after the full check (PRAGMA quick_check in a worker, so the main thread
 * stays free however large the file): the check before a restore and in the recovery screen.
 */
export async function inspectBackupFully(file: string): Promise<BackupPreview> {
  const preview = inspectBackupFile(file, { full: false });
  if (preview.status === 'not_database' || preview.status === 'damaged') return preview;
  const answer = await quickCheckInWorker(file).result;
  // A check that could not run counts as failed: a restore needs a file known to be sound.
  if ('error' in answer || answer.problems.length > 0) return { ...preview, status: 'damaged' };
  return preview;
}
