// The bytes of a roster file → a grid of cell texts. XLSX through exceljs (merged cells read as
// their master's value), CSV through papaparse after a strict UTF-8 check: a CSV saved in
// Windows-1258, TCVN3 or VNI would otherwise turn every name into garbage, so it is refused with a
// message saying how to save it as UTF-8. The kind of file is told from its bytes, not its name.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readRosterGrid, RosterFileError, type RosterTable } from './roster-rows';

export type RosterFormat = 'xlsx' | 'csv';

export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 5000;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function detectRosterFormat(bytes: Uint8Array): RosterFormat {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE)) {
    throw new RosterFileError(
      'Đây là tệp Excel 97–2003 (.xls), ứng dụng chưa đọc được. Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) kiểu «Excel Workbook (.xlsx)» rồi chọn lại tệp.',
    );
  }
  return 'csv';
}

/** Decodes a CSV's bytes as UTF-8 (a BOM is dropped), refusing any other encoding. */
export function decodeCsvText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new RosterFileError(
      'Tệp CSV đang ở bảng mã UTF-16 («Unicode Text»). Hãy mở tệp bằng Excel, chọn Lưu thành kiểu «CSV UTF-8 (Comma delimited)» rồi chọn lại tệp.',
    );
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  if (body.includes(0)) {
    throw new RosterFileError('Tệp không phải bảng tính CSV hay Excel (.xlsx): hãy chọn tệp danh sách đảng viên dạng .xlsx hoặc .csv.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new RosterFileError(
      'Tệp CSV không ở bảng mã UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI), nên chữ tiếng Việt sẽ bị hỏng. ' +
        'Hãy mở tệp bằng Excel, chọn Lưu thành kiểu «CSV UTF-8 (Comma delimited)», hoặc lưu thành tệp Excel (.xlsx), rồi chọn lại tệp.',
    );
  }
}

/** CSV text → rows of cells, with the line number each record starts on. */
export function parseCsvGrid(text: string): { grid: string[][]; rowNumbers: number[] } {
  const result = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    const at = fatal.row !== undefined ? ` (gần dòng ${fatal.row + 1})` : '';
    throw new RosterFileError(`Tệp CSV bị lỗi dấu ngoặc kép${at}: một ô mở ngoặc kép mà không đóng. Hãy mở tệp bằng Excel, lưu lại rồi chọn lại tệp.`);
  }
  // Line numbers: a quoted cell may hold line breaks, so count them as we go.
  const rowNumbers: number[] = [];
  let line = 1;
  for (const row of result.data) {
    rowNumbers.push(line);
    line += 1 + row.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  return { grid: result.data, rowNumbers };
}

function cellToText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Dates in a sheet are stored as UTC midnight of the day shown.
    const d = value;
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellToText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/** The first sheet's cells as text; merged cells give every covered cell the master's value. */
export async function readXlsxGrids(bytes: Uint8Array): Promise<{ name: string; grid: string[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new RosterFileError(
      'Tệp Excel bị hỏng hoặc không đầy đủ (có thể tải về chưa xong). Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi chọn lại tệp.',
    );
  }
  const sheets: { name: string; grid: string[][] }[] = [];
  workbook.eachSheet((sheet) => {
    const grid: string[][] = [];
    const rowCount = Math.min(sheet.rowCount, MAX_ROWS + 50);
    for (let r = 1; r <= rowCount; r += 1) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= Math.min(sheet.columnCount, 60); c += 1) {
        const cell = row.getCell(c);
        cells.push(cellToText(cell.isMerged ? cell.master.value : cell.value));
      }
      grid.push(cells);
    }
    sheets.push({ name: sheet.name, grid });
  });
  return sheets;
}

export interface RosterFileContents extends RosterTable {
  format: RosterFormat;
  /** The sheet read, for an XLSX. */
  sheetName: string | null;
}

/** Reads a roster file of either kind; throws RosterFileError with the reason the user can act on. */
export async function readRosterFile(bytes: Uint8Array, options: { currentYear: number }): Promise<RosterFileContents> {
  if (bytes.length === 0) throw new RosterFileError('Tệp rỗng: hãy chọn tệp danh sách đảng viên dạng .xlsx hoặc .csv.');
  if (bytes.length > MAX_ROSTER_BYTES) throw new RosterFileError('Tệp quá lớn (tối đa 5 MB) cho một danh sách đảng viên: hãy kiểm tra lại tệp.');
  const format = detectRosterFormat(bytes);
  let table: RosterTable;
  let sheetName: string | null = null;
  if (format === 'csv') {
    const { grid, rowNumbers } = parseCsvGrid(decodeCsvText(bytes));
    table = readRosterGrid(grid, { currentYear: options.currentYear, rowNumbers });
  } else {
    const sheets = await readXlsxGrids(bytes);
    let firstError: RosterFileError | null = null;
    let found: RosterTable | null = null;
    for (const sheet of sheets) {
      try {
        found = readRosterGrid(sheet.grid, { currentYear: options.currentYear });
        sheetName = sheet.name;
        break;
      } catch (error) {
        if (!(error instanceof RosterFileError)) throw error;
        firstError ??= error;
      }
    }
    if (!found) throw firstError ?? new RosterFileError('Tệp Excel không có trang tính nào: hãy chọn tệp danh sách đảng viên.');
    table = found;
  }
  if (table.rows.length === 0) {
    throw new RosterFileError('Tệp có dòng tiêu đề nhưng không có đồng chí nào bên dưới: hãy điền danh sách rồi chọn lại tệp.');
  }
  if (table.rows.length > MAX_ROWS) throw new RosterFileError(`Tệp có quá nhiều dòng (tối đa ${MAX_ROWS}): hãy kiểm tra lại tệp.`);
  return { ...table, format, sheetName };
}
