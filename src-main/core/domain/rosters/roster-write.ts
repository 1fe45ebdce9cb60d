// Writing the roster with the same headers the import reads, so an exported file imports again.
// XLSX: a title line, then the header row (frozen) and one row per member. CSV: UTF-8 with a BOM
// (Excel on Windows then shows the diacritics right), header on the first line.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { MemberStatus, PartyRole } from '../../../contract';
import { ROLE_LABELS, ROSTER_HEADERS, STATUS_LABELS } from './roster-rows';

export interface RosterMember {
  fullName: string;
  birthYear: number | null;
  status: MemberStatus;
  partyRole: PartyRole;
  otherPositions: string;
  exempt: boolean;
}

function rowOf(m: RosterMember, index: number): (string | number)[] {
  return [
    index + 1,
    m.fullName,
    m.birthYear ?? '',
    STATUS_LABELS[m.status],
    m.partyRole === 'dang_vien' ? '' : ROLE_LABELS[m.partyRole],
    m.otherPositions,
    m.exempt ? 'x' : '',
  ];
}

export function renderRosterCsv(members: readonly RosterMember[]): Buffer {
  const text = Papa.unparse({ fields: ROSTER_HEADERS.map((h) => h.header), data: members.map(rowOf) }, { newline: '\r\n' });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export async function renderRosterXlsx(cellName: string, members: readonly RosterMember[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách đảng viên', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.mergeCells(1, 1, 1, ROSTER_HEADERS.length);
  const title = sheet.getCell(1, 1);
  title.value = `DANH SÁCH ĐẢNG VIÊN — ${cellName.toLocaleUpperCase('vi')}`;
  title.font = { name: 'Times New Roman', size: 14, bold: true };
  title.alignment = { horizontal: 'center' };
  const header = sheet.getRow(3);
  header.values = ROSTER_HEADERS.map((h) => h.header);
  header.font = { name: 'Times New Roman', size: 12, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  members.forEach((m, i) => {
    const row = sheet.getRow(4 + i);
    row.values = rowOf(m, i);
    row.font = { name: 'Times New Roman', size: 12 };
  });
  const widths = [6, 30, 10, 16, 16, 30, 14];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
