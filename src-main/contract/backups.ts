// Backups and the recovery screen: list (with what each backup holds), take, restore, keep count.
import { z } from 'zod';
import { integer, object } from './fields';

export const backupReason = z.enum(['daily', 'migration', 'import', 'manual', 'restore']);
export type BackupReason = z.output<typeof backupReason>;

/** A backup is named by its file name in the backups folder; nothing else is accepted. */
export const backupId = z
  .string({ error: 'Thiếu mã «Bản sao lưu».' })
  .max(120, 'Mã «Bản sao lưu» không hợp lệ.')
  .regex(/^tu-soi-[0-9T-]+Z(-[0-9]+)?-(daily|migration|import|manual|restore)\.sqlite3$/, 'Mã «Bản sao lưu» không hợp lệ.');

export const byBackup = object({ id: backupId });

export const backupInfo = z.object({
  id: z.string(),
  takenAt: z.string(),
  reason: backupReason,
  sizeBytes: z.number(),
});

export const backupEntry = backupInfo.extend({
  /** ok; not_database / damaged / too_new cannot be restored. */
  status: z.enum(['ok', 'not_database', 'damaged', 'too_new']),
  schemaVersion: z.number(),
  cells: z.number(),
  members: z.number(),
  forums: z.number(),
});
export type BackupEntry = z.output<typeof backupEntry>;

export const backupSettings = z.object({ keep: z.number(), folder: z.string() });
export const backupSettingsInput = object({ keep: integer('Số bản sao lưu giữ lại', 2, 200) });

export const restoreResult = z.object({ restored: backupEntry, safety: backupInfo });

export const recoveryStatus = z.object({
  /** recovery: the database could not be opened; only the recovery methods answer. */
  mode: z.enum(['normal', 'recovery']),
  /** Why (Vietnamese), in recovery mode. */
  message: z.string(),
  dataFile: z.string(),
  /** In recovery mode: the backups that pass the full integrity check, newest first. */
  backups: z.array(backupEntry),
});
export type RecoveryStatus = z.output<typeof recoveryStatus>;

export const recoveryRestoreResult = z.object({ restored: backupEntry });
