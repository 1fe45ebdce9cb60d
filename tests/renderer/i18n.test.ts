// Vietnamese display and input helpers, and the "next forum" rule of the cell home.
import { describe, expect, it } from 'vitest';
import {
  formatDateLong, formatDateShort, formatDateWithWeekday, forumStatusLabel, memberStatusLabel, parseDateInput,
  parseTimeInput, partyRoleLabel, verificationLabel,
} from '../../src-renderer/i18n';
import { splitForums } from '../../src-renderer/features/cells/next-forum';
import type { ForumSummary } from '../../src-renderer/api/types';

describe('dates', () => {
  it('formats long and short Vietnamese dates', () => {
    expect(formatDateLong('2026-03-05')).toBe('ngày 5 tháng 3 năm 2026');
    expect(formatDateShort('2026-03-05')).toBe('05/03/2026');
    expect(formatDateWithWeekday('2026-03-05')).toBe('Thứ Năm, ngày 5 tháng 3 năm 2026');
    expect(formatDateWithWeekday('2026-03-08')).toBe('Chủ nhật, ngày 8 tháng 3 năm 2026');
  });

  it('parses what people type, day first, and ISO', () => {
    expect(parseDateInput('5/3/2026')).toBe('2026-03-05');
    expect(parseDateInput(' 05/03/2026 ')).toBe('2026-03-05');
    expect(parseDateInput('5-3-2026')).toBe('2026-03-05');
    expect(parseDateInput('2026-03-05')).toBe('2026-03-05');
    expect(parseDateInput('31/02/2026')).toBeNull();
    expect(parseDateInput('3/2026')).toBeNull();
    expect(parseDateInput('')).toBeNull();
  });

  it('parses times', () => {
    expect(parseTimeInput('8:00')).toBe('08:00');
    expect(parseTimeInput('8h30')).toBe('08:30');
    expect(parseTimeInput('14g')).toBe('14:00');
    expect(parseTimeInput('14')).toBe('14:00');
    expect(parseTimeInput('24:00')).toBeNull();
    expect(parseTimeInput('8:7')).toBeNull();
  });
});

describe('enum labels', () => {
  it('uses the Party terms exactly', () => {
    expect(memberStatusLabel('chinh_thuc')).toBe('Chính thức');
    expect(memberStatusLabel('du_bi')).toBe('Dự bị');
    expect(partyRoleLabel('pho_bi_thu')).toBe('Phó Bí thư');
    expect(partyRoleLabel('chi_uy_vien')).toBe('Chi ủy viên');
    expect(verificationLabel('verbatim')).toBe('Nguyên văn đã đối chiếu');
    expect(verificationLabel('gist_only')).toBe('Chỉ đúng ý — chưa đối chiếu');
    expect(forumStatusLabel('in_progress')).toBe('Đang họp');
  });
});

describe('splitForums', () => {
  const f = (id: string, date: string, status: ForumSummary['status']): ForumSummary => ({
    id, cellId: 'c', topic: id, date, startTime: '08:00', status, focusCount: 27,
  });

  it('takes the nearest upcoming draft as next, the rest newest first', () => {
    const forums = [f('a', '2026-01-10', 'closed'), f('b', '2026-06-01', 'draft'), f('c', '2026-04-01', 'draft')];
    const { next, recent } = splitForums(forums, '2026-03-01');
    expect(next?.id).toBe('c');
    expect(recent.map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('prefers a forum being held, and falls back to a past draft', () => {
    expect(splitForums([f('a', '2026-01-10', 'draft'), f('b', '2026-01-01', 'in_progress')], '2026-03-01').next?.id).toBe('b');
    expect(splitForums([f('a', '2026-01-10', 'draft'), f('b', '2026-01-01', 'closed')], '2026-03-01').next?.id).toBe('a');
    expect(splitForums([f('b', '2026-01-01', 'closed')], '2026-03-01').next).toBeUndefined();
  });
});
