// Issue 5: importing a cell's roster (danh sách đảng viên) from XLSX or CSV with a preview of every
// row's problems, then all-or-nothing; exporting it with the same headers. File bytes cross the
// contract as base64 (the contract is JSON only).
import { z } from 'zod';
import { idOf, object, oneOf } from './fields';
import { MEMBER_STATUSES, PARTY_ROLES } from './schemas';

/** 5 MB of file as base64 (4/3 of it), with room for padding. */
const MAX_ROSTER_BASE64 = Math.ceil((5 * 1024 * 1024 * 4) / 3) + 8;

export const base64File = (label: string, maxChars: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `Thiếu «${label}».` : `«${label}» phải là nội dung tệp (base64).`) })
    .min(1, `«${label}» rỗng: hãy chọn một tệp có nội dung.`)
    .max(maxChars, `«${label}» quá lớn: tối đa ${Math.floor((maxChars * 3) / 4 / 1024 / 1024)} MB.`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, `«${label}» không phải nội dung tệp hợp lệ (base64); hãy chọn lại tệp.`);

export const rosterFileInput = object({
  cellId: idOf('Chi bộ'),
  fileName: z.string().max(260).default(''),
  base64: base64File('Tệp danh sách', MAX_ROSTER_BASE64),
});

export const ROSTER_FIELDS = ['fullName', 'birthYear', 'status', 'statusFull', 'statusProbation', 'partyRole', 'otherPositions', 'exempt'] as const;

export const rosterPreviewRow = z.object({
  /** The row number the user sees in the spreadsheet (or the CSV line). */
  rowNo: z.number(),
  fullName: z.string(),
  birthYear: z.number().nullable(),
  status: z.enum(MEMBER_STATUSES).nullable(),
  partyRole: z.enum(PARTY_ROLES),
  otherPositions: z.string(),
  exempt: z.boolean(),
  /** What is wrong with the row, each saying how to fix it; empty when the row can be imported. */
  problems: z.array(z.string()),
});
export type RosterPreviewRow = z.infer<typeof rosterPreviewRow>;

export const rosterPreview = z.object({
  format: z.enum(['xlsx', 'csv']),
  sheetName: z.string().nullable(),
  /** The columns recognised: header as written → field. */
  columns: z.array(z.object({ header: z.string(), field: z.enum(ROSTER_FIELDS) })),
  /** Columns not recognised; nothing of them is imported. */
  ignoredHeaders: z.array(z.string()),
  rows: z.array(rosterPreviewRow),
  /** Rows with at least one problem; the import is refused while this is not 0. */
  problemRows: z.number(),
});
export type RosterPreview = z.infer<typeof rosterPreview>;

export const rosterImportResult = z.object({ imported: z.number() });

export const rosterExportInput = object({
  cellId: idOf('Chi bộ'),
  format: oneOf('Định dạng', ['xlsx', 'csv'] as const, 'xlsx, csv'),
});

export const rosterFile = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
