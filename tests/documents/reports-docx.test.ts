// Issue 5's two DOCX files read back from word/document.xml and through LibreOffice: the aggregate
// report (báo cáo tổng hợp) for one cell and for several cells (header, number line, title, summary,
// numbered sections, tables, signature, Nơi nhận), and a member's "kết quả khắc phục hạn chế,
// khuyết điểm kỳ trước" (no number line, the member signs). The PDF text keeps the diacritics.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SHEET_ROWS, renderReportXlsx } from '../../src-main/core/documents/report-xlsx';
import type { MemberHistory } from '../../src-main/contract/reports';
import { renderDocx } from '../../src-main/core/documents/docx-writer';
import type { PartyDocument } from '../../src-main/core/documents/model';
import { buildReport, type ReportRows } from '../../src-main/core/domain/reports/aggregate';
import { memberRemediationDocument, reportDocument } from '../../src-main/core/domain/reports/report-documents';
import { findParagraph, paragraphs, tables, unzipDocx, type XmlParagraph, type XmlTable } from './docx-xml';
import { convertToPdf, pdfText, requireTools } from './libreoffice';

const catalogue = {
  groups: [{ code: 'I', title: 'Suy thoái về tư tưởng chính trị' }, { code: 'II', title: 'Suy thoái về đạo đức, lối sống' }],
  indicators: [
    { no: 2, groupCode: 'I', text: 'Lười học tập chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, nghị quyết, chỉ thị của Đảng' },
    { no: 10, groupCode: 'II', text: 'Cá nhân chủ nghĩa, sống ích kỷ, thực dụng, cơ hội, vụ lợi' },
  ],
};

const rows = {
  cells: [
    { id: 'vp', name: 'Chi bộ Văn phòng', higherBody: 'Đảng bộ phường Đông Hà' },
    { id: 'kp', name: 'Chi bộ Khu phố 3', higherBody: 'Đảng bộ phường Đông Hà' },
  ],
  forums: [{ id: 'f1', cellId: 'vp', date: '2026-03-10', focus: [2, 10] }, { id: 'f2', cellId: 'kp', date: '2026-06-01', focus: [10] }],
  attendance: [{ cellId: 'vp', status: 'chinh_thuc', count: 8 }, { cellId: 'vp', status: 'du_bi', count: 2 }, { cellId: 'kp', status: 'chinh_thuc', count: 5 }],
  identified: [{ cellId: 'vp', indicatorNo: 2, count: 3 }, { cellId: 'kp', indicatorNo: 10, count: 1 }],
  raised: [{ cellId: 'vp', indicatorNo: 10, count: 2 }],
  actions: [{ cellId: 'vp', total: 4, completed: 2, completedOnTime: 1, overdue: 1 }],
  overdueItems: [{ id: 'a1', cellId: 'vp', forumDate: '2026-03-10', shortcoming: 'Có lúc còn ngại va chạm', measure: 'Góp ý thẳng thắn', ownerKind: 'member', ownerName: 'Trần Thị Hằng', deadline: '2026-05-31', progress: 40 }],
} satisfies ReportRows;
const reportOf = (cellIds: string[]) => {
  const keep = <T extends { cellId: string }>(list: readonly T[]) => list.filter((r) => cellIds.includes(r.cellId));
  return buildReport(
    {
      cells: rows.cells.filter((c) => cellIds.includes(c.id)), forums: keep(rows.forums), attendance: keep(rows.attendance),
      identified: keep(rows.identified), raised: keep(rows.raised), actions: keep(rows.actions), overdueItems: keep(rows.overdueItems),
    },
    catalogue, { from: '2026-01-01', to: '2026-12-31', asOf: '2026-11-23' },
  );
};

const cellOf = { name: 'Chi bộ Văn phòng', higherBody: 'Đảng bộ phường Đông Hà', placeName: 'Đông Hà' };
const several = reportDocument(reportOf(['vp', 'kp']), { cells: [cellOf, { ...cellOf, name: 'Chi bộ Khu phố 3' }], dateIso: '2026-11-23' });
const single = reportDocument(reportOf(['vp']), { cells: [cellOf], dateIso: '2026-11-23' });

const history: MemberHistory = {
  member: { id: 'm1', fullName: 'Lê Minh Đức', cellId: 'vp', cellName: 'Chi bộ Văn phòng', status: 'chinh_thuc', partyRole: 'dang_vien', active: true },
  forums: [], indicators: [], entries: [],
  commitments: [
    { id: 'c1', forumId: 'f1', forumDate: '2026-03-10', indicatorNos: [2], shortcoming: 'Việc tự học nghị quyết chưa đều', measure: 'Mỗi tuần đọc một tài liệu', deadline: '2026-06-30', progress: 100, completedAt: '2026-06-20', overdue: false, history: [] },
    { id: 'c2', forumId: 'f2', forumDate: '2026-09-15', indicatorNos: [10], shortcoming: 'Còn ngại góp ý cấp trên', measure: 'Phát biểu ở mỗi buổi sinh hoạt', deadline: '2026-10-31', progress: 40, completedAt: null, overdue: true, history: [] },
  ],
  summary: { forums: 2, attended: 2, selfIdentified: 2, raised: 1, commitments: 2, completed: 1, overdue: 1 },
};
const member = memberRemediationDocument(history, { year: 2026, higherBody: 'Đảng bộ phường Đông Hà', placeName: 'Đông Hà', dateIso: '2026-12-15' });

interface Parsed { all: XmlParagraph[]; tables: XmlTable[] }
async function parse(doc: PartyDocument): Promise<Parsed> {
  const xml = unzipDocx(await renderDocx(doc))['word/document.xml'];
  return { all: paragraphs(xml), tables: tables(xml) };
}
const cellTexts = (t: XmlTable, row: number, cell: number) => t.rows[row].cells[cell].paragraphs.map((p) => p.text);

describe('DOCX: báo cáo tổng hợp', () => {
  it('one cell reports as the cell: its header, Số …-BC/CB, T/M CHI BỘ, Nơi nhận the Đảng ủy', async () => {
    const d = await parse(single);
    const header = d.tables[0];
    expect(cellTexts(header, 0, 0)).toEqual(['ĐẢNG BỘ PHƯỜNG ĐÔNG HÀ', 'CHI BỘ VĂN PHÒNG', '*']);
    expect(cellTexts(header, 0, 1)[0]).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(cellTexts(header, 1, 0)[0]).toMatch(/^Số\s+-BC\/CB$/);
    expect(cellTexts(header, 1, 1)).toEqual(['Đông Hà, ngày 23 tháng 11 năm 2026']);
    const title = findParagraph(d.all, 'BÁO CÁO');
    expect(title.runs[0]).toMatchObject({ bold: true, font: 'Times New Roman' });
    expect(title.align).toBe('center');
    expect(d.all.some((p) => p.text.startsWith('tổng hợp kết quả sinh hoạt chuyên đề “tự soi, tự sửa”') && p.text.endsWith('từ ngày 1 tháng 1 năm 2026 đến ngày 31 tháng 12 năm 2026'))).toBe(true);
    for (const h of ['I- TÌNH HÌNH TỔ CHỨC SINH HOẠT', 'II- BIỂU HIỆN ĐƯỢC CHỌN VÀ KẾT QUẢ TỰ SOI, GÓP Ý', 'III- KẾT QUẢ THỰC HIỆN KẾ HOẠCH KHẮC PHỤC']) {
      expect(findParagraph(d.all, h).runs[0].bold).toBe(true);
    }
    findParagraph(d.all, 'Chi bộ Văn phòng đã tổ chức 1 buổi sinh hoạt chuyên đề, với 10 lượt đảng viên dự (chính thức 8, dự bị 2); bình quân 10 đảng viên mỗi buổi.');
    const signature = d.tables[d.tables.length - 1];
    expect(cellTexts(signature, 0, 1).slice(0, 2)).toEqual(['T/M CHI BỘ', 'BÍ THƯ']);
    expect(cellTexts(signature, 0, 0)).toEqual(['Nơi nhận:', '- Đảng ủy phường Đông Hà (báo cáo);', '- Lưu Chi bộ.']);
  });

  it('several cells report as their Đảng ủy, with the per-cell table, the group and indicator tables and the overdue items', async () => {
    const d = await parse(several);
    const header = d.tables[0];
    expect(cellTexts(header, 0, 0)).toEqual(['', 'ĐẢNG ỦY PHƯỜNG ĐÔNG HÀ', '*']);
    expect(cellTexts(header, 1, 0)[0]).toMatch(/^Số\s+-BC\/ĐU$/);
    const [, perCell, groups, indicators, overdue] = d.tables;
    expect(perCell.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text).join(' ')))).toEqual([
      ['TT', 'Chi bộ', 'Số buổi', 'Lượt dự (chính thức)', 'Lượt dự (dự bị)', 'Lượt tự nhận', 'Lượt được góp ý', 'Việc quá hạn'],
      ['1', 'Chi bộ Khu phố 3', '1', '5', '0', '1', '0', '0'],
      ['2', 'Chi bộ Văn phòng', '1', '8', '2', '3', '2', '1'],
      ['', 'Cộng', '2', '13', '2', '4', '2', '1'],
    ]);
    expect(groups.rows[1].cells.map((c) => c.paragraphs[0].text)).toEqual(['Nhóm I. Suy thoái về tư tưởng chính trị', '1', '3', '0']);
    expect(indicators.rows[2].cells.map((c) => c.paragraphs[0].text)).toEqual(['(10)', 'Cá nhân chủ nghĩa, sống ích kỷ, thực dụng, cơ hội, vụ lợi', '2', '1', '2']);
    expect(overdue.rows[1].cells.map((c) => c.paragraphs[0].text)).toEqual(['1', 'Chi bộ Văn phòng', 'Có lúc còn ngại va chạm', 'Đồng chí Trần Thị Hằng', '31/05/2026', '40']);
    findParagraph(d.all, 'Các kế hoạch khắc phục có 4 nội dung; đã hoàn thành 2 (50%), trong đó 1 nội dung đúng hạn; còn 2 nội dung đang thực hiện, trong đó 1 nội dung quá hạn (tính đến ngày 23 tháng 11 năm 2026).');
    const signature = d.tables[d.tables.length - 1];
    expect(cellTexts(signature, 0, 1).slice(0, 2)).toEqual(['T/M ĐẢNG ỦY', 'BÍ THƯ']);
  });
});

describe('DOCX: cells under different higher bodies', () => {
  it('leaves the committee and the place for the writer to fill in', async () => {
    const doc = reportDocument(reportOf(['vp', 'kp']), {
      cells: [cellOf, { name: 'Chi bộ Khu phố 3', higherBody: 'Đảng bộ xã Tam Kỳ', placeName: 'Tam Kỳ' }], dateIso: '2026-11-23',
    });
    expect(doc.header).toMatchObject({ higherBody: '', issuingBody: '', place: '……' });
    const d = await parse(doc);
    expect(cellTexts(d.tables[0], 0, 0)).toEqual(['', '', '*']);
    expect(cellTexts(d.tables[0], 1, 1)).toEqual(['……, ngày 23 tháng 11 năm 2026']);
  });
});

describe('DOCX: kết quả khắc phục hạn chế, khuyết điểm kỳ trước (Mẫu 02A/02B, mục III)', () => {
  it('has no number line, the section heading, one row per commitment and the member’s own signature', async () => {
    const d = await parse(member);
    const header = d.tables[0];
    expect(cellTexts(header, 0, 0)).toEqual(['ĐẢNG BỘ PHƯỜNG ĐÔNG HÀ', 'CHI BỘ VĂN PHÒNG', '*']);
    expect(cellTexts(header, 1, 0)).toEqual(['']);
    expect(cellTexts(header, 1, 1)).toEqual(['Đông Hà, ngày 15 tháng 12 năm 2026']);
    findParagraph(d.all, 'BẢN KIỂM ĐIỂM CÁ NHÂN');
    findParagraph(d.all, 'III- KẾT QUẢ KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM KỲ TRƯỚC');
    findParagraph(d.all, 'Họ và tên: Lê Minh Đức');
    const rows = d.tables[1].rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text).join(' ')));
    expect(rows).toEqual([
      ['TT', 'Hạn chế, khuyết điểm', 'Biểu hiện', 'Biện pháp khắc phục', 'Thời hạn', 'Kết quả'],
      ['1', 'Việc tự học nghị quyết chưa đều (sinh hoạt ngày 10/03/2026)', '(2)', 'Mỗi tuần đọc một tài liệu', '30/06/2026', 'Hoàn thành ngày 20/06/2026'],
      ['2', 'Còn ngại góp ý cấp trên (sinh hoạt ngày 15/09/2026)', '(10)', 'Phát biểu ở mỗi buổi sinh hoạt', '31/10/2026', 'Quá hạn (40%)'],
    ]);
    const signature = d.tables[d.tables.length - 1];
    expect(cellTexts(signature, 0, 1)).toEqual(['NGƯỜI TỰ KIỂM ĐIỂM', 'Lê Minh Đức']);
  });
});

describe('XLSX: báo cáo tổng hợp', () => {
  it('has the four sheets with numbers as numbers, the heatmap shaded and real dates for the overdue items', async () => {
    const data = reportOf(['vp', 'kp']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await renderReportXlsx(data, { higherBody: '', issuingBody: 'Đảng ủy phường Đông Hà', summary: 'tổng hợp kết quả' }) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Biểu hiện', 'Bản đồ nhiệt', 'Quá hạn']);
    const sum = workbook.getWorksheet('Tổng hợp')!;
    expect(sum.getCell(REPORT_SHEET_ROWS.issuingBody, 1).value).toBe('ĐẢNG ỦY PHƯỜNG ĐÔNG HÀ');
    expect(sum.getCell(REPORT_SHEET_ROWS.title, 1).value).toBe('BÁO CÁO');
    expect(sum.getRow(REPORT_SHEET_ROWS.firstCell + 1).values).toEqual([undefined, 2, 'Chi bộ Văn phòng', 1, 8, 2, 3, 2, 4, 2, 1]);
    expect(sum.getRow(REPORT_SHEET_ROWS.firstCell + 2).values).toEqual([undefined, '', 'Cộng', 2, 13, 2, 4, 2, 4, 2, 1]);
    const heat = workbook.getWorksheet('Bản đồ nhiệt')!;
    expect(heat.getRow(1).values).toEqual([undefined, 'Biểu hiện', 'Chi bộ Khu phố 3', 'Chi bộ Văn phòng']);
    // (2) in Văn phòng: 3 self-identified; (10) in Văn phòng: 2 raised, in Khu phố 3: 1 self-identified.
    expect(heat.getRow(2).values).toEqual([undefined, '(2)', 0, 3]);
    expect(heat.getRow(3).values).toEqual([undefined, '(10)', 1, 2]);
    expect(heat.getCell(2, 3).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    const overdue = workbook.getWorksheet('Quá hạn')!;
    expect(overdue.getCell(2, 7).value).toEqual(new Date('2026-05-31T00:00:00Z'));
    expect(overdue.getCell(2, 7).numFmt).toBe('dd/mm/yyyy');
  });
});

describe('through LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tusoi-reports-pdf-'));
  const texts: Record<string, string> = {};
  beforeAll(async () => {
    requireTools();
    const files: string[] = [];
    for (const [name, doc] of Object.entries({ 'bao-cao-tong-hop': several, 'ket-qua-khac-phuc': member })) {
      const file = path.join(dir, `${name}.docx`);
      writeFileSync(file, await renderDocx(doc));
      files.push(file);
    }
    const pdfs = await convertToPdf(files, dir);
    texts['bao-cao-tong-hop'] = (await pdfText(pdfs[0])).replace(/\s+/g, ' ');
    texts['ket-qua-khac-phuc'] = (await pdfText(pdfs[1])).replace(/\s+/g, ' ');
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the Vietnamese text of both documents with its diacritics', () => {
    for (const expected of ['ĐẢNG ỦY PHƯỜNG ĐÔNG HÀ', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Đông Hà, ngày 23 tháng 11 năm 2026', 'BÁO CÁO', 'Chi bộ Khu phố 3', 'Đồng chí Trần Thị Hằng', 'T/M ĐẢNG ỦY']) {
      expect(texts['bao-cao-tong-hop']).toContain(expected);
    }
    for (const expected of ['BẢN KIỂM ĐIỂM CÁ NHÂN', 'KẾT QUẢ KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM KỲ TRƯỚC', 'Hoàn thành ngày 20/06/2026', 'NGƯỜI TỰ KIỂM ĐIỂM', 'Lê Minh Đức']) {
      expect(texts['ket-qua-khac-phuc']).toContain(expected);
    }
  });
});
