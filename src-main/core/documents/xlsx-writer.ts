// The remediation plan as an XLSX sheet, for the secretary who follows progress in a spreadsheet:
// the cell's name and the plan's title on top, then a bold wrapped header row that stays frozen,
// one row per item with real dates (Thời hạn) and numbers (Tiến độ), Times New Roman throughout,
// printing on landscape A4 one page wide with the header row repeated.
import ExcelJS from 'exceljs';
import { cleanText, getFormatProfile, vietnameseUpper, type FormatProfile } from './format-profiles';
import { PLAN_COLUMNS, type PlanItem } from './plan';

export interface PlanSheet {
  /** 'ĐẢNG BỘ PHƯỜNG ĐÔNG HÀ'. */
  higherBody: string;
  /** 'CHI BỘ VĂN PHÒNG'. */
  issuingBody: string;
  /** 'KẾ HOẠCH KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM'. */
  title: string;
  /** A line under the title, e.g. 'sau sinh hoạt chuyên đề ngày 20/9/2026'; null for none. */
  subtitle: string | null;
  items: PlanItem[];
}

/** Row numbers of the sheet's parts (1-based), exported for tests and callers that add to the sheet. */
export const PLAN_SHEET_ROWS = { higherBody: 1, issuingBody: 2, title: 4, subtitle: 5, header: 7, firstItem: 8 } as const;

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Renders the plan as an XLSX workbook with one sheet, "Kế hoạch khắc phục". */
export async function renderPlanXlsx(plan: PlanSheet, profile: FormatProfile = getFormatProfile('HD36-2018')): Promise<Buffer> {
  const font = profile.font;
  const size = profile.table.sizePt;
  const lastCol = PLAN_COLUMNS.length;
  const rows = PLAN_SHEET_ROWS;

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tự soi';
  const sheet = workbook.addWorksheet('Kế hoạch khắc phục', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: rows.header }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${rows.header}:${rows.header}`,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    properties: { defaultRowHeight: 18 },
  });
  sheet.columns = PLAN_COLUMNS.map((c) => ({ key: c.key, width: c.xlsxWidth }));

  const put = (row: number, fromCol: number, toCol: number, text: string, style: { bold?: boolean; italic?: boolean; sizePt?: number; align: 'left' | 'center' }) => {
    if (toCol > fromCol) sheet.mergeCells(row, fromCol, row, toCol);
    const cell = sheet.getCell(row, fromCol);
    cell.value = cleanText(text);
    cell.font = { name: font, size: style.sizePt ?? size + 1, bold: style.bold ?? false, italic: style.italic ?? false };
    cell.alignment = { horizontal: style.align, vertical: 'middle', wrapText: false };
  };

  // The issuing bodies at the top left, as on the documents; the title centred across the sheet.
  put(rows.higherBody, 1, 4, vietnameseUpper(plan.higherBody), { align: 'center' });
  put(rows.issuingBody, 1, 4, vietnameseUpper(plan.issuingBody), { bold: true, align: 'center' });
  put(rows.higherBody, lastCol - 3, lastCol, profile.header.partyTitle.text, { bold: true, align: 'center' });
  put(rows.title, 1, lastCol, vietnameseUpper(plan.title), { bold: true, sizePt: size + 2, align: 'center' });
  if (plan.subtitle) put(rows.subtitle, 1, lastCol, plan.subtitle, { italic: true, align: 'center' });

  const header = sheet.getRow(rows.header);
  PLAN_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.title;
    cell.font = { name: font, size, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
  });
  header.height = 36;

  plan.items.forEach((item, index) => {
    const row = sheet.getRow(rows.firstItem + index);
    PLAN_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = cellValue(item, c.key, index);
      cell.font = { name: font, size };
      cell.alignment = { horizontal: c.align, vertical: 'top', wrapText: true };
      cell.border = BORDER;
      if (c.key === 'deadlineIso') cell.numFmt = 'dd/mm/yyyy';
      if (c.key === 'progressPercent') cell.numFmt = '0';
    });
  });
  sheet.autoFilter = { from: { row: rows.header, column: 1 }, to: { row: rows.header, column: lastCol } };

  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}

function cellValue(item: PlanItem, key: (typeof PLAN_COLUMNS)[number]['key'], index: number): ExcelJS.CellValue {
  switch (key) {
    case 'no':
      return index + 1;
    case 'deadlineIso':
      return item.deadlineIso ? isoToExcelDate(item.deadlineIso) : null;
    case 'progressPercent':
      return item.progressPercent;
    default:
      return cleanText(item[key]);
  }
}

/** A calendar date as a Date at UTC midnight, which exceljs writes as that day's serial number. */
function isoToExcelDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
