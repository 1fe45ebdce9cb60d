// The aggregate report (báo cáo tổng hợp) as an XLSX workbook for the higher committee's own
// tables: "Tổng hợp" (per cell), "Biểu hiện" (per indicator and group), "Bản đồ nhiệt" (indicators ×
// cells, shaded by count) and "Quá hạn" (overdue items). Numbers are numbers, dates real dates,
// Times New Roman throughout, bold frozen header rows.
import ExcelJS from 'exceljs';
import type { ReportData } from '../../contract/reports';
import { cleanText, getFormatProfile, vietnameseUpper, type FormatProfile } from './format-profiles';

export interface ReportSheetHeader {
  higherBody: string;
  issuingBody: string;
  /** The trích yếu line, e.g. 'tổng hợp kết quả sinh hoạt chuyên đề … từ ngày … đến ngày …'. */
  summary: string;
}

/** Rows of the first sheet's parts (1-based), for tests. */
export const REPORT_SHEET_ROWS = { higherBody: 1, issuingBody: 2, title: 4, summary: 5, header: 7, firstCell: 8 } as const;

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const asDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

export async function renderReportXlsx(data: ReportData, header: ReportSheetHeader, profile: FormatProfile = getFormatProfile('HD36-2018')): Promise<Buffer> {
  const font = profile.font;
  const size = profile.table.sizePt;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tự soi';

  const styleTable = (sheet: ExcelJS.Worksheet, headerRow: number, lastRow: number, lastCol: number) => {
    for (let r = headerRow; r <= lastRow; r++) {
      for (let c = 1; c <= lastCol; c++) {
        const cell = sheet.getCell(r, c);
        cell.border = BORDER;
        cell.font = { name: font, size, bold: r === headerRow || cell.font?.bold === true };
        cell.alignment = { vertical: 'middle', wrapText: true, horizontal: r === headerRow ? 'center' : typeof cell.value === 'number' ? 'right' : 'left' };
      }
    }
  };
  const newSheet = (name: string, headerRow: number) =>
    workbook.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` },
    });

  // ---- Tổng hợp ----
  const rows = REPORT_SHEET_ROWS;
  const sum = newSheet('Tổng hợp', rows.header);
  sum.columns = [6, 40, 10, 14, 14, 12, 12, 12, 12, 12].map((width) => ({ width }));
  const put = (row: number, from: number, to: number, text: string, opts: { bold?: boolean; italic?: boolean; sizePt?: number }) => {
    if (to > from) sum.mergeCells(row, from, row, to);
    const cell = sum.getCell(row, from);
    cell.value = cleanText(text);
    cell.font = { name: font, size: opts.sizePt ?? size + 1, bold: opts.bold ?? false, italic: opts.italic ?? false };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  put(rows.higherBody, 1, 3, vietnameseUpper(header.higherBody), {});
  put(rows.issuingBody, 1, 3, vietnameseUpper(header.issuingBody), { bold: true });
  put(rows.title, 1, 10, 'BÁO CÁO', { bold: true, sizePt: size + 3 });
  put(rows.summary, 1, 10, header.summary, { bold: true });
  sum.getRow(rows.summary).height = 36;
  const titles = ['TT', 'Chi bộ', 'Số buổi', 'Lượt dự (chính thức)', 'Lượt dự (dự bị)', 'Lượt tự nhận', 'Lượt được góp ý', 'Việc khắc phục', 'Đã hoàn thành', 'Quá hạn'];
  sum.getRow(rows.header).values = titles;
  data.cells.forEach((c, i) => {
    sum.getRow(rows.firstCell + i).values = [i + 1, c.name, c.forums, c.attendedFull, c.attendedProbationary, c.selfIdentified, c.raised, c.actions, c.completed, c.overdue];
  });
  const totalRow = rows.firstCell + data.cells.length;
  const t = data.totals;
  sum.getRow(totalRow).values = ['', 'Cộng', t.forums, t.attendedFull, t.attendedProbationary, t.selfIdentified, t.raised, data.actions.total, data.actions.completed, data.actions.overdue];
  styleTable(sum, rows.header, totalRow, titles.length);
  for (let c = 1; c <= titles.length; c++) sum.getCell(totalRow, c).font = { name: font, size, bold: true };

  // ---- Biểu hiện ----
  const ind = newSheet('Biểu hiện', 1);
  ind.columns = [8, 10, 70, 14, 14, 16].map((width) => ({ width }));
  ind.getRow(1).values = ['Số', 'Nhóm', 'Biểu hiện', 'Số buổi chọn', 'Lượt tự nhận', 'Lượt được góp ý'];
  data.indicators.forEach((i, n) => {
    ind.getRow(2 + n).values = [i.no, i.groupCode, i.text, i.focusForums, i.selfIdentified, i.raised];
  });
  const groupStart = 2 + data.indicators.length + 1;
  ind.getRow(groupStart).values = ['', 'Nhóm', 'Tên nhóm', 'Số buổi chọn', 'Lượt tự nhận', 'Lượt được góp ý'];
  data.groups.forEach((g, n) => {
    ind.getRow(groupStart + 1 + n).values = ['', g.code, g.title, g.focusForums, g.selfIdentified, g.raised];
  });
  styleTable(ind, 1, 1 + data.indicators.length, 6);
  styleTable(ind, groupStart, groupStart + data.groups.length, 6);

  // ---- Bản đồ nhiệt: indicators down, cells across; the count is tự nhận + được góp ý ----
  const heat = newSheet('Bản đồ nhiệt', 1);
  heat.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  heat.getColumn(1).width = 10;
  heat.getRow(1).values = ['Biểu hiện', ...data.cells.map((c) => c.name)];
  data.cells.forEach((_, i) => (heat.getColumn(i + 2).width = 14));
  const col = new Map(data.cells.map((c, i) => [c.id, i + 2]));
  const rowOf = new Map(data.indicators.map((i, n) => [i.no, n + 2]));
  data.indicators.forEach((i, n) => {
    heat.getCell(n + 2, 1).value = `(${i.no})`;
    for (let c = 0; c < data.cells.length; c++) heat.getCell(n + 2, c + 2).value = 0;
  });
  const max = Math.max(1, ...data.heatmap.map((h) => h.selfIdentified + h.raised));
  styleTable(heat, 1, 1 + data.indicators.length, 1 + data.cells.length);
  for (const h of data.heatmap) {
    const r = rowOf.get(h.indicatorNo);
    const c = col.get(h.cellId);
    if (r === undefined || c === undefined) continue;
    const value = h.selfIdentified + h.raised;
    const cell = heat.getCell(r, c);
    cell.value = value;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    if (value > 0) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: heatColour(value / max) } };
  }

  // ---- Quá hạn ----
  const od = newSheet('Quá hạn', 1);
  od.columns = [6, 30, 14, 50, 40, 26, 14, 12].map((width) => ({ width }));
  od.getRow(1).values = ['TT', 'Chi bộ', 'Ngày sinh hoạt', 'Hạn chế, khuyết điểm', 'Nội dung, giải pháp khắc phục', 'Chủ trì', 'Thời hạn', 'Tiến độ (%)'];
  data.overdueItems.forEach((o, i) => {
    od.getRow(2 + i).values = [i + 1, o.cellName, asDate(o.forumDate), o.shortcoming, o.measure, o.ownerName, asDate(o.deadline), o.progress];
  });
  styleTable(od, 1, 1 + data.overdueItems.length, 8);
  for (let i = 0; i < data.overdueItems.length; i++) {
    od.getCell(2 + i, 3).numFmt = 'dd/mm/yyyy';
    od.getCell(2 + i, 7).numFmt = 'dd/mm/yyyy';
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A light-to-deep red on white, as the on-screen heatmap shades it. */
export function heatColour(share: number): string {
  const s = Math.max(0, Math.min(1, share));
  const g = Math.round(235 - s * 170);
  const hex = (n: number) => n.toString(16).padStart(2, '0').toUpperCase();
  return `FF${hex(250)}${hex(g)}${hex(g)}`;
}
