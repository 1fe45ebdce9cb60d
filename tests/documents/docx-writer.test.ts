// The DOCX writer, read back from word/document.xml: font, size (half-points), bold, italic,
// underline and alignment of every header element and of the signature block, page setup, the
// draft mark, body paragraphs, the plan's table, and Vietnamese text kept intact (NFC).
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDocumentNumber } from '../../src-main/core/domain/documents/numbering';
import { renderDocx } from '../../src-main/core/documents/docx-writer';
import { HD36_2018 } from '../../src-main/core/documents/format-profiles';
import type { PartyDocument } from '../../src-main/core/documents/model';
import { PLAN_COLUMNS } from '../../src-main/core/documents/plan';
import { findParagraph, paragraphStyle, paragraphs, tables, unzipDocx, type XmlParagraph, type XmlTable } from './docx-xml';
import { RECIPIENTS, VOTE_LINE, minutesFixture, planFixture, resolutionFixture } from './fixtures';

const TNR = 'Times New Roman';
const mmTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

interface Parsed {
  files: Record<string, string>;
  xml: string;
  all: XmlParagraph[];
  tables: XmlTable[];
}

async function parse(doc: PartyDocument): Promise<Parsed> {
  const files = unzipDocx(await renderDocx(doc));
  const xml = files['word/document.xml'];
  return { files, xml, all: paragraphs(xml), tables: tables(xml) };
}

/** Expected style of a paragraph: half-point size and flags. */
const look = (sizePt: number, align: string, flags: { bold?: boolean; italic?: boolean; underline?: string | null } = {}) => ({
  font: TNR,
  size: sizePt * 2,
  bold: flags.bold ?? false,
  italic: flags.italic ?? false,
  underline: flags.underline ?? null,
  align,
});

/** No table or cell border is drawn (a paragraph rule or an underline may be). */
const borderless = (t: XmlTable) => {
  const borders = [...t.xml.matchAll(/<w:(tblBorders|tcBorders)>[\s\S]*?<\/w:\1>/g)].map((m) => m[0]).join('');
  expect(borders).not.toMatch(/w:val="(?!none)/);
};

const cellTexts = (t: XmlTable, row: number, cell: number) => t.rows[row].cells[cell].paragraphs.map((p) => p.text);

describe('DOCX: the resolution (adopted, Số 01-NQ/CB)', () => {
  let d: Parsed;
  beforeAll(async () => {
    d = await parse(resolutionFixture());
  });

  it('sets A4 portrait, the profile margins and page numbers from page 2 centred at the top', () => {
    const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(d.xml)![0];
    expect(sect).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const m = HD36_2018.page.margins;
    expect(sect).toContain(`w:top="${mmTwips(m.topMm)}"`);
    expect(sect).toContain(`w:bottom="${mmTwips(m.bottomMm)}"`);
    expect(sect).toContain(`w:left="${mmTwips(m.leftMm)}"`);
    expect(sect).toContain(`w:right="${mmTwips(m.rightMm)}"`);
    expect(sect).toContain(`w:header="${mmTwips(10)}"`);
    expect(sect).toContain('<w:titlePg/>'); // the first page has its own header
    const refs = [...sect.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((r) => r[1]).sort();
    expect(refs).toEqual(['default', 'first']);
    // The default header holds the PAGE field, centred; the first-page header is empty.
    const headerFiles = Object.entries(d.files).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    const withPage = headerFiles.filter(([, xml]) => /PAGE/.test(xml));
    expect(withPage).toHaveLength(1);
    expect(withPage[0][1]).toContain('<w:jc w:val="center"/>');
    expect(headerFiles.filter(([, xml]) => !/PAGE/.test(xml))).toHaveLength(1);
  });

  it('declares Times New Roman 14 pt and Vietnamese as the document defaults', () => {
    const styles = d.files['word/styles.xml'];
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0];
    expect(defaults).toContain(`w:ascii="${TNR}"`);
    expect(defaults).toContain(`w:hAnsi="${TNR}"`);
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('w:val="vi-VN"');
  });

  it('names Times New Roman on every run', () => {
    const runs = d.all.flatMap((p) => p.runs).filter((r) => r.text.trim() !== '');
    expect(runs.length).toBeGreaterThan(30);
    expect(runs.every((r) => r.font === TNR)).toBe(true);
  });

  it('lays the header out as a borderless two-column table, number and date on one row', () => {
    const header = d.tables[0];
    borderless(header);
    expect(header.rows).toHaveLength(2);
    expect(cellTexts(header, 0, 0)).toEqual(['ĐẢNG BỘ PHƯỜNG ĐÔNG HÀ', 'CHI BỘ VĂN PHÒNG', '*']);
    expect(cellTexts(header, 0, 1)).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM', '']);
    expect(cellTexts(header, 1, 0)).toEqual(['Số 01-NQ/CB']);
    expect(cellTexts(header, 1, 1)).toEqual(['Đông Hà, ngày 20 tháng 9 năm 2026']);
    // Left column 45 % of the text width (210 − 30 − 15 = 165 mm).
    const grid = [...header.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1]));
    expect(grid[0] + grid[1]).toBe(mmTwips(165));
    expect(grid[0] / (grid[0] + grid[1])).toBeCloseTo(0.45, 2);
  });

  it('styles every header element as the profile says', () => {
    const [row1, row2] = d.tables[0].rows;
    const [higher, issuing, star] = row1.cells[0].paragraphs;
    expect(paragraphStyle(higher)).toEqual(look(14, 'center'));
    expect(paragraphStyle(issuing)).toEqual(look(14, 'center', { bold: true }));
    expect(paragraphStyle(star)).toEqual(look(14, 'center'));
    expect(paragraphStyle(row2.cells[0].paragraphs[0])).toEqual(look(14, 'center'));
    const [partyTitle, rule] = row1.cells[1].paragraphs;
    expect(paragraphStyle(partyTitle)).toEqual(look(15, 'center', { bold: true }));
    expect(paragraphStyle(row2.cells[1].paragraphs[0])).toEqual(look(14, 'center', { italic: true }));
    // The rule: a bottom border, narrowed by equal indents to the title's length (73 mm).
    expect(rule.xml).toMatch(/<w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr>/);
    const left = Number(/w:left="(\d+)"/.exec(rule.xml)![1]);
    const right = Number(/w:right="(\d+)"/.exec(rule.xml)![1]);
    expect(left).toBe(right);
    const cellWidth = mmTwips(165) - Math.round(mmTwips(165) * 0.45);
    expect(cellWidth - left - right).toBeGreaterThan(mmTwips(72));
    expect(cellWidth - left - right).toBeLessThan(mmTwips(74));
  });

  it('centres the type, the summary and the separator, bold where due', () => {
    expect(paragraphStyle(findParagraph(d.all, 'NGHỊ QUYẾT'))).toEqual(look(16, 'center', { bold: true }));
    const summary = d.all.find((p) => p.text.startsWith('về kết quả sinh hoạt chuyên đề “tự soi, tự sửa”'))!;
    expect(paragraphStyle(summary)).toEqual(look(14, 'center', { bold: true }));
    expect(paragraphStyle(findParagraph(d.all, '-----'))).toEqual(look(14, 'center'));
  });

  it('has no draft mark once adopted', () => {
    expect(d.xml).not.toContain('DỰ THẢO');
  });

  it('justifies the body with a 1 cm first-line indent; headings bold and upper case', () => {
    const vote = findParagraph(d.all, VOTE_LINE);
    expect(paragraphStyle(vote)).toEqual(look(14, 'both'));
    expect(vote.firstLineIndent).toBe(mmTwips(10));
    const heading = findParagraph(d.all, 'I- ĐÁNH GIÁ KẾT QUẢ');
    expect(paragraphStyle(heading)).toEqual(look(14, 'both', { bold: true }));
    expect(findParagraph(d.all, 'II- NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC')).toBeTruthy();
    expect(findParagraph(d.all, 'III- TỔ CHỨC THỰC HIỆN')).toBeTruthy();
    const quyetNghi = findParagraph(d.all, 'QUYẾT NGHỊ:');
    expect(paragraphStyle(quyetNghi)).toEqual(look(14, 'center', { bold: true }));
    expect(quyetNghi.firstLineIndent).toBeNull();
    expect(d.all.some((p) => p.text.includes('biểu hiện (5), (14)'))).toBe(true);
  });

  it('closes with Nơi nhận on the left (underlined 14 pt, lines 12 pt) level with T/M CHI BỘ on the right', () => {
    const closing = d.tables[d.tables.length - 1];
    expect(closing.rows).toHaveLength(1);
    borderless(closing);
    const [left, right] = closing.rows[0].cells;
    expect(left.paragraphs.map((p) => p.text)).toEqual(['Nơi nhận:', ...RECIPIENTS.map((r) => `- ${r}`)]);
    expect(paragraphStyle(left.paragraphs[0])).toEqual(look(14, 'left', { underline: 'single' }));
    for (const line of left.paragraphs.slice(1)) expect(paragraphStyle(line)).toEqual(look(12, 'left'));
    expect(right.paragraphs.map((p) => p.text)).toEqual(['T/M CHI BỘ', 'BÍ THƯ', 'Trần Thị Hồng Nhung']);
    const [authority, title, name] = right.paragraphs;
    expect(paragraphStyle(authority)).toEqual(look(14, 'center', { bold: true }));
    expect(paragraphStyle(title)).toEqual(look(14, 'center'));
    expect(paragraphStyle(name)).toEqual(look(14, 'center', { bold: true }));
    expect(name.xml).toContain(`w:before="${mmTwips(25)}"`); // room for the signature and stamp
    // The signature column is the right half; the row never splits across pages.
    const grid = [...closing.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1]));
    expect(grid[1]).toBe(Math.round(mmTwips(165) / 2));
    expect(closing.rows[0].xml).toContain('<w:cantSplit/>');
    // The last body paragraph keeps with the signatures.
    expect(findParagraph(d.all, VOTE_LINE).xml).toContain('<w:keepNext/>');
  });
});

describe('DOCX: the minutes (draft, two signatures)', () => {
  let d: Parsed;
  beforeAll(async () => {
    d = await parse(minutesFixture());
  });

  it('marks the draft with a bold boxed "DỰ THẢO" at the top left, before the header', () => {
    const mark = d.tables[0];
    expect(cellTexts(mark, 0, 0)).toEqual(['DỰ THẢO']);
    expect(paragraphStyle(mark.rows[0].cells[0].paragraphs[0])).toEqual(look(14, 'center', { bold: true }));
    expect(mark.xml).toMatch(/<w:tcBorders><w:top w:val="single"[\s\S]*<w:left w:val="single"[\s\S]*<w:bottom w:val="single"[\s\S]*<w:right w:val="single"/);
    expect(Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(mark.xml)![1])).toBeLessThan(mmTwips(40));
    expect(d.xml.indexOf('DỰ THẢO')).toBeLessThan(d.xml.indexOf('ĐẢNG CỘNG SẢN VIỆT NAM'));
    // A paragraph separates the mark from the header table, or Word would merge the two tables.
    expect(d.xml).toMatch(/DỰ THẢO<\/w:t>[\s\S]*?<\/w:tbl><w:p>[\s\S]*?<\/w:p><w:tbl>/);
  });

  it('leaves the number blank to be filled in by hand', () => {
    // As the numbering rule writes it: "Số", then four spaces for the number.
    expect(cellTexts(d.tables[1], 1, 0)).toEqual([formatDocumentNumber(null, 'BB')]);
    expect(formatDocumentNumber(null, 'BB')).toBe('Số     -BB/CB');
  });

  it('signs THƯ KÝ on the left and CHỦ TRÌ on the right, both bold, and has no Nơi nhận', () => {
    const closing = d.tables[d.tables.length - 1];
    const [left, right] = closing.rows[0].cells;
    expect(left.paragraphs.map((p) => p.text)).toEqual(['THƯ KÝ', 'Lê Văn Đức']);
    expect(right.paragraphs.map((p) => p.text)).toEqual(['CHỦ TRÌ', 'Trần Thị Hồng Nhung']);
    for (const p of [...left.paragraphs, ...right.paragraphs]) expect(paragraphStyle(p)).toEqual(look(14, 'center', { bold: true }));
    expect(d.xml).not.toContain('Nơi nhận');
  });
});

describe('DOCX: the action plan (landscape, table)', () => {
  let d: Parsed;
  beforeAll(async () => {
    d = await parse(planFixture());
  });

  it('is landscape A4 with the same margins', () => {
    expect(d.xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('has a bordered table whose bold 12 pt header row repeats, its columns filling the text width', () => {
    const table = d.tables.find((t) => t.rows[0]?.cells.length === PLAN_COLUMNS.length)!;
    expect(table).toBeTruthy();
    expect(table.xml).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect(table.xml).toMatch(/<w:insideV w:val="single"/);
    const header = table.rows[0];
    expect(header.xml).toContain('<w:tblHeader/>');
    expect(header.cells.map((c) => c.paragraphs.map((p) => p.text).join(' '))).toEqual(PLAN_COLUMNS.map((c) => c.title));
    for (const cell of header.cells) expect(paragraphStyle(cell.paragraphs[0])).toEqual(look(12, 'center', { bold: true }));
    const grid = [...table.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1]));
    const textWidth = mmTwips(297 - 30 - 15);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(textWidth);
    expect(grid.reduce((a, b) => a + b, 0)).toBeGreaterThan(textWidth - PLAN_COLUMNS.length);
    const first = table.rows[1].cells.map((c) => c.paragraphs.map((p) => p.text).join('\n'));
    expect(first[0]).toBe('1');
    expect(first[7]).toBe('31/12/2026');
    expect(first[10]).toBe('40');
    expect(paragraphStyle(table.rows[1].cells[1].paragraphs[0])).toEqual(look(12, 'left'));
    expect(table.rows[1].xml).toContain('<w:cantSplit/>');
  });
});

describe('DOCX: text', () => {
  it('writes Vietnamese as NFC even from decomposed input, and drops characters XML cannot carry', async () => {
    const doc = resolutionFixture();
    const decomposed = 'Nguyễn Thị Hồng Nhung đã phát biểu'.normalize('NFD');
    doc.signatures.right.name = 'Nguyễn Thị Hồng Nhung'.normalize('NFD');
    doc.blocks = [{ kind: 'paragraph', runs: [{ text: `${decomposed}\u0007 <ok> & "fine"` }] }];
    const { xml, all } = await parse(doc);
    expect(xml).toContain('Nguyễn Thị Hồng Nhung đã phát biểu'.normalize('NFC'));
    expect(xml).not.toContain('Nguyễn'.normalize('NFD'));
    expect(xml).not.toContain('\u0007');
    expect(all.some((p) => p.text === 'Nguyễn Thị Hồng Nhung đã phát biểu <ok> & "fine"')).toBe(true);
  });

  it('breaks lines inside a run and keeps bold, italic and underline runs apart', async () => {
    const doc = resolutionFixture();
    doc.blocks = [
      { kind: 'paragraph', runs: [{ text: 'Đậm', bold: true }, { text: ' nghiêng', italic: true }, { text: ' gạch', underline: true }, { text: '\ndòng sau' }] },
    ];
    const { all } = await parse(doc);
    const p = all.find((x) => x.text.startsWith('Đậm'))!;
    expect(p.runs.map((r) => [r.text, r.bold, r.italic, r.underline])).toEqual([
      ['Đậm', true, false, null],
      [' nghiêng', false, true, null],
      [' gạch', false, false, 'single'],
      ['\ndòng sau', false, false, null],
    ]);
  });
});
