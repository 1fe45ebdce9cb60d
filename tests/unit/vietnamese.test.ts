import { describe, expect, it } from 'vitest';
import {
  compareVietnameseNames, formatDocumentDate, formatShortDate, sortByVietnameseName, splitVietnameseName,
} from '../../src-main/core/domain/vietnamese';

describe('Vietnamese names', () => {
  it('splits family, middle and given names', () => {
    expect(splitVietnameseName('Nguyễn Thị Minh Hằng')).toEqual({ family: 'Nguyễn', middle: 'Thị Minh', given: 'Hằng' });
    expect(splitVietnameseName('  Lê   Lợi ')).toEqual({ family: 'Lê', middle: '', given: 'Lợi' });
    expect(splitVietnameseName('Thọ')).toEqual({ family: '', middle: '', given: 'Thọ' });
  });

  it('sorts by given name first, then middle, then family', () => {
    const sorted = sortByVietnameseName(
      ['Nguyễn Văn Tuấn', 'Trần Thị Hằng', 'Lê Minh Đức', 'Phạm Ngọc Ánh', 'Bùi Đức An', 'Đỗ Thanh Yến'],
      (n) => n,
    );
    expect(sorted).toEqual(['Bùi Đức An', 'Phạm Ngọc Ánh', 'Lê Minh Đức', 'Trần Thị Hằng', 'Nguyễn Văn Tuấn', 'Đỗ Thanh Yến']);
  });

  it('uses Vietnamese letter order: a ă â, d before đ, e ê, o ô ơ, u ư', () => {
    const given = ['Ân', 'Ăn', 'An', 'Đào', 'Dung', 'Ê', 'Em', 'Ơn', 'Ôn', 'Oanh', 'Ưng', 'Uyên'];
    const sorted = sortByVietnameseName(given, (n) => n);
    expect(sorted).toEqual(['An', 'Ăn', 'Ân', 'Dung', 'Đào', 'Em', 'Ê', 'Oanh', 'Ôn', 'Ơn', 'Uyên', 'Ưng']);
  });

  it('breaks ties on the middle name, then the family name', () => {
    expect(compareVietnameseNames('Trần Văn Hùng', 'Lê Đức Hùng')).toBeGreaterThan(0); // Đức < Văn
    expect(compareVietnameseNames('Trần Văn Hùng', 'Lê Văn Hùng')).toBeGreaterThan(0); // Lê < Trần
    expect(compareVietnameseNames('Lê Văn Hùng', 'Lê Văn Hùng')).toBe(0);
  });

  it('treats decomposed and composed input alike', () => {
    const decomposed = 'Nguyễn Văn Đức'.normalize('NFD');
    expect(compareVietnameseNames(decomposed, 'Nguyễn Văn Đức')).toBe(0);
  });
});

describe('Vietnamese dates', () => {
  it('writes document dates the Party way', () => {
    expect(formatDocumentDate('2026-03-05')).toBe('ngày 5 tháng 3 năm 2026');
    expect(formatDocumentDate('2026-03-05', { padDayMonth: true })).toBe('ngày 05 tháng 03 năm 2026');
    expect(formatDocumentDate('2017-07-18')).toBe('ngày 18 tháng 7 năm 2017');
    expect(formatShortDate('2026-03-05')).toBe('05/03/2026');
  });
});
