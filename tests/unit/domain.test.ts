import { describe, expect, it } from 'vitest';
import {
  isOfficialWording, normalizeFocus, reviseIndicators, UnknownIndicatorError, type CatalogueIndicatorData,
} from '../../src-main/core/domain/catalogue';
import { countMembers } from '../../src-main/core/domain/members';

const items: CatalogueIndicatorData[] = [
  { no: 1, groupCode: 'I', text: 'Phai nhạt lý tưởng cách mạng', verification: 'verbatim', confirmedAt: null },
  { no: 2, groupCode: 'I', text: 'Xa rời tôn chỉ', verification: 'gist_only', confirmedAt: null },
  { no: 3, groupCode: 'I', text: 'Nhận thức sai lệch', verification: 'partial', confirmedAt: '2026-01-01T00:00:00.000Z' },
];

describe('catalogue wording', () => {
  it('is official only when verbatim or confirmed by a user', () => {
    expect(items.map(isOfficialWording)).toEqual([true, false, true]);
  });

  it('confirming an item without changing it stamps it and keeps its level', () => {
    const next = reviseIndicators(items, [{ no: 2, text: 'Xa rời tôn chỉ', confirmed: true }], 'NOW');
    expect(next[1]).toMatchObject({ text: 'Xa rời tôn chỉ', verification: 'gist_only', confirmedAt: 'NOW' });
    expect(isOfficialWording(next[1])).toBe(true);
    expect(next[0]).toEqual(items[0]);
  });

  it('new wording that is not confirmed is never official, even over a verbatim item', () => {
    const next = reviseIndicators(items, [{ no: 1, text: 'Phai nhạt lý tưởng', confirmed: false }], 'NOW');
    expect(next[0]).toMatchObject({ verification: 'user_edited', confirmedAt: null });
    expect(isOfficialWording(next[0])).toBe(false);
    const reconfirmed = reviseIndicators(items, [{ no: 3, text: 'Nhận thức sai lệch về lý luận', confirmed: false }], 'NOW');
    expect(reconfirmed[2].confirmedAt).toBeNull();
  });

  it('refuses a change to an item that does not exist', () => {
    expect(() => reviseIndicators(items, [{ no: 28, text: 'x', confirmed: true }], 'NOW')).toThrow(UnknownIndicatorError);
  });
});

describe('focus selection', () => {
  const all = Array.from({ length: 27 }, (_, i) => i + 1);
  it('defaults to every indicator', () => {
    expect(normalizeFocus(undefined, all)).toEqual(all);
  });
  it('deduplicates and orders the chosen numbers', () => {
    expect(normalizeFocus([12, 5, 4, 12, 10], all)).toEqual([4, 5, 10, 12]);
  });
  it('refuses numbers the catalogue does not have', () => {
    expect(() => normalizeFocus([4, 28, 99], all)).toThrow(UnknownIndicatorError);
  });
});

describe('member counts', () => {
  it('counts active members by status and exemption; those who left apart', () => {
    const counts = countMembers([
      { status: 'chinh_thuc', exempt: false, active: true },
      { status: 'chinh_thuc', exempt: true, active: true },
      { status: 'du_bi', exempt: false, active: true },
      { status: 'chinh_thuc', exempt: false, active: false },
    ]);
    expect(counts).toEqual({ total: 3, chinhThuc: 2, duBi: 1, exempt: 1, left: 1 });
  });
});
