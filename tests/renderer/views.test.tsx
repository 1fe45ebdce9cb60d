// Views are props-only: render them to HTML in plain Node (no DOM needed) and read what they say.
import { describe, expect, it } from 'vitest';
import { renderHtml as html, textOf as text } from '../support/render-html';
import type { Cell, IndicatorGroup, Member } from '../../src-renderer/api/types';
import { FocusPicker } from '../../src-renderer/features/forums/FocusPicker';
import { MembersTable } from '../../src-renderer/features/members/MembersTable';
import { CellHomeView } from '../../src-renderer/features/cells/CellHomeView';

const groups: IndicatorGroup[] = ['I', 'II', 'III'].map((code, g) => ({
  code,
  title: `Nhóm thử ${code}`,
  indicators: Array.from({ length: 9 }, (_, i) => ({
    no: g * 9 + i + 1,
    groupCode: code,
    text: `Biểu hiện số ${g * 9 + i + 1}`,
    verification: i === 0 ? ('verbatim' as const) : ('gist_only' as const),
    confirmedAt: null,
    official: i === 0,
  })),
}));

describe('FocusPicker', () => {
  it('counts the selection and marks unconfirmed wording', () => {
    const selected = new Set([1, 2, 3, 10, 11, 12, 13, 14, 15, 16, 17]);
    const out = text(html(<FocusPicker groups={groups} selected={selected} onChange={() => {}} />));
    expect(out).toContain('Đã chọn 11/27 biểu hiện');
    expect(out).toContain('Nhóm I. Nhóm thử I');
    expect(out).toContain('3/9');
    // 24 items are not official: each carries the mark; the 3 official ones do not.
    expect(out.match(/Chưa đối chiếu/g)).toHaveLength(24);
  });
});

describe('MembersTable', () => {
  it('shows Vietnamese labels for status and role', () => {
    const member: Member = {
      id: 'm1', cellId: 'c1', fullName: 'Trần Thị Hằng', birthYear: 1978, status: 'du_bi', partyRole: 'pho_bi_thu',
      otherPositions: 'Phó Chánh Văn phòng', exempt: false, active: false, createdAt: '', updatedAt: '', version: 1,
    };
    const out = text(html(<MembersTable members={[member]} onEdit={() => {}} />));
    expect(out).toContain('Trần Thị Hằng');
    expect(out).toContain('Dự bị');
    expect(out).toContain('Phó Bí thư');
    expect(out).toContain('Đã chuyển đi');
  });
});

describe('CellHomeView', () => {
  const cell: Cell = {
    id: 'c1', name: 'Chi bộ khu phố 3', higherBody: 'Đảng bộ phường Vị Thanh', placeName: 'Vị Thanh', termStartYear: 2025,
    termEndYear: 2030, isSample: true, createdAt: '', updatedAt: '', version: 1,
    memberCounts: { total: 0, chinhThuc: 0, duBi: 0, exempt: 0, left: 0 },
  };

  it('teaches with one sentence and one button when empty', () => {
    const out = text(html(<CellHomeView cell={cell} recent={[]} hasForums={false} />));
    expect(out).toContain('Nhiệm kỳ 2025–2030');
    expect(out).toContain('Chi bộ mẫu');
    expect(out).toContain('Thêm đảng viên');
    expect(out).toContain('Tạo diễn đàn');
  });
});
