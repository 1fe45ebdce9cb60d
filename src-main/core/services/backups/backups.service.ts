// Backups as use cases: take one (daily, before a migration, before an import, by hand), list them
// with what each holds, restore one into the running app, and the keep-count setting.
import { createSettingsRepo } from '../../db/repos/settings.repo';
import { CoreError, invalidField, notFound } from '../../errors';
import type { ServiceContext } from '../context';
import {
  DEFAULT_KEEP, inspectBackupFile, inspectBackupFully, listBackupFiles, MAX_KEEP, MIN_KEEP, rotateBackups, writeBackup,
  type BackupFile, type BackupPreview, type BackupReason,
} from './backup-files';

export type { BackupReason } from './backup-files';

const KEEP_KEY = 'backups.keep';

export interface BackupInfo {
  id: string;
  takenAt: string;
  reason: BackupReason;
  sizeBytes: number;
}

export interface BackupListEntry extends BackupInfo, BackupPreview {}

const infoOf = (file: BackupFile): BackupInfo => ({ id: file.id, takenAt: file.takenAt, reason: file.reason, sizeBytes: file.sizeBytes });

export async function getBackupKeep(ctx: ServiceContext): Promise<number> {
  const stored = await createSettingsRepo(ctx.db).get(KEEP_KEY);
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= MIN_KEEP && stored <= MAX_KEEP ? stored : DEFAULT_KEEP;
}

export async function getBackupSettings(ctx: ServiceContext): Promise<{ keep: number; folder: string }> {
  return { keep: await getBackupKeep(ctx), folder: ctx.storage.backupsDir };
}

export async function setBackupSettings(ctx: ServiceContext, input: { keep: number }): Promise<{ keep: number; folder: string }> {
  if (!Number.isInteger(input.keep) || input.keep < MIN_KEEP || input.keep > MAX_KEEP) {
    throw invalidField('keep', `Số bản sao lưu giữ lại phải là số nguyên từ ${MIN_KEEP} đến ${MAX_KEEP}.`);
  }
  await createSettingsRepo(ctx.db).set(KEEP_KEY, input.keep, ctx.now().toISOString());
  rotateBackups(ctx.storage.backupsDir, input.keep);
  return getBackupSettings(ctx);
}

/**
 * Takes a backup of the live database now and drops the oldest beyond the keep count. Other
 * services call this before a risky write (an import): `await takeBackup(ctx, 'import')`.
 * The copy runs in a worker thread, so the app keeps answering meanwhile.
 */
export async function takeBackup(ctx: ServiceContext, reason: BackupReason): Promise<BackupInfo> {
  const keep = await getBackupKeep(ctx);
  const file = await ctx.storage.task(() => writeBackup(ctx.storage.dataFile, ctx.storage.backupsDir, reason, ctx.now()));
  rotateBackups(ctx.storage.backupsDir, keep);
  return infoOf(file);
}

/** The local calendar day of a moment, e.g. 2026-11-23. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first start of a (local) day takes a 'daily' backup; later starts that day do not. */
export async function takeDailyBackupIfDue(ctx: ServiceContext): Promise<BackupInfo | null> {
  const today = localDay(ctx.now());
  const done = listBackupFiles(ctx.storage.backupsDir).some((b) => b.reason === 'daily' && localDay(new Date(b.takenAt)) === today);
  if (done) return null;
  return takeBackup(ctx, 'daily');
}

export function listBackups(ctx: ServiceContext): BackupListEntry[] {
  return listBackupFiles(ctx.storage.backupsDir).map((file) => ({ ...infoOf(file), ...inspectBackupFile(file.file, { full: false }) }));
}

export function backupFileById(backupsDir: string, id: string): BackupFile {
  const file = listBackupFiles(backupsDir).find((b) => b.id === id);
  if (!file) throw notFound('bản sao lưu');
  return file;
}

/** Why a backup cannot be restored, in words for the user; null when it can. */
export function refusalOf(preview: BackupPreview): string | null {
  switch (preview.status) {
    case 'ok':
      return null;
    case 'not_database':
      return 'Tệp này không phải là bản sao lưu dữ liệu của Tự soi. Dữ liệu hiện tại không bị thay đổi.';
    case 'damaged':
      return 'Bản sao lưu này bị hỏng (không qua được bước kiểm tra toàn vẹn). Dữ liệu hiện tại không bị thay đổi; hãy chọn bản sao lưu khác.';
    case 'too_new':
      return 'Bản sao lưu này được tạo bởi một phiên bản Tự soi mới hơn phiên bản đang chạy. Hãy cài phiên bản mới nhất để khôi phục. Dữ liệu hiện tại không bị thay đổi.';
  }
}

/** Checks a backup file fully (quick_check, schema version); throws the user's message if refused. */
export async function checkRestorable(file: string): Promise<BackupPreview> {
  const preview = await inspectBackupFully(file);
  const refusal = refusalOf(preview);
  if (refusal) throw new CoreError('INVALID_INPUT', refusal, [{ path: 'id', message: refusal }]);
  return preview;
}

export interface RestoreResult {
  restored: BackupListEntry;
  /** The copy of the database as it was just before the restore. */
  safety: BackupInfo;
}

/**
 * Restores a backup into the running app: checks it fully, takes a safety backup of the current
 * data, then swaps the file while no other call runs (an older backup is migrated forward).
 * Every window refetches on the data.changed push.
 */
export async function restoreBackup(ctx: ServiceContext, id: string): Promise<RestoreResult> {
  const backup = backupFileById(ctx.storage.backupsDir, id);
  const preview = await checkRestorable(backup.file);
  const result = await ctx.storage.exclusive(async () => {
    const safetyFile = await writeBackup(ctx.storage.dataFile, ctx.storage.backupsDir, 'restore', ctx.now());
    await ctx.storage.replaceDataFile(backup.file);
    return { restored: { ...infoOf(backup), ...preview }, safety: infoOf(safetyFile) };
  });
  ctx.emit('data.changed', { entity: 'database', id: result.restored.id, cellId: null });
  return result;
}
