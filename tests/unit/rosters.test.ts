// Roster import/export through dispatch on a real database, with awkward files made here the way
// real ones arrive: title rows, merged and two-line headers, blank rows, a BOM or none, headers
// typed without diacritics, other column orders, semicolons, Windows-1258 bytes, a cut-off XLSX.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../support/db-snapshot';
import { postJson } from '../support/http-client';
import { SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { startHttpServer } from '../../src-main/server/http-server';
import { aCell, startTestCore, type TestCore } from '../support/test-core';
import { readRosterFile } from '../../src-main/core/domain/rosters/roster-file';
import { foldKey } from '../../src-main/core/domain/rosters/roster-rows';

let core: TestCore;
beforeEach(async () => {
  core = await startTestCore();
  return () => core.close();
});

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const dataFile = () => `${core.dataDir}/tu-soi.sqlite3`;

async function newCell(name: string = aCell.name) {
  return core.ok('cell.create', { ...aCell, name });
}

async function xlsx(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Danh sách'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('roster files: reading', () => {
  it('reads a UTF-8 CSV with a BOM and the export headers', async () => {
    const cell = await newCell();
    const csv = '\uFEFFSTT,Họ và tên,Năm sinh,Chính thức/Dự bị,Chức vụ Đảng,Chức vụ khác,Miễn sinh hoạt\r\n' +
      '1,Nguyễn Văn Tuấn,1970,Chính thức,Bí thư,Hiệu trưởng,\r\n2,Trần Thị Hằng,1982,Dự bị,,"Giáo viên, tổ trưởng",x\r\n';
    const preview = await core.ok('roster.preview', { cellId: cell.id, fileName: 'ds.csv', base64: b64(csv) });
    expect(preview.format).toBe('csv');
    expect(preview.problemRows).toBe(0);
    expect(preview.rows).toEqual([
      { rowNo: 2, fullName: 'Nguyễn Văn Tuấn', birthYear: 1970, status: 'chinh_thuc', partyRole: 'bi_thu', otherPositions: 'Hiệu trưởng', exempt: false, problems: [] },
      { rowNo: 3, fullName: 'Trần Thị Hằng', birthYear: 1982, status: 'du_bi', partyRole: 'dang_vien', otherPositions: 'Giáo viên, tổ trưởng', exempt: true, problems: [] },
    ]);
  });

  it('reads headers typed without diacritics, in another order, with semicolons, no BOM and blank rows', async () => {
    const cell = await newCell();
    const csv = 'Chinh thuc/Du bi;Ho va ten;Chuc vu Dang;Nam sinh;Ghi chu\n\n;;;;\nchinh thuc;Lê Minh Đức;Chi uy vien;12/05/1975;\n\nDB;Phạm Ngọc Ánh;;1990;mới chuyển đến\n;;;;\n';
    const preview = await core.ok('roster.preview', { cellId: cell.id, base64: b64(csv) });
    expect(preview.columns.map((c) => c.field)).toEqual(['status', 'fullName', 'partyRole', 'birthYear']);
    expect(preview.rows.map((r) => [r.rowNo, r.fullName, r.birthYear, r.status, r.partyRole])).toEqual([
      [4, 'Lê Minh Đức', 1975, 'chinh_thuc', 'chi_uy_vien'],
      [6, 'Phạm Ngọc Ánh', 1990, 'du_bi', 'dang_vien'],
    ]);
    expect(preview.problemRows).toBe(0);
  });

  it('reads an XLSX with a merged title, a two-line merged header, blank rows and a date of birth', async () => {
    const bytes = await xlsx((s) => {
      s.mergeCells('A1:G1');
      s.getCell('A1').value = 'DANH SÁCH ĐẢNG VIÊN CHI BỘ TRƯỜNG THPT NGUYỄN HUỆ';
      // Row 3–4: STT, Họ và tên, Năm sinh merged down; "Chức vụ" merged across Đảng | Khác;
      // "Đảng viên" merged across Chính thức | Dự bị (ticked with x).
      for (const [col, label] of [['A', 'STT'], ['B', 'Họ và tên'], ['C', 'Ngày sinh']] as const) {
        s.mergeCells(`${col}3:${col}4`);
        s.getCell(`${col}3`).value = label;
      }
      s.mergeCells('D3:E3');
      s.getCell('D3').value = 'Chức vụ';
      s.getCell('D4').value = 'Đảng';
      s.getCell('E4').value = 'Khác';
      s.mergeCells('F3:G3');
      s.getCell('F3').value = 'Đảng viên';
      s.getCell('F4').value = 'Chính thức';
      s.getCell('G4').value = 'Dự bị';
      s.getRow(6).values = [1, { richText: [{ text: 'Vũ Thị ' }, { text: 'Yến', font: { bold: true } }] }, new Date(Date.UTC(1979, 2, 8)), 'Phó bí thư', 'Kế toán', 'x', ''];
      s.getRow(9).values = [2, 'Đỗ Thanh Thọ', 1996, '', '', '', 'x'];
      s.getRow(10).values = [3];
      s.getRow(11).values = [4];
    });
    const table = await readRosterFile(bytes, { currentYear: 2026 });
    expect(table.columns.filter((c) => c.field).map((c) => [c.header, c.field])).toEqual([
      ['Họ và tên', 'fullName'], ['Ngày sinh', 'birthYear'], ['Chức vụ Đảng', 'partyRole'], ['Chức vụ Khác', 'otherPositions'],
      ['Đảng viên Chính thức', 'statusFull'], ['Đảng viên Dự bị', 'statusProbation'],
    ]);
    expect(table.rows.map((r) => [r.rowNo, r.values.fullName, r.values.birthYear, r.values.status, r.values.partyRole, r.values.otherPositions, r.problems])).toEqual([
      [6, 'Vũ Thị Yến', 1979, 'chinh_thuc', 'pho_bi_thu', 'Kế toán', []],
      [9, 'Đỗ Thanh Thọ', 1996, 'du_bi', 'dang_vien', '', []],
    ]);
  });

  it('refuses a CSV saved in Windows-1258, saying how to save it as UTF-8, and writes nothing', async () => {
    const cell = await newCell();
    // "Họ và tên,Chính thức/Dự bị\r\nNguyễn Văn An,Chính thức\r\n" in Windows-1258: ê = EA,
    // ă = E3, ư = FD, tones as combining bytes (grave CC, acute EC, tilde DE, dot below F2).
    const bytes = Uint8Array.from([
      ...Buffer.from('Ho'), 0xf2, ...Buffer.from(' va'), 0xcc, ...Buffer.from(' t'), 0xea, ...Buffer.from('n,Chi'), 0xec,
      ...Buffer.from('nh th'), 0xfd, 0xec, ...Buffer.from('c/D'), 0xfd, 0xf2, ...Buffer.from(' bi'), 0xf2, 0x0d, 0x0a,
      ...Buffer.from('Nguy'), 0xea, 0xde, ...Buffer.from('n V'), 0xe3, ...Buffer.from('n An,Chi'), 0xec,
      ...Buffer.from('nh th'), 0xfd, 0xec, ...Buffer.from('c'), 0x0d, 0x0a,
    ]);
    // The bytes really are Windows-1258 Vietnamese.
    expect(new TextDecoder('windows-1258').decode(bytes).normalize('NFC')).toBe('Họ và tên,Chính thức/Dự bị\r\nNguyễn Văn An,Chính thức\r\n');
    const before = snapshotDatabase(dataFile());
    for (const method of ['roster.preview', 'roster.import'] as const) {
      const error = await core.fail(method, { cellId: cell.id, base64: b64(bytes) });
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(/không ở bảng mã UTF-8 \(có thể là Windows-1258/);
      expect(error.message).toMatch(/CSV UTF-8/);
    }
    expect(snapshotDatabase(dataFile())).toBe(before);
  });

  it('refuses a cut-off XLSX, an old .xls, a UTF-16 text file and a file without a status column', async () => {
    const cell = await newCell();
    const good = await xlsx((s) => {
      s.addRow(['Họ và tên', 'Chính thức/Dự bị']);
      for (let i = 0; i < 30; i += 1) s.addRow([`Nguyễn Văn Tuấn ${'I'.repeat(i % 5)}`, 'Chính thức']);
    });
    const cases: [Uint8Array, RegExp][] = [
      [good.subarray(0, Math.floor(good.length / 2)), /Tệp Excel bị hỏng hoặc không đầy đủ/],
      [Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), /Excel 97–2003 \(\.xls\)/],
      [Buffer.from('\uFEFFHọ và tên\tChính thức/Dự bị\r\n', 'utf16le'), /UTF-16/],
      [Buffer.from('Họ và tên,Năm sinh\nNguyễn Văn An,1970\n'), /thiếu cột «Chính thức\/Dự bị»/],
      [Buffer.from('Tên,Tuổi\nAn,40\n'), /Không tìm thấy dòng tiêu đề có cột «Họ và tên»/],
      [Buffer.from('Họ và tên,Chính thức/Dự bị\n\n,\n'), /không có đồng chí nào/],
    ];
    const before = snapshotDatabase(dataFile());
    for (const [bytes, message] of cases) {
      const error = await core.fail('roster.import', { cellId: cell.id, base64: b64(bytes) });
      expect(error.message).toMatch(message);
    }
    expect(snapshotDatabase(dataFile())).toBe(before);
  });

  it('folds headers the way users type them', () => {
    expect(foldKey('Chính thức / Dự bị')).toBe('chinhthucdubi');
    expect(foldKey('ĐẢNG VIÊN')).toBe('dangvien');
  });
});

describe('roster import: problems, then all or nothing', () => {
  it('shows every problem per row, refuses the import with nothing written, then imports the corrected file', async () => {
    const cell = await newCell();
    await core.ok('member.create', { cellId: cell.id, fullName: 'Nguyễn Văn Tuấn', birthYear: 1970, status: 'chinh_thuc', partyRole: 'bi_thu' });
    const rows = [
      'Họ và tên,Năm sinh,Chính thức/Dự bị,Chức vụ Đảng,Miễn sinh hoạt',
      ',1980,Chính thức,,', // 2: no name
      'Lê Minh Đức,19x5,Chính thức,,', // 3: bad year
      'Phạm Ngọc Ánh,1985,đang xét,,', // 4: unknown status
      'Hoàng Hữu Lợi,1988,Chính thức,,', // 5
      'hoàng  hữu lợi,1988,Chính thức,,', // 6: same as row 5
      'nguyễn văn tuấn,,Chính thức,,', // 7: already in the cell
      'Vũ Thị Yến,1990,Chính thức,Bí thư,', // 8: the cell has a bí thư
      'Bùi Đức An,2015,Dự bị,,có lẽ', // 9: too young, unclear exemption
    ].join('\n');
    const preview = await core.ok('roster.preview', { cellId: cell.id, base64: b64(rows) });
    const problems = Object.fromEntries(preview.rows.map((r) => [r.rowNo, r.problems.join(' ')]));
    expect(problems[2]).toMatch(/Thiếu họ và tên/);
    expect(problems[3]).toMatch(/Năm sinh «19x5» không hợp lệ/);
    expect(problems[4]).toMatch(/Không rõ loại đảng viên «đang xét»/);
    expect(problems[5]).toBe('');
    expect(problems[6]).toMatch(/Trùng với dòng 5/);
    expect(problems[7]).toMatch(/Nguyễn Văn Tuấn \(sinh năm 1970\) đã có trong chi bộ/);
    expect(problems[8]).toMatch(/đã có bí thư là đồng chí Nguyễn Văn Tuấn/);
    expect(problems[9]).toMatch(/Năm sinh 2015 không hợp lệ.*Không rõ «Miễn sinh hoạt»/);
    expect(preview.problemRows).toBe(7);

    const before = snapshotDatabase(dataFile());
    const refused = await core.fail('roster.import', { cellId: cell.id, base64: b64(rows) });
    expect(refused.message).toMatch(/Chưa nhập: 7 dòng còn lỗi \(dòng 2, 3, 4, 6, 7, …\)/);
    expect(snapshotDatabase(dataFile())).toBe(before);

    const fixed = [
      'Họ và tên,Năm sinh,Chính thức/Dự bị,Chức vụ Đảng,Miễn sinh hoạt',
      'Lê Minh Đức,1975,Chính thức,Chi ủy viên,',
      'Phạm Ngọc Ánh,1985,Dự bị,,',
      'Hoàng Hữu Lợi,1988,Chính thức,,x',
    ].join('\n');
    const importBackups = () => fs.readdirSync(path.join(core.dataDir, 'backups')).filter((n) => n.endsWith('-import.sqlite3'));
    expect(fs.existsSync(path.join(core.dataDir, 'backups')) ? importBackups() : []).toEqual([]);
    expect(await core.ok('roster.import', { cellId: cell.id, base64: b64(fixed) })).toEqual({ imported: 3 });
    // A backup was taken just before the import wrote anything.
    expect(importBackups()).toHaveLength(1);
    const members = await core.ok('member.list', { cellId: cell.id });
    expect(members.map((m) => [m.fullName, m.status, m.partyRole, m.exempt])).toEqual([
      ['Phạm Ngọc Ánh', 'du_bi', 'dang_vien', false],
      ['Lê Minh Đức', 'chinh_thuc', 'chi_uy_vien', false],
      ['Hoàng Hữu Lợi', 'chinh_thuc', 'dang_vien', true],
      ['Nguyễn Văn Tuấn', 'chinh_thuc', 'bi_thu', false],
    ]);
    // The same file again: every row is now already in the cell, and nothing more is written.
    const again = await core.fail('roster.import', { cellId: cell.id, base64: b64(fixed) });
    expect(again.message).toMatch(/3 dòng còn lỗi/);
    expect(await core.ok('member.list', { cellId: cell.id })).toHaveLength(4);
  });

  it.each(['xlsx', 'csv'] as const)('exports the roster as %s and that file imports into another cell unchanged', async (format) => {
    const sample = await core.ok('sample.open', {});
    const file = await core.ok('roster.export', { cellId: sample.id, format });
    expect(file.fileName).toBe(`Danh-sach-dang-vien-Chi-bo-Van-phong.${format}`);
    const other = await newCell('Chi bộ khu phố 3');
    const preview = await core.ok('roster.preview', { cellId: other.id, base64: file.base64 });
    expect(preview.problemRows).toBe(0);
    await core.ok('roster.import', { cellId: other.id, base64: file.base64 });
    const strip = (ms: Awaited<ReturnType<typeof core.ok<'member.list'>>>) =>
      ms.filter((m) => m.active).map(({ fullName, birthYear, status, partyRole, otherPositions, exempt }) => ({ fullName, birthYear, status, partyRole, otherPositions, exempt }));
    const original = strip(await core.ok('member.list', { cellId: sample.id }));
    expect(original.length).toBeGreaterThan(5);
    expect(strip(await core.ok('member.list', { cellId: other.id }))).toEqual(original);
  });
});

describe('roster files over HTTP', () => {
  it('takes a roster file larger than the 1 MB a normal call may send, and still refuses such a body elsewhere', async () => {
    const server = await startHttpServer({ dispatch: core.dispatch, subscribe: core.subscribe, appVersion: 't', schemaVersion: SCHEMA_VERSION, port: 0 });
    try {
      const cell = await newCell();
      const names = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng'];
      // 2 600 members with long "other positions": about 1.5 MB of CSV.
      const lines = Array.from({ length: 2600 }, (_, i) =>
        `${names[i % 8]} Văn Người Thứ ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 26) % 26]}${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 676) % 26]},Chính thức,${'Giáo viên tổ Ngữ văn, phụ trách câu lạc bộ '.repeat(14).slice(0, 290)}`);
      const csv = Buffer.from(['Họ và tên,Chính thức/Dự bị,Chức vụ khác', ...lines].join('\n'));
      expect(csv.length).toBeGreaterThan(1024 * 1024);
      const answer = await postJson(server.url, 'roster.preview', { cellId: cell.id, base64: b64(csv) });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ ok: true, data: { problemRows: 0 } });
      expect((answer.body as { data: { rows: unknown[] } }).data.rows).toHaveLength(2600);
      const other = await postJson(server.url, 'cell.create', { ...aCell, name: 'x'.repeat(2 * 1024 * 1024) });
      expect(other.status).toBe(413);
    } finally {
      await server.close();
    }
  });
});
