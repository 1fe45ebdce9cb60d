// Reading a roster (danh sách đảng viên) from a grid of cells: finding the header row among title
// rows and two-level headers, mapping the many ways cells name their columns, turning each row into
// a member with the problems it has, and checking duplicates against the file and the cell.
// Pure: takes the grid the file readers produce and the cell's current members.
import type { MemberStatus, PartyRole } from '../../../contract';

export type RosterField =
  | 'fullName'
  | 'birthYear'
  | 'status'
  /** Two columns "Chính thức" and "Dự bị" ticked with an x, as many printed lists have. */
  | 'statusFull'
  | 'statusProbation'
  | 'partyRole'
  | 'otherPositions'
  | 'exempt';

/** The headers written on export, in order; import recognises them and many variants. */
export const ROSTER_HEADERS: readonly { field: RosterField | 'no'; header: string }[] = [
  { field: 'no', header: 'STT' },
  { field: 'fullName', header: 'Họ và tên' },
  { field: 'birthYear', header: 'Năm sinh' },
  { field: 'status', header: 'Chính thức/Dự bị' },
  { field: 'partyRole', header: 'Chức vụ Đảng' },
  { field: 'otherPositions', header: 'Chức vụ khác' },
  { field: 'exempt', header: 'Miễn sinh hoạt' },
];

export const STATUS_LABELS: Record<MemberStatus, string> = { chinh_thuc: 'Chính thức', du_bi: 'Dự bị' };
export const ROLE_LABELS: Record<PartyRole, string> = {
  bi_thu: 'Bí thư',
  pho_bi_thu: 'Phó bí thư',
  chi_uy_vien: 'Chi ủy viên',
  dang_vien: 'Đảng viên',
};

/** "Chính thức/Dự bị" → "chinhthucdubi": no diacritics, đ → d, lower case, letters and digits only. */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// Folded header → field. A plain "Chức vụ" is ambiguous (Party or job) and is left unmapped.
const HEADER_SYNONYMS: Record<RosterField | 'ignore', readonly string[]> = {
  fullName: ['hovaten', 'hoten', 'hotendangvien', 'hovatendangvien', 'hovatendaydu', 'hotendaydu', 'hovatendongchi'],
  birthYear: ['namsinh', 'ngaysinh', 'ngaythangnamsinh', 'sinhnam'],
  status: [
    'chinhthucdubi', 'dubichinhthuc', 'loaidangvien', 'dangvienchinhthucdubi', 'chinhthuchaydubi', 'ctdb',
    'trangthaidangvien', 'dvchinhthucdubi',
  ],
  statusFull: ['chinhthuc', 'dangvienchinhthuc', 'dvchinhthuc'],
  statusProbation: ['dubi', 'dangviendubi', 'dvdubi'],
  partyRole: ['chucvudang', 'chucvutrongdang', 'chucvudangvien', 'chucvuchibo', 'chucvutrongchibo'],
  otherPositions: [
    'chucvukhac', 'chucvuchinhquyen', 'chucvucongtac', 'chucvudoanthe', 'chucvuchinhquyendoanthe', 'chucvucongtackhac',
    'chucvuchuyenmon',
  ],
  exempt: ['miensinhhoat', 'miensh', 'duocmiensinhhoat', 'mien', 'miensinhhoatdang'],
  ignore: ['stt', 'tt', 'sott', 'sothutu', 'ghichu'],
};
const FIELD_OF_HEADER = new Map<string, RosterField | 'ignore'>(
  Object.entries(HEADER_SYNONYMS).flatMap(([field, keys]) => keys.map((k) => [k, field as RosterField | 'ignore'])),
);

const STATUS_OF = new Map<string, MemberStatus>([
  ...['chinhthuc', 'ct', 'dangvienchinhthuc', 'dvct', 'chinhthuc'].map((k) => [k, 'chinh_thuc'] as const),
  ...['dubi', 'db', 'dangviendubi', 'dvdb'].map((k) => [k, 'du_bi'] as const),
]);
const ROLE_OF = new Map<string, PartyRole>([
  ...['bithu', 'bithuchibo'].map((k) => [k, 'bi_thu'] as const),
  ...['phobithu', 'pbt', 'phobithuchibo'].map((k) => [k, 'pho_bi_thu'] as const),
  ...['chiuyvien', 'cuv', 'uyvien', 'chiuy'].map((k) => [k, 'chi_uy_vien'] as const),
  ...['', 'dangvien', 'dv'].map((k) => [k, 'dang_vien'] as const),
]);
const EXEMPT_OF = new Map<string, boolean>([
  ...['', 'khong', 'k', '0', 'no', 'false', 'sai'].map((k) => [k, false] as const),
  ...['x', 'co', 'c', '1', 'yes', 'true', 'dung', 'mien', 'duocmien', 'miensinhhoat'].map((k) => [k, true] as const),
]);

export interface RosterColumn {
  /** 0-based column index in the grid. */
  index: number;
  /** The header as written in the file (both lines of a two-line header, joined). */
  header: string;
  field: RosterField | null;
}

export interface RosterRowValues {
  fullName: string;
  birthYear: number | null;
  status: MemberStatus | null;
  partyRole: PartyRole;
  otherPositions: string;
  exempt: boolean;
}

export interface RosterRow {
  /** The row number the user sees (spreadsheet row, or CSV line of the record). */
  rowNo: number;
  values: RosterRowValues;
  problems: string[];
}

export interface RosterTable {
  columns: RosterColumn[];
  /** Columns that were not recognised, for the preview (nothing of them is imported). */
  ignoredHeaders: string[];
  rows: RosterRow[];
}

export class RosterFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RosterFileError';
  }
}

const cellText = (value: string | undefined) => (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const isBlank = (row: readonly string[]) => row.every((v) => cellText(v) === '');

/** Maps one header line (or two, joined) to fields; a field named twice keeps its first column. */
function mapColumns(labels: string[]): RosterColumn[] {
  const taken = new Set<RosterField>();
  return labels.map((header, index) => {
    const found = FIELD_OF_HEADER.get(foldKey(header));
    const field = found && found !== 'ignore' && !taken.has(found) ? found : null;
    if (field) taken.add(field);
    return { index, header: cellText(header), field };
  });
}

const score = (columns: RosterColumn[]) => columns.filter((c) => c.field).length;

/**
 * The labels of a two-line header: the upper line's label is carried right over the blank cells a
 * horizontal merge left (a CSV saved from such a sheet has them blank), then joined with the lower.
 */
function twoLineLabels(upper: readonly string[], lower: readonly string[]): string[] {
  const width = Math.max(upper.length, lower.length);
  const labels: string[] = [];
  let carried = '';
  for (let i = 0; i < width; i += 1) {
    const top = cellText(upper[i]);
    const bottom = cellText(lower[i]);
    if (top) carried = top;
    const effectiveTop = top || (bottom ? carried : '');
    labels.push(effectiveTop && bottom && effectiveTop !== bottom ? `${effectiveTop} ${bottom}` : effectiveTop || bottom);
  }
  return labels;
}

/** Finds the header among the first rows: the line (or pair of lines) that names the most fields. */
function findHeader(grid: readonly (readonly string[])[]): { start: number; lines: number; columns: RosterColumn[] } | null {
  let best: { start: number; lines: number; columns: RosterColumn[] } | null = null;
  const limit = Math.min(grid.length, 20);
  for (let r = 0; r < limit; r += 1) {
    if (isBlank(grid[r])) continue;
    const candidates = [{ start: r, lines: 1, columns: mapColumns(grid[r].map(cellText)) }];
    if (r + 1 < grid.length && !isBlank(grid[r + 1])) {
      candidates.push({ start: r, lines: 2, columns: mapColumns(twoLineLabels(grid[r], grid[r + 1])) });
    }
    for (const c of candidates) {
      if (!c.columns.some((col) => col.field === 'fullName')) continue;
      if (!best || score(c.columns) > score(best.columns)) best = c;
    }
  }
  return best;
}

const FIELD_NAMES: Record<RosterField, string> = {
  fullName: 'Họ và tên',
  birthYear: 'Năm sinh',
  status: 'Chính thức/Dự bị',
  statusFull: 'Chính thức',
  statusProbation: 'Dự bị',
  partyRole: 'Chức vụ Đảng',
  otherPositions: 'Chức vụ khác',
  exempt: 'Miễn sinh hoạt',
};

/** "1975", "12/05/1975", "1975-05-12" → 1975; anything else → undefined. */
function yearOf(text: string): number | undefined {
  let m = /^(\d{4})$/.exec(text);
  if (m) return Number(m[1]);
  m = /^\d{1,2}[/.-]\d{1,2}[/.-](\d{4})$/.exec(text);
  if (m) return Number(m[1]);
  m = /^(\d{4})-\d{1,2}-\d{1,2}/.exec(text);
  if (m) return Number(m[1]);
  return undefined;
}

function readRow(cells: readonly string[], columns: RosterColumn[], rowNo: number, currentYear: number): RosterRow {
  const get = (field: RosterField) => {
    const col = columns.find((c) => c.field === field);
    return col ? cellText(cells[col.index]) : '';
  };
  const problems: string[] = [];
  const fullName = get('fullName');
  if (!fullName) problems.push('Thiếu họ và tên: hãy ghi họ và tên đầy đủ hoặc xoá dòng này.');
  else if (fullName.length > 120) problems.push('Họ và tên quá dài (tối đa 120 ký tự).');
  else if (/\d/.test(fullName)) problems.push(`Họ và tên «${fullName}» có chữ số: hãy kiểm tra lại cột «Họ và tên».`);

  let birthYear: number | null = null;
  const yearText = get('birthYear');
  if (yearText) {
    const year = yearOf(yearText);
    if (year === undefined) {
      problems.push(`Năm sinh «${yearText}» không hợp lệ: hãy ghi năm có 4 chữ số (ví dụ 1975) hoặc ngày sinh dạng 12/05/1975.`);
    } else if (year < 1900 || year > currentYear - 18) {
      problems.push(`Năm sinh ${year} không hợp lệ: đảng viên phải sinh trong khoảng 1900–${currentYear - 18}.`);
    } else birthYear = year;
  }

  let status: MemberStatus | null = null;
  if (columns.some((c) => c.field === 'status')) {
    const statusText = get('status');
    status = STATUS_OF.get(foldKey(statusText)) ?? null;
    if (!statusText) problems.push('Chưa ghi chính thức hay dự bị: hãy ghi «Chính thức» hoặc «Dự bị».');
    else if (!status) problems.push(`Không rõ loại đảng viên «${statusText}»: hãy ghi «Chính thức» hoặc «Dự bị».`);
  } else {
    const full = get('statusFull') !== '';
    const probation = get('statusProbation') !== '';
    if (full && probation) problems.push('Đánh dấu cả «Chính thức» và «Dự bị»: hãy chỉ đánh dấu một cột.');
    else if (!full && !probation) problems.push('Chưa đánh dấu «Chính thức» hay «Dự bị»: hãy đánh dấu x vào một cột.');
    else status = full ? 'chinh_thuc' : 'du_bi';
  }

  const roleText = get('partyRole');
  let partyRole = ROLE_OF.get(foldKey(roleText));
  if (!partyRole) {
    problems.push(`Không rõ chức vụ Đảng «${roleText}»: hãy ghi Bí thư, Phó bí thư, Chi ủy viên, hoặc để trống nếu là đảng viên.`);
    partyRole = 'dang_vien';
  }

  const otherPositions = get('otherPositions');
  if (otherPositions.length > 300) problems.push('Chức vụ khác quá dài (tối đa 300 ký tự).');

  const exemptText = get('exempt');
  let exempt = EXEMPT_OF.get(foldKey(exemptText));
  if (exempt === undefined) {
    problems.push(`Không rõ «Miễn sinh hoạt» = «${exemptText}»: hãy ghi «x» hoặc «Có» nếu được miễn, để trống nếu không.`);
    exempt = false;
  }
  return { rowNo, values: { fullName, birthYear, status, partyRole, otherPositions, exempt }, problems };
}

/**
 * Turns a grid (rows of cell texts, first row = row 1 of the file) into roster rows. Throws
 * RosterFileError when the file has no usable header. `rowNumbers` gives each grid row's number as
 * the user sees it when it is not simply its position + 1 (CSV records spanning lines).
 */
export function readRosterGrid(
  grid: readonly (readonly string[])[],
  options: { currentYear: number; rowNumbers?: readonly number[] },
): RosterTable {
  const header = findHeader(grid);
  if (!header) {
    throw new RosterFileError(
      'Không tìm thấy dòng tiêu đề có cột «Họ và tên» trong 20 dòng đầu của tệp. Hãy để một dòng tiêu đề với các cột: ' +
        `${ROSTER_HEADERS.map((h) => h.header).join(', ')}.`,
    );
  }
  const has = (f: RosterField) => header.columns.some((c) => c.field === f);
  if (!has('status') && !(has('statusFull') && has('statusProbation'))) {
    throw new RosterFileError(
      `Tệp thiếu cột «${FIELD_NAMES.status}»: hãy thêm cột này (ghi «Chính thức» hoặc «Dự bị» cho từng đồng chí) rồi chọn lại tệp.`,
    );
  }
  const headerKeys = new Set(header.columns.map((c) => foldKey(c.header)));
  const rows: RosterRow[] = [];
  const noColumn = header.columns.find((c) => FIELD_OF_HEADER.get(foldKey(c.header)) === 'ignore' && ['stt', 'tt', 'sott', 'sothutu'].includes(foldKey(c.header)));
  for (let r = header.start + header.lines; r < grid.length; r += 1) {
    const cells = grid[r];
    // Blank rows, and numbered template rows with nothing else in them, are not members.
    const meaningful = cells.filter((v, i) => cellText(v) !== '' && i !== noColumn?.index);
    if (meaningful.length === 0) continue;
    // A header repeated on each printed page.
    if (meaningful.every((v) => headerKeys.has(foldKey(v)))) continue;
    rows.push(readRow(cells, header.columns, options.rowNumbers?.[r] ?? r + 1, options.currentYear));
  }
  const ignoredHeaders = header.columns.filter((c) => !c.field && c.header && FIELD_OF_HEADER.get(foldKey(c.header)) !== 'ignore').map((c) => c.header);
  return { columns: header.columns, ignoredHeaders, rows };
}

/** "  nguyễn   văn AN " → "nguyễn văn an": the key two spellings of one name share. */
export function nameKey(fullName: string): string {
  return fullName.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

export interface ExistingMember {
  fullName: string;
  birthYear: number | null;
  partyRole: PartyRole;
}

const sameYearOrUnknown = (a: number | null, b: number | null) => a === null || b === null || a === b;
const withYear = (name: string, year: number | null) => (year ? `${name} (sinh năm ${year})` : name);

/**
 * Adds the problems that need the whole file and the cell: a member twice in the file, a member
 * already in the cell (same name, same or unknown birth year), and a second bí thư.
 */
export function checkRosterAgainstCell(rows: RosterRow[], existing: readonly ExistingMember[]): RosterRow[] {
  const out = rows.map((r) => ({ ...r, problems: [...r.problems] }));
  out.forEach((row, i) => {
    const { fullName, birthYear } = row.values;
    if (!fullName) return;
    const key = nameKey(fullName);
    const earlier = out.slice(0, i).find((o) => o.values.fullName && nameKey(o.values.fullName) === key && sameYearOrUnknown(o.values.birthYear, birthYear));
    if (earlier) row.problems.push(`Trùng với dòng ${earlier.rowNo}: ${withYear(fullName, birthYear)} đã có trong tệp; hãy xoá một dòng.`);
    const inCell = existing.find((m) => nameKey(m.fullName) === key && sameYearOrUnknown(m.birthYear, birthYear));
    if (inCell) row.problems.push(`Đồng chí ${withYear(inCell.fullName, inCell.birthYear)} đã có trong chi bộ; hãy xoá dòng này khỏi tệp.`);
  });
  const holder = existing.find((m) => m.partyRole === 'bi_thu');
  const secretaries = out.filter((r) => r.values.partyRole === 'bi_thu');
  secretaries.forEach((row, i) => {
    if (holder) row.problems.push(`Chi bộ đã có bí thư là đồng chí ${holder.fullName}: hãy sửa chức vụ Đảng ở dòng này.`);
    else if (i > 0) row.problems.push(`Tệp có hơn một bí thư (dòng ${secretaries[0].rowNo} và dòng ${row.rowNo}): một chi bộ chỉ có một bí thư.`);
  });
  return out;
}
