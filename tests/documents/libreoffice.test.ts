// The four documents through LibreOffice: each DOCX opens and converts to PDF (one soffice call for
// all of them), the Vietnamese text comes out with its diacritics, only Times New Roman (or its
// metric twin Liberation Serif) is used, so no glyph fell back to another font, and page numbers
// start on page 2.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src-main/core/documents/docx-writer';
import type { PartyDocument } from '../../src-main/core/documents/model';
import { VOTE_LINE, minutesFixture, planFixture, reportFixture, resolutionFixture } from './fixtures';
import { convertToPdf, pdfFonts, pdfPages, pdfText, requireTools } from './libreoffice';

const DOCUMENTS: Record<string, PartyDocument> = {
  'nghi-quyet': resolutionFixture(),
  'bien-ban': minutesFixture(),
  'ke-hoach': planFixture(),
  'bao-cao': reportFixture(),
};

const dir = mkdtempSync(path.join(tmpdir(), 'tusoi-docx-pdf-'));
const texts: Record<string, string> = {};
const pdfs: Record<string, string> = {};

beforeAll(async () => {
  requireTools();
  const files: string[] = [];
  for (const [name, doc] of Object.entries(DOCUMENTS)) {
    const file = path.join(dir, `${name}.docx`);
    writeFileSync(file, await renderDocx(doc));
    files.push(file);
  }
  const out = await convertToPdf(files, dir);
  for (const [i, name] of Object.keys(DOCUMENTS).entries()) {
    pdfs[name] = out[i];
    texts[name] = await pdfText(out[i]);
  }
}, 180_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** pdftotext breaks lines where the page does; compare with single spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('DOCX → PDF with LibreOffice', () => {
  it('keeps the header and the Vietnamese text of the resolution with its diacritics', () => {
    const text = flat(texts['nghi-quyet']);
    for (const expected of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG BỘ PHƯỜNG ĐÔNG HÀ',
      'CHI BỘ VĂN PHÒNG',
      'Số 01-NQ/CB',
      'Đông Hà, ngày 20 tháng 9 năm 2026',
      'NGHỊ QUYẾT',
      'QUYẾT NGHỊ:',
      'I- ĐÁNH GIÁ KẾT QUẢ',
      'II- NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC',
      'III- TỔ CHỨC THỰC HIỆN',
      'biểu hiện (5), (14)',
      flat(VOTE_LINE),
      'T/M CHI BỘ',
      'BÍ THƯ',
      'Trần Thị Hồng Nhung',
      'Nơi nhận:',
      '- Đảng ủy phường Đông Hà (báo cáo);',
      '- Lưu Chi bộ.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('DỰ THẢO');
  });

  it('shows the draft mark and both signatures on the minutes', () => {
    const text = flat(texts['bien-ban']);
    for (const expected of ['DỰ THẢO', 'BIÊN BẢN', 'THƯ KÝ', 'CHỦ TRÌ', 'Lê Văn Đức', 'Trần Thị Hồng Nhung', '-BB/CB']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Nơi nhận');
  });

  it('lays out the plan with its table headings and rows', () => {
    const text = flat(texts['ke-hoach']);
    for (const expected of ['KẾ HOẠCH', 'Số 01-KH/CB', 'Đông Hà, ngày 25 tháng 9 năm 2026', 'Thời hạn', 'Kết quả cần', '31/12/2026', '30/11/2026', 'Đ/c Bình']) {
      expect(text).toContain(expected);
    }
  });

  it('keeps the report and its draft mark', () => {
    const text = flat(texts['bao-cao']);
    for (const expected of ['BÁO CÁO', 'DỰ THẢO', 'Số 01-BC/CB', 'III- KIẾN NGHỊ, ĐỀ XUẤT']) expect(text).toContain(expected);
  });

  it('uses Times New Roman (or Liberation Serif) only: no glyph fell back to another font', async () => {
    for (const pdf of Object.values(pdfs)) {
      const fonts = await pdfFonts(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font).toMatch(/^(TimesNewRoman|Times-|LiberationSerif|Tinos)/);
    }
  });

  it('numbers pages from page 2, at the top', async () => {
    const pages = await pdfPages(pdfs['nghi-quyet']);
    expect(pages).toBeGreaterThanOrEqual(2);
    const byPage = texts['nghi-quyet'].split('\f');
    expect(byPage[0].trimStart().startsWith('1')).toBe(false);
    expect(byPage[1].trimStart().split('\n')[0].trim()).toBe('2');
  });
});
