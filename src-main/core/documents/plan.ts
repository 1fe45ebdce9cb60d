// The remediation plan (kế hoạch khắc phục) as rows: the one list of items both the DOCX table and
// the XLSX sheet are made from, with the columns named in party-documents.md.
import { formatShortDate } from '../domain/vietnamese';
import type { TableBlock } from './model';

export interface PlanItem {
  /** Hạn chế, khuyết điểm. */
  shortcoming: string;
  /** Biểu hiện liên quan: numbers in the 27 and articles of QĐ 37, as printed, e.g. '(5), (14); Điều 3'. */
  indicators: string;
  /** Nguyên nhân. */
  cause: string;
  /** Nội dung, giải pháp khắc phục. */
  measure: string;
  /** Người/bộ phận chủ trì: a member, the chi ủy or the cell. */
  owner: string;
  /** Phối hợp. */
  supporting: string;
  /** Thời hạn, 'YYYY-MM-DD'; null when open-ended (e.g. "thường xuyên", put in the note). */
  deadlineIso: string | null;
  /** Kết quả cần đạt. */
  expectedResult: string;
  /** Người theo dõi. */
  monitor: string;
  /** Tiến độ, 0–100; null when not yet reported. */
  progressPercent: number | null;
  /** Ghi chú. */
  note: string;
}

export type PlanColumnKey = 'no' | keyof PlanItem;

export interface PlanColumn {
  key: PlanColumnKey;
  title: string;
  /** Relative width in the DOCX table (landscape A4). */
  docxWeight: number;
  /** Width in the XLSX sheet, in characters (not 9: exceljs leaves its default width out of the file). */
  xlsxWidth: number;
  align: 'left' | 'center' | 'right';
}

export const PLAN_COLUMNS: readonly PlanColumn[] = [
  { key: 'no', title: 'TT', docxWeight: 4, xlsxWidth: 5, align: 'center' },
  { key: 'shortcoming', title: 'Hạn chế, khuyết điểm', docxWeight: 13, xlsxWidth: 30, align: 'left' },
  { key: 'indicators', title: 'Biểu hiện liên quan', docxWeight: 8, xlsxWidth: 14, align: 'center' },
  { key: 'cause', title: 'Nguyên nhân', docxWeight: 11, xlsxWidth: 25, align: 'left' },
  { key: 'measure', title: 'Nội dung, giải pháp khắc phục', docxWeight: 16, xlsxWidth: 36, align: 'left' },
  { key: 'owner', title: 'Người/bộ phận chủ trì', docxWeight: 9, xlsxWidth: 18, align: 'left' },
  { key: 'supporting', title: 'Phối hợp', docxWeight: 8, xlsxWidth: 16, align: 'left' },
  { key: 'deadlineIso', title: 'Thời hạn', docxWeight: 10, xlsxWidth: 12, align: 'center' },
  { key: 'expectedResult', title: 'Kết quả cần đạt', docxWeight: 12, xlsxWidth: 26, align: 'left' },
  { key: 'monitor', title: 'Người theo dõi', docxWeight: 8, xlsxWidth: 16, align: 'left' },
  { key: 'progressPercent', title: 'Tiến độ (%)', docxWeight: 6, xlsxWidth: 10, align: 'center' },
  { key: 'note', title: 'Ghi chú', docxWeight: 7, xlsxWidth: 16, align: 'left' },
];

/** One item's cell as printed text (DOCX, HTML): dates as dd/mm/yyyy, progress as a bare number. */
export function planCellText(item: PlanItem, key: PlanColumnKey, index: number): string {
  switch (key) {
    case 'no':
      return String(index + 1);
    case 'deadlineIso':
      return item.deadlineIso ? formatShortDate(item.deadlineIso) : '';
    case 'progressPercent':
      return item.progressPercent === null ? '' : String(item.progressPercent);
    default:
      return item[key];
  }
}

/** The plan's table block for a PartyDocument (lay the document out landscape). */
export function planTableBlock(items: readonly PlanItem[]): TableBlock {
  return {
    kind: 'table',
    columns: PLAN_COLUMNS.map((c) => ({ title: c.title, width: c.docxWeight, align: c.align })),
    rows: items.map((item, i) => PLAN_COLUMNS.map((c) => planCellText(item, c.key, i))),
  };
}
