// Issue 5's pure functions on literal rows, with numbers one can check by hand: the aggregate
// report (forums, attendance, focus by indicator and group, heatmap, top shortcomings, actions) and
// a member's history (timeline entries, commitments, overdue, the year's commitments).
import { describe, expect, it } from 'vitest';
import { buildReport, ownerLabel, percent, type ReportRows } from '../../src-main/core/domain/reports/aggregate';
import { buildMemberHistory, commitmentsForYear, isOverdue, type HistoryRows } from '../../src-main/core/domain/reports/history';

const catalogue = {
  groups: [{ code: 'I', title: 'Tư tưởng chính trị' }, { code: 'II', title: 'Đạo đức, lối sống' }, { code: 'III', title: 'Tự diễn biến' }],
  indicators: [
    { no: 1, groupCode: 'I', text: 'Phai nhạt lý tưởng' },
    { no: 2, groupCode: 'I', text: 'Lười học tập' },
    { no: 10, groupCode: 'II', text: 'Cá nhân chủ nghĩa' },
    { no: 11, groupCode: 'II', text: 'Vô cảm' },
    { no: 19, groupCode: 'III', text: 'Phủ nhận' },
  ],
};

const rows: ReportRows = {
  cells: [
    { id: 'c-vp', name: 'Chi bộ Văn phòng', higherBody: 'Đảng bộ phường Đông Hà' },
    { id: 'c-kp', name: 'Chi bộ Khu phố 3', higherBody: 'Đảng bộ phường Đông Hà' },
    { id: 'c-th', name: 'Chi bộ Trường THPT Lê Lợi', higherBody: 'Đảng bộ phường Đông Hà' },
  ],
  forums: [
    // Văn phòng: two forums; the first chose 1, 2, 10 (groups I and II), the second 10, 11 (group II).
    { id: 'f1', cellId: 'c-vp', date: '2026-03-10', focus: [1, 2, 10] },
    { id: 'f2', cellId: 'c-vp', date: '2026-09-10', focus: [10, 11] },
    // Khu phố 3: one forum, all five (a duplicate number counts once).
    { id: 'f3', cellId: 'c-kp', date: '2026-06-01', focus: [1, 2, 10, 11, 19, 19] },
    // THPT Lê Lợi: none in the range.
  ],
  attendance: [
    { cellId: 'c-vp', status: 'chinh_thuc', count: 14 },
    { cellId: 'c-vp', status: 'du_bi', count: 2 },
    { cellId: 'c-kp', status: 'chinh_thuc', count: 9 },
  ],
  identified: [
    { cellId: 'c-vp', indicatorNo: 2, count: 3 },
    { cellId: 'c-vp', indicatorNo: 10, count: 1 },
    { cellId: 'c-kp', indicatorNo: 2, count: 2 },
    { cellId: 'c-kp', indicatorNo: 11, count: 4 },
  ],
  raised: [
    { cellId: 'c-vp', indicatorNo: 10, count: 2 },
    { cellId: 'c-kp', indicatorNo: 19, count: 1 },
  ],
  actions: [
    { cellId: 'c-vp', total: 6, completed: 3, completedOnTime: 2, overdue: 2 },
    { cellId: 'c-kp', total: 4, completed: 1, completedOnTime: 1, overdue: 1 },
  ],
  overdueItems: [
    { id: 'a2', cellId: 'c-kp', forumDate: '2026-06-01', shortcoming: 'Chưa đều', measure: 'Học đều', ownerKind: 'chi_uy', ownerName: null, deadline: '2026-08-01', progress: 50 },
    { id: 'a1', cellId: 'c-vp', forumDate: '2026-03-10', shortcoming: 'Ngại va chạm', measure: 'Góp ý thẳng', ownerKind: 'member', ownerName: 'Trần Thị Hằng', deadline: '2026-05-01', progress: 20 },
    { id: 'a3', cellId: 'c-vp', forumDate: '2026-09-10', shortcoming: 'Họp dài', measure: 'Họp ngắn', ownerKind: 'cell', ownerName: null, deadline: '2026-10-01', progress: 0 },
  ],
};

describe('buildReport', () => {
  const report = buildReport(rows, catalogue, { from: '2026-01-01', to: '2026-12-31', asOf: '2026-11-23' });

  it('counts forums and attendance per cell and in total, cells in Vietnamese order', () => {
    expect(report.cells.map((c) => [c.name, c.forums, c.attendedFull, c.attendedProbationary])).toEqual([
      ['Chi bộ Khu phố 3', 1, 9, 0],
      ['Chi bộ Trường THPT Lê Lợi', 0, 0, 0],
      ['Chi bộ Văn phòng', 2, 14, 2],
    ]);
    expect(report.totals).toEqual({ cells: 3, cellsWithForums: 2, forums: 3, attendedFull: 23, attendedProbationary: 2, selfIdentified: 10, raised: 3 });
  });

  it('counts the forums that chose each indicator and each group', () => {
    expect(report.indicators.map((i) => [i.no, i.focusForums, i.selfIdentified, i.raised])).toEqual([
      [1, 2, 0, 0], [2, 2, 5, 0], [10, 3, 1, 2], [11, 2, 4, 0], [19, 1, 0, 1],
    ]);
    // Group I: f1 and f3; group II: all three; group III: f3 only.
    expect(report.groups.map((g) => [g.code, g.focusForums, g.selfIdentified, g.raised])).toEqual([
      ['I', 2, 5, 0], ['II', 3, 5, 2], ['III', 1, 0, 1],
    ]);
  });

  it('gives the heatmap as sparse cell × indicator pairs and the most frequent shortcomings', () => {
    expect(report.heatmap).toEqual([
      { cellId: 'c-kp', indicatorNo: 2, selfIdentified: 2, raised: 0 },
      { cellId: 'c-vp', indicatorNo: 2, selfIdentified: 3, raised: 0 },
      { cellId: 'c-vp', indicatorNo: 10, selfIdentified: 1, raised: 2 },
      { cellId: 'c-kp', indicatorNo: 11, selfIdentified: 4, raised: 0 },
      { cellId: 'c-kp', indicatorNo: 19, selfIdentified: 0, raised: 1 },
    ]);
    // (2) 5, (11) 4, (10) 3, (19) 1; (1) never: left out.
    expect(report.top.map((t) => [t.no, t.total])).toEqual([[2, 5], [11, 4], [10, 3], [19, 1]]);
  });

  it('adds up the action plans and lists overdue items earliest deadline first with their owner', () => {
    expect(report.actions).toEqual({ total: 10, completed: 4, completedOnTime: 3, open: 6, overdue: 3 });
    expect(report.overdueItems.map((o) => [o.id, o.cellName, o.ownerName, o.deadline])).toEqual([
      ['a1', 'Chi bộ Văn phòng', 'Đồng chí Trần Thị Hằng', '2026-05-01'],
      ['a2', 'Chi bộ Khu phố 3', 'Chi ủy', '2026-08-01'],
      ['a3', 'Chi bộ Văn phòng', 'Chi bộ', '2026-10-01'],
    ]);
  });

  it('answers zeros, not errors, for an empty range', () => {
    const empty = buildReport({ ...rows, forums: [], attendance: [], identified: [], raised: [], actions: [], overdueItems: [] }, catalogue, {
      from: '2020-01-01', to: '2020-12-31', asOf: '2026-11-23',
    });
    expect(empty.totals.forums).toBe(0);
    expect(empty.top).toEqual([]);
    expect(empty.actions).toEqual({ total: 0, completed: 0, completedOnTime: 0, open: 0, overdue: 0 });
  });

  it('lists cells by name in alphabetical order, numbers as numbers (a cell is not sorted like a person)', () => {
    const named = buildReport({ ...rows, cells: [
      { id: 'a', name: 'Chi bộ khu phố 10', higherBody: '' }, { id: 'b', name: 'Chi bộ Ấp Bình An', higherBody: '' }, { id: 'c', name: 'Chi bộ khu phố 9', higherBody: '' },
    ] }, catalogue, { from: '2026-01-01', to: '2026-12-31', asOf: '2026-11-23' });
    expect(named.cells.map((c) => c.name)).toEqual(['Chi bộ Ấp Bình An', 'Chi bộ khu phố 9', 'Chi bộ khu phố 10']);
  });

  it('names owners and rounds percentages', () => {
    expect(ownerLabel({ ownerKind: 'member', ownerName: null })).toBe('Đảng viên');
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
});

describe('buildMemberHistory', () => {
  const base: HistoryRows = {
    member: { id: 'm1', fullName: 'Lê Minh Đức', cellId: 'c1', cellName: 'Chi bộ Văn phòng', status: 'chinh_thuc', partyRole: 'dang_vien', active: true },
    forums: [
      { forumId: 'f2', cellId: 'c1', date: '2026-09-10', topic: 'Quý III', presence: 'present' },
      { forumId: 'f1', cellId: 'c1', date: '2026-03-10', topic: 'Quý I', presence: 'absent_excused' },
    ],
    identified: [
      { forumId: 'f2', indicatorNo: 10, assessment: 'co_nguy_co', statement: 'Có lúc còn ngại va chạm.' },
      { forumId: 'f1', indicatorNo: 2, assessment: 'co_bieu_hien', statement: 'Tự học chưa đều.' },
      { forumId: 'f-gone', indicatorNo: 5, assessment: 'co_bieu_hien', statement: 'A forum not in the list is ignored.' },
    ],
    raised: [
      { forumId: 'f2', indicatorNo: 10, fromName: 'Vũ Thị Yến', text: 'Cần thẳng thắn hơn.', responseKind: 'tiep_thu', createdAt: '2026-09-10T08:10:00Z' },
      { forumId: 'f2', indicatorNo: 10, fromName: 'Trần Thị Hằng', text: 'Góp ý sớm hơn.', responseKind: null, createdAt: '2026-09-10T08:05:00Z' },
      { forumId: 'f2', indicatorNo: 11, fromName: 'Trần Thị Hằng', text: 'Quan tâm đồng chí mới.', responseKind: 'giai_trinh', createdAt: '2026-09-10T08:20:00Z' },
    ],
    commitments: [
      { id: 'a2', forumId: 'f2', forumDate: '2026-09-10', indicatorNos: [10], shortcoming: 'Ngại va chạm', measure: 'Góp ý thẳng thắn', deadline: '2026-10-31', progress: 40, completedAt: null },
      { id: 'a1', forumId: 'f1', forumDate: '2026-03-10', indicatorNos: [2], shortcoming: 'Tự học chưa đều', measure: 'Mỗi tuần đọc một tài liệu', deadline: '2026-06-30', progress: 100, completedAt: '2026-06-20' },
    ],
    progress: [
      { itemId: 'a1', date: '2026-06-20', progress: 100, note: 'Đã xong' },
      { itemId: 'a1', date: '2026-04-15', progress: 50, note: '' },
    ],
    catalogue: catalogue.indicators,
  };

  it('orders forums by date and joins self-identified and raised per forum × indicator', () => {
    const h = buildMemberHistory(base, '2026-11-23');
    expect(h.forums.map((f) => f.forumId)).toEqual(['f1', 'f2']);
    expect(h.entries.map((e) => [e.forumId, e.indicatorNo, e.selfAssessment, e.raised.map((r) => r.fromName)])).toEqual([
      ['f1', 2, 'co_bieu_hien', []],
      ['f2', 10, 'co_nguy_co', ['Trần Thị Hằng', 'Vũ Thị Yến']],
      ['f2', 11, null, ['Trần Thị Hằng']],
    ]);
    expect(h.indicators.map((i) => i.no)).toEqual([2, 10, 11]);
    expect(h.summary).toEqual({ forums: 2, attended: 1, selfIdentified: 2, raised: 3, commitments: 2, completed: 1, overdue: 1 });
  });

  it('gives each commitment its dated progress and whether it is overdue', () => {
    const h = buildMemberHistory(base, '2026-11-23');
    expect(h.commitments.map((c) => [c.id, c.overdue, c.history.map((p) => p.progress)])).toEqual([
      ['a1', false, [50, 100]],
      ['a2', true, []],
    ]);
    expect(isOverdue({ completedAt: null, deadline: '2026-11-23' }, '2026-11-23')).toBe(false);
  });

  it('picks the year’s commitments: made that year, or earlier and still open at its start', () => {
    const list = [
      { id: 'old-done', forumDate: '2025-03-01', completedAt: '2025-12-01' },
      { id: 'old-open', forumDate: '2025-09-01', completedAt: null },
      { id: 'old-done-this-year', forumDate: '2025-09-01', completedAt: '2026-02-01' },
      { id: 'this-year', forumDate: '2026-03-01', completedAt: null },
      { id: 'next-year', forumDate: '2027-01-10', completedAt: null },
    ];
    expect(commitmentsForYear(list, 2026).map((c) => c.id)).toEqual(['old-open', 'old-done-this-year', 'this-year']);
  });
});
