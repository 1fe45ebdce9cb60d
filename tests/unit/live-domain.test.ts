import { describe, expect, it } from 'vitest';
import { computeBudgets, minutesPerMember, totalMinutes } from '../../src-main/core/domain/live/agenda';
import { draftConclusion } from '../../src-main/core/domain/live/conclusion-draft';
import { buildMirror, computeCoverage, type CommentFact, type SelfReviewFact } from '../../src-main/core/domain/live/mirror';
import { checkPhaseMove, nextPhase, previousPhase, type RollCallFacts } from '../../src-main/core/domain/live/phases';
import { countAttendance, evaluateQuorum, type RollCallMember } from '../../src-main/core/domain/live/quorum';
import { COLLECTIVE, defaultReviewOrder, reconcileReviewOrder } from '../../src-main/core/domain/live/review-order';
import { newTimer, remainingMs, resetTimer, startTimer, stopTimer } from '../../src-main/core/domain/live/timer';

const complete: RollCallFacts = { unrecordedMembers: [], secretaryChosen: true, quorumMet: true };

describe('phases', () => {
  it('moves forward and back in order', () => {
    expect(nextPhase('chuan_bi')).toBe('khai_mac');
    expect(nextPhase('ket_luan')).toBeNull();
    expect(previousPhase('chuan_bi')).toBeNull();
    expect(previousPhase('gop_y')).toBe('tu_soi');
  });

  it('always allows going back and reaching the opening', () => {
    const blocked = { unrecordedMembers: ['Lê Văn A'], secretaryChosen: false, quorumMet: false };
    expect(checkPhaseMove('ket_luan', 'chuan_bi', blocked)).toEqual({ ok: true });
    expect(checkPhaseMove('chuan_bi', 'khai_mac', blocked)).toEqual({ ok: true });
  });

  it('refuses to skip the roll call, the secretary or the quorum', () => {
    const move = (facts: Partial<RollCallFacts>) => checkPhaseMove('khai_mac', 'de_dan', { ...complete, ...facts });
    expect(move({})).toEqual({ ok: true });
    const unrecorded = move({ unrecordedMembers: ['Trần Thị Hằng', 'Lê Minh Đức'] });
    expect(unrecorded.ok === false && unrecorded.reason).toMatch(/Chưa điểm danh xong: còn 2 đồng chí.*Trần Thị Hằng/);
    expect(move({ secretaryChosen: false })).toMatchObject({ ok: false, reason: expect.stringMatching(/thư ký/) });
    expect(move({ quorumMet: false })).toMatchObject({ ok: false, reason: expect.stringMatching(/chưa đủ/) });
    // A jump from preparation straight to self-mirroring is the same skip.
    expect(checkPhaseMove('chuan_bi', 'tu_soi', { ...complete, unrecordedMembers: ['x'] }).ok).toBe(false);
  });
});

const roll = (spec: [string, 'chinh_thuc' | 'du_bi', boolean, RollCallMember['presence']][]): RollCallMember[] =>
  spec.map(([id, status, exempt, presence]) => ({ id, status, exempt, presence }));

describe('attendance and quorum', () => {
  const eight = roll([
    ['a', 'chinh_thuc', false, 'present'], ['b', 'chinh_thuc', false, 'present'], ['c', 'chinh_thuc', false, 'present'],
    ['d', 'chinh_thuc', false, 'present'], ['e', 'chinh_thuc', false, 'absent_excused'], ['f', 'chinh_thuc', false, 'present'],
    ['g', 'du_bi', false, 'present'], ['h', 'du_bi', false, 'present'],
  ]);

  it('counts total, full, probationary, present, absent and unrecorded', () => {
    expect(countAttendance(eight)).toEqual({
      total: 8, chinhThuc: 6, duBi: 2, exempt: 0, present: 7, presentChinhThuc: 5, presentDuBi: 2, absentExcused: 1, absentUnexcused: 0, unrecorded: 0,
    });
  });

  it('needs more than half of the full members who are not exempt, and says the arithmetic', () => {
    const q = evaluateQuorum(eight);
    expect(q).toMatchObject({ eligible: 6, present: 5, required: 4, met: true });
    expect(q.explanation).toBe('Có mặt 5/6 đảng viên chính thức không miễn sinh hoạt; cần quá một nửa (tối thiểu 4) — đủ điều kiện sinh hoạt.');
  });

  it('exactly half is not enough; exempt members are outside the basis; probationary never count', () => {
    const half = roll([['a', 'chinh_thuc', false, 'present'], ['b', 'chinh_thuc', false, 'absent_unexcused'], ['c', 'du_bi', false, 'present']]);
    expect(evaluateQuorum(half)).toMatchObject({ eligible: 2, present: 1, required: 2, met: false });
    const withExempt = roll([['a', 'chinh_thuc', false, 'present'], ['b', 'chinh_thuc', true, null], ['c', 'chinh_thuc', false, 'absent_excused']]);
    expect(evaluateQuorum(withExempt)).toMatchObject({ eligible: 2, required: 2, met: false });
    expect(evaluateQuorum(withExempt, { basis: 'full', numerator: 1, denominator: 2, strictlyMore: false })).toMatchObject({ eligible: 3, required: 2 });
    expect(evaluateQuorum([])).toMatchObject({ met: false });
  });
});

describe('agenda budgets', () => {
  it('fits the meeting length and scales with members and focus', () => {
    const budgets = computeBudgets({ meetingMinutes: 60, members: 8, focusIndicators: 11, hasGuests: true });
    expect(budgets).toEqual({ chuan_bi: 0, khai_mac: 5, de_dan: 7, tu_soi: 20, gop_y: 17, y_kien_cap_tren: 5, ket_luan: 6 });
    expect(totalMinutes(budgets)).toBe(60);
    const big = computeBudgets({ meetingMinutes: 90, members: 40, focusIndicators: 27, hasGuests: false });
    expect(totalMinutes(big)).toBe(90);
    expect(big.y_kien_cap_tren).toBe(0);
    expect(minutesPerMember(budgets, 9)).toBe(2.2);
  });

  it('never goes negative when the meeting is too short', () => {
    const tiny = computeBudgets({ meetingMinutes: 10, members: 60, focusIndicators: 27, hasGuests: true });
    expect(tiny.tu_soi).toBe(0);
    expect(tiny.gop_y).toBe(0);
  });
});

describe('review order', () => {
  const members = [
    { id: 'm1', fullName: 'Phạm Ngọc Ánh', partyRole: 'dang_vien' as const },
    { id: 'm2', fullName: 'Trần Thị Hằng', partyRole: 'pho_bi_thu' as const },
    { id: 'm3', fullName: 'Nguyễn Văn Tuấn', partyRole: 'bi_thu' as const },
    { id: 'm4', fullName: 'Bùi Đức An', partyRole: 'dang_vien' as const },
    { id: 'm5', fullName: 'Lê Minh Đức', partyRole: 'chi_uy_vien' as const },
  ];
  it('puts the collective first, then bí thư, phó bí thư, chi ủy viên, members by given name', () => {
    expect(defaultReviewOrder(members)).toEqual([COLLECTIVE, 'm3', 'm2', 'm5', 'm4', 'm1']);
  });
  it('keeps an edited order valid as the roll changes', () => {
    expect(reconcileReviewOrder(['m1', COLLECTIVE, 'gone', 'm3'], members)).toEqual(['m1', COLLECTIVE, 'm3', 'm2', 'm5', 'm4']);
    expect(reconcileReviewOrder(['m5'], members)).toEqual([COLLECTIVE, 'm5', 'm3', 'm2', 'm4', 'm1']);
  });
});

describe('mirror and coverage', () => {
  const reviews: SelfReviewFact[] = [
    { subject: 'm1', indicatorNo: 5, assessment: 'co_nguy_co', statement: 'Có lúc còn ngại va chạm' },
    { subject: 'm1', indicatorNo: 4, assessment: 'khong_co', statement: '' },
    { subject: 'm1', indicatorNo: 10, assessment: 'co_bieu_hien', statement: 'Tự học nghị quyết chưa đều' },
    { subject: 'm2', indicatorNo: 4, assessment: 'khong_co', statement: '' },
  ];
  const comments: CommentFact[] = [
    { fromMemberId: 'm2', subject: 'm1', indicatorNo: 4 },
    { fromMemberId: 'm3', subject: 'm1', indicatorNo: 5 },
    { fromMemberId: 'm1', subject: 'm2', indicatorNo: null },
    { fromMemberId: 'm1', subject: null, indicatorNo: null },
  ];

  it('sets what a member named beside what peers raised, with gaps both ways', () => {
    expect(buildMirror('m1', reviews, comments)).toEqual({
      subject: 'm1', selfIdentified: [5, 10], raisedByPeers: [4, 5], raisedNotSelf: [4], selfNotRaised: [10], commentsReceived: 2,
    });
    expect(buildMirror('m3', reviews, comments)).toMatchObject({ selfIdentified: [], raisedByPeers: [], commentsReceived: 0 });
  });

  it('finds who has not spoken, what nobody addressed and who got no comment', () => {
    const coverage = computeCoverage([COLLECTIVE, 'm1', 'm2', 'm3'], ['m1', 'm2', 'm3'], [4, 5, 10], reviews, comments);
    expect(coverage).toEqual({
      notYetSpoken: [COLLECTIVE, 'm3'],
      indicatorsWithoutStatement: [4],
      membersWithoutComment: ['m3'],
      emptyCells: 12 - 4,
    });
  });

  it('drafts the chair conclusion from the record', () => {
    const text = draftConclusion('Đồng chí Phạm Ngọc Ánh', buildMirror('m1', reviews, comments), [
      { indicatorNo: 10, commitment: 'Dành 30 phút mỗi tuần tự học nghị quyết', dueDate: '2026-12-31' },
      { indicatorNo: 5, commitment: '  ', dueDate: null },
    ]);
    expect(text).toBe(
      [
        'Đồng chí Phạm Ngọc Ánh tự nhận có biểu hiện hoặc nguy cơ ở các biểu hiện (5), (10).',
        'Các đồng chí góp ý về các biểu hiện (4), (5).',
        'Cần tự soi thêm biểu hiện (4) được góp ý nhưng chưa tự nhận.',
        'Cam kết tự sửa:',
        '- Biểu hiện (10): Dành 30 phút mỗi tuần tự học nghị quyết (hạn 31/12/2026).',
      ].join('\n'),
    );
  });
});

describe('speaker timer', () => {
  const t0 = new Date('2026-11-23T08:00:00.000Z');
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
  it('counts down while running, holds while stopped, shows overrun, resets', () => {
    let timer = newTimer(180_000);
    expect(remainingMs(timer, at(50))).toBe(180_000);
    timer = startTimer(timer, t0);
    expect(remainingMs(timer, at(30))).toBe(150_000);
    timer = stopTimer(timer, at(30));
    expect(remainingMs(timer, at(100))).toBe(150_000);
    timer = startTimer(timer, at(100));
    expect(remainingMs(timer, at(300))).toBe(-50_000);
    expect(startTimer(timer, at(301))).toBe(timer);
    expect(resetTimer(timer)).toEqual(newTimer(180_000));
  });
});
