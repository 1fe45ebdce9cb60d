// The format profile's text rules: number line, place and date, case and cleaning; the plan rows.
import { describe, expect, it } from 'vitest';
import {
  HD36_2018,
  cleanText,
  formatNumberLine,
  formatPlaceDate,
  getFormatProfile,
  styled,
  vietnameseUpper,
} from '../../src-main/core/documents/format-profiles';
import { formatDocumentNumber } from '../../src-main/core/domain/documents/numbering';
import { PLAN_COLUMNS, planTableBlock } from '../../src-main/core/documents/plan';
import { PLAN_ITEMS } from './fixtures';

describe('HD36-2018 profile', () => {
  it('is found by id and holds the confirmed values', () => {
    const p = getFormatProfile('HD36-2018');
    expect(p).toBe(HD36_2018);
    expect(p.font).toBe('Times New Roman');
    expect([p.page.widthMm, p.page.heightMm]).toEqual([210, 297]);
    expect(p.header.partyTitle).toMatchObject({ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', sizePt: 15, bold: true, upper: true });
    expect(p.header.higherBody).toMatchObject({ sizePt: 14, bold: false, upper: true });
    expect(p.header.issuingBody).toMatchObject({ sizePt: 14, bold: true, upper: true });
    expect(p.header.placeDate).toMatchObject({ sizePt: 14, italic: true });
    expect(p.title).toMatchObject({ bold: true, upper: true, align: 'center' });
    expect(p.title.sizePt).toBeGreaterThanOrEqual(15);
    expect(p.recipients.label).toMatchObject({ text: 'Nơi nhận:', underline: true, sizePt: 14 });
    expect(p.recipients.line.sizePt).toBe(12);
    expect(p.pageNumber.fromPage).toBe(2);
    expect(() => getFormatProfile('HD99' as never)).toThrow(/Unknown document format profile/);
  });

  it('writes the number line "Số 01-NQ/CB" without a colon, blank when not yet assigned', () => {
    expect(formatNumberLine(HD36_2018, '01', 'NQ')).toBe('Số 01-NQ/CB');
    expect(formatNumberLine(HD36_2018, '12', 'KH', 'ĐU')).toBe('Số 12-KH/ĐU');
    expect(formatNumberLine(HD36_2018, null, 'BB')).toBe(formatDocumentNumber(null, 'BB'));
    expect(formatNumberLine(HD36_2018, '03', 'BC')).toBe(formatDocumentNumber(3, 'BC'));
  });

  it('writes the place and date "Đông Hà, ngày 5 tháng 3 năm 2026", padded when set', () => {
    expect(formatPlaceDate(HD36_2018, 'Đông Hà', '2026-03-05')).toBe('Đông Hà, ngày 5 tháng 3 năm 2026');
    expect(formatPlaceDate(HD36_2018, ' Đông Hà ', '2026-09-20T10:00:00Z')).toBe('Đông Hà, ngày 20 tháng 9 năm 2026');
    const padded = { ...HD36_2018, header: { ...HD36_2018.header, placeDate: { ...HD36_2018.header.placeDate, padDayMonth: true } } };
    expect(formatPlaceDate(padded, 'Đông Hà', '2026-03-05')).toBe('Đông Hà, ngày 05 tháng 03 năm 2026');
    expect(() => formatPlaceDate(HD36_2018, 'Đông Hà', '5/3/2026')).toThrow(/ISO/);
  });

  it('upper-cases Vietnamese and keeps it NFC; cleans characters XML cannot carry', () => {
    expect(vietnameseUpper('chi bộ văn phòng'.normalize('NFD'))).toBe('CHI BỘ VĂN PHÒNG');
    expect(vietnameseUpper('đảng bộ phường đông hà')).toBe('ĐẢNG BỘ PHƯỜNG ĐÔNG HÀ');
    expect(styled('Nơi nhận:', { upper: false })).toBe('Nơi nhận:');
    expect(cleanText('a\u0000b\u0007c\td\r\ne\uD800f')).toBe('abc d\ne\uFFFDf');
    expect(cleanText('😀 ok')).toBe('😀 ok');
  });
});

describe('plan rows', () => {
  it('builds the DOCX table block with the twelve columns, TT numbered, dates dd/mm/yyyy', () => {
    const block = planTableBlock(PLAN_ITEMS);
    expect(block.columns.map((c) => c.title)).toEqual(PLAN_COLUMNS.map((c) => c.title));
    expect(block.rows).toHaveLength(3);
    expect(block.rows[0]).toEqual([
      '1',
      'Còn nể nang, né tránh, ngại va chạm khi góp ý',
      '(5)',
      'Tâm lý giữ hoà khí, sợ mất lòng',
      'Góp ý trực tiếp, cụ thể tại sinh hoạt chi bộ hằng tháng; chi ủy nhận xét chất lượng góp ý',
      'Chi ủy',
      'Toàn thể đảng viên',
      '31/12/2026',
      'Mỗi kỳ sinh hoạt có ít nhất 3 ý kiến góp ý cụ thể',
      'Đ/c Nhung',
      '40',
      '',
    ]);
    expect(block.rows[2][7]).toBe('');
    expect(block.rows[2][10]).toBe('');
  });
});
