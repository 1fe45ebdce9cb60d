// The plan as XLSX, read back with exceljs: the header rows, the column headings, widths and fonts,
// the frozen header, real dates and numbers, borders and the print setup.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAN_COLUMNS } from '../../src-main/core/documents/plan';
import { PLAN_SHEET_ROWS, renderPlanXlsx } from '../../src-main/core/documents/xlsx-writer';
import { PLAN_ITEMS, planSheetFixture } from './fixtures';

const TITLES = [
  'TT',
  'Hạn chế, khuyết điểm',
  'Biểu hiện liên quan',
  'Nguyên nhân',
  'Nội dung, giải pháp khắc phục',
  'Người/bộ phận chủ trì',
  'Phối hợp',
  'Thời hạn',
  'Kết quả cần đạt',
  'Người theo dõi',
  'Tiến độ (%)',
  'Ghi chú',
];

describe('XLSX: the action plan', () => {
  let buffer: Buffer;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    buffer = await renderPlanXlsx(planSheetFixture());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(1);
    sheet = workbook.worksheets[0];
  });

  it('names the sheet and carries the cell and the title on top', () => {
    expect(sheet.name).toBe('Kế hoạch khắc phục');
    expect(sheet.getCell(PLAN_SHEET_ROWS.higherBody, 1).value).toBe('ĐẢNG BỘ PHƯỜNG ĐÔNG HÀ');
    expect(sheet.getCell(PLAN_SHEET_ROWS.issuingBody, 1).value).toBe('CHI BỘ VĂN PHÒNG');
    expect(sheet.getCell(PLAN_SHEET_ROWS.issuingBody, 1).font?.bold).toBe(true);
    expect(sheet.getCell(PLAN_SHEET_ROWS.higherBody, 9).value).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    const title = sheet.getCell(PLAN_SHEET_ROWS.title, 1);
    expect(title.value).toBe('KẾ HOẠCH KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM');
    expect(title.font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect(title.alignment?.horizontal).toBe('center');
    // The title spans the sheet's width.
    expect(sheet.getCell(PLAN_SHEET_ROWS.title, 12).isMerged).toBe(true);
    expect(sheet.getCell(PLAN_SHEET_ROWS.subtitle, 1).value).toContain('“tự soi, tự sửa” ngày 20/9/2026');
    expect(sheet.getCell(PLAN_SHEET_ROWS.subtitle, 1).font?.italic).toBe(true);
  });

  it('has the twelve columns of party-documents.md, bold, wrapped, bordered, with their widths', () => {
    expect(PLAN_COLUMNS.map((c) => c.title)).toEqual(TITLES);
    const header = sheet.getRow(PLAN_SHEET_ROWS.header);
    TITLES.forEach((title, i) => {
      const cell = header.getCell(i + 1);
      expect(cell.value).toBe(title);
      expect(cell.font).toMatchObject({ name: 'Times New Roman', size: 12, bold: true });
      expect(cell.alignment).toMatchObject({ wrapText: true, horizontal: 'center', vertical: 'middle' });
      expect(cell.border?.top?.style).toBe('thin');
      expect(cell.border?.bottom?.style).toBe('thin');
      expect(sheet.getColumn(i + 1).width).toBe(PLAN_COLUMNS[i].xlsxWidth);
    });
    expect(sheet.getColumn(5).width).toBeGreaterThan(sheet.getColumn(1).width!);
  });

  it('freezes the header row and prints landscape A4, one page wide, repeating the header', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: PLAN_SHEET_ROWS.header });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe(`${PLAN_SHEET_ROWS.header}:${PLAN_SHEET_ROWS.header}`);
  });

  it('writes one row per item: TT as a number, deadlines as real dates, progress as a number', () => {
    PLAN_ITEMS.forEach((item, index) => {
      const row = sheet.getRow(PLAN_SHEET_ROWS.firstItem + index);
      expect(row.getCell(1).value).toBe(index + 1);
      expect(row.getCell(2).value).toBe(item.shortcoming);
      expect(row.getCell(3).value).toBe(item.indicators);
      expect(row.getCell(5).value).toBe(item.measure);
      const deadline = row.getCell(8);
      if (item.deadlineIso) {
        expect(deadline.value).toBeInstanceOf(Date);
        expect((deadline.value as Date).toISOString().slice(0, 10)).toBe(item.deadlineIso);
        expect(deadline.numFmt).toBe('dd/mm/yyyy');
      } else {
        expect(deadline.value).toBeNull();
      }
      expect(row.getCell(11).value).toBe(item.progressPercent);
      for (let c = 1; c <= 12; c++) {
        expect(row.getCell(c).font).toMatchObject({ name: 'Times New Roman', size: 12 });
        expect(row.getCell(c).alignment?.wrapText).toBe(true);
        expect(row.getCell(c).border?.left?.style).toBe('thin');
      }
    });
    expect(sheet.getRow(PLAN_SHEET_ROWS.firstItem + PLAN_ITEMS.length).getCell(2).value).toBeNull();
  });

  it('stores dates and progress as numbers in the file itself, not as text', () => {
    const files = unzipSync(new Uint8Array(buffer));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']);
    const deadlineRef = `H${PLAN_SHEET_ROWS.firstItem}`;
    const cell = new RegExp(`<c r="${deadlineRef}"[^>]*>(.*?)</c>`).exec(xml)!;
    expect(cell[0]).not.toMatch(/t="(s|str|inlineStr)"/);
    expect(Number(/<v>([\d.]+)<\/v>/.exec(cell[1])![1])).toBe(46387); // 31/12/2026 as an Excel serial
    const progress = new RegExp(`<c r="K${PLAN_SHEET_ROWS.firstItem}"[^>]*>(.*?)</c>`).exec(xml)!;
    expect(progress[0]).not.toMatch(/t="(s|str|inlineStr)"/);
    expect(progress[1]).toContain('<v>40</v>');
  });
});
