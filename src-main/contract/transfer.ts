// Issue 5: moving a cell's data (or one forum's) between laptops as one .tusoi file (gzip'd JSON
// of whole rows). Import shows what would be added, updated, left as it is, and what conflicts;
// a conflict is never written over, and the import goes ahead past conflicts only when the user
// says so (skipConflicts), keeping this laptop's version of those items.
import { z } from 'zod';
import { boolean, idOf, object } from './fields';
import { base64File } from './rosters';

/** 30 MB of file as base64. */
const MAX_TRANSFER_BASE64 = Math.ceil((30 * 1024 * 1024 * 4) / 3) + 8;

export const transferExportInput = object({
  cellId: idOf('Chi bộ'),
  /** Only this forum (with the cell's members it needs); without it, the whole cell. */
  forumId: idOf('Buổi sinh hoạt').optional(),
});

export const transferFileInput = object({
  fileName: z.string().max(260).default(''),
  base64: base64File('Tệp chuyển dữ liệu', MAX_TRANSFER_BASE64),
});

export const transferImportInput = object({
  fileName: z.string().max(260).default(''),
  base64: base64File('Tệp chuyển dữ liệu', MAX_TRANSFER_BASE64),
  /** Go ahead when there are conflicts, keeping this laptop's version of each; refused otherwise. */
  skipConflicts: boolean('Bỏ qua các mục xung đột').default(false),
});

export const transferKindCount = z.object({
  kind: z.string(),
  label: z.string(),
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  conflicts: z.number(),
});

export const transferConflict = z.object({
  kind: z.string(),
  label: z.string(),
  /** Which item, in words: "Đồng chí Nguyễn Văn An", "Góp ý của … — buổi sinh hoạt …". */
  what: z.string(),
  reason: z.string(),
});

export const transferPreview = z.object({
  scope: z.object({
    kind: z.enum(['cell', 'forum']),
    cellId: z.string(),
    cellName: z.string(),
    forumId: z.string().nullable(),
    forumTopic: z.string().nullable(),
    forumDate: z.string().nullable(),
  }),
  exportedAt: z.string(),
  appVersion: z.string(),
  /** The cell is already on this laptop (same id). */
  cellExists: z.boolean(),
  kinds: z.array(transferKindCount),
  /** Added + updated rows: 0 means importing changes nothing. */
  changes: z.number(),
  conflictCount: z.number(),
  /** The conflicts (the first 500). */
  conflicts: z.array(transferConflict),
});
export type TransferPreview = z.infer<typeof transferPreview>;

export const transferImportResult = transferPreview.extend({
  /** Conflicts left as they are on this laptop. */
  skipped: z.number(),
});

export const transferFile = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
