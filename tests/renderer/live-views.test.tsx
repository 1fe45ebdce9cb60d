// The live page's pieces as plain functions and server-rendered views (no DOM): the phase list
// matches the contract, page shortcuts, the rail, the mirror, coverage and the steps.
import { describe, expect, it } from 'vitest';
import { renderHtml as html, textOf as text } from '../support/render-html';
import { FORUM_PHASES, type LiveState } from '../../src-main/contract/live';
import { CoveragePanel } from '../../src-renderer/features/live/CoveragePanel';
import { COLLECTIVE_SUBJECT, focusGroups, formatClock, storedText, subjectName } from '../../src-renderer/features/live/live-helpers';
import { liveEntryLabel } from '../../src-renderer/features/live/LiveEntryButton';
import { MirrorView } from '../../src-renderer/features/live/MirrorView';
import { PhaseRail } from '../../src-renderer/features/live/PhaseRail';
import { nextPhaseOf, pageShortcut, PHASES, previousPhaseOf, usedSecondsNow } from '../../src-renderer/features/live/phases';
import { conclusionSubjects, ConclusionStep } from '../../src-renderer/features/live/steps/ConclusionStep';
import { FramingStep } from '../../src-renderer/features/live/steps/FramingStep';
import { GuestRemarksStep } from '../../src-renderer/features/live/steps/GuestRemarksStep';
import { budgetsOf, PrepareStep } from '../../src-renderer/features/live/steps/PrepareStep';
import { RollCallStep } from '../../src-renderer/features/live/steps/RollCallStep';

const ts = '2026-03-05T01:00:00.000Z';
const member = (id: string, fullName: string, over: Partial<LiveState['members'][number]> = {}): LiveState['members'][number] => ({
  id, fullName, status: 'chinh_thuc', partyRole: 'dang_vien', exempt: false, presence: null, absenceReason: '', ...over,
});

function fixture(over: Partial<LiveState> = {}): LiveState {
  const members = [
    member('m1', 'Nguyễn Văn Đức', { partyRole: 'bi_thu', presence: 'present' }),
    member('m2', 'Trần Thị Hằng', { presence: 'absent_excused', absenceReason: 'Đi công tác' }),
    member('m3', 'Lê Minh Tuấn', { status: 'du_bi' }),
  ];
  const indicator = (no: number, groupCode: string) => ({
    no, groupCode, text: `Nội dung biểu hiện số ${no}`, verification: 'verbatim' as const, confirmedAt: null, official: true,
  });
  return {
    forum: {
      id: 'f1', cellId: 'c1', topic: 'Tự soi, tự sửa năm 2026', date: '2026-03-05', startTime: '08:00', status: 'in_progress',
      focusCount: 3, catalogueId: 'cat1', place: 'Phòng họp tầng 2', basisDocuments: [], chairMemberId: 'm1', secretaryMemberId: null,
      guests: [{ name: 'Phạm Hữu Lợi', position: 'Ủy viên Ban Thường vụ Đảng ủy' }], focus: [4, 5, 10], createdAt: ts, updatedAt: ts, version: 1,
    },
    cellName: 'Chi bộ Văn phòng',
    phase: 'khai_mac',
    settings: {
      meetingMinutes: 60, speakerSeconds: 180, budgetsEdited: false,
      quorumRule: { basis: 'full_not_exempt', numerator: 1, denominator: 2, strictlyMore: true },
    },
    phaseTimes: PHASES.map((phase, i) => ({ phase, budgetMinutes: i === 0 ? 0 : 5 + i, usedSeconds: phase === 'khai_mac' ? 125 : phase === 'chuan_bi' ? 0 : 0 })),
    scale: [
      { code: 'khong_co', label: 'Không có biểu hiện', identifies: false },
      { code: 'co_nguy_co', label: 'Có nguy cơ', identifies: true },
      { code: 'co_bieu_hien', label: 'Có biểu hiện', identifies: true },
    ],
    indicators: [indicator(4, 'I'), indicator(5, 'I'), indicator(10, 'II')],
    groups: [
      { code: 'I', title: 'Suy thoái về tư tưởng chính trị' },
      { code: 'II', title: 'Suy thoái về đạo đức, lối sống' },
      { code: 'III', title: '"Tự diễn biến", "tự chuyển hóa" trong nội bộ' },
    ],
    members,
    counts: {
      total: 3, chinhThuc: 2, duBi: 1, exempt: 0, present: 1, presentChinhThuc: 1, presentDuBi: 0,
      absentExcused: 1, absentUnexcused: 0, unrecorded: 1,
    },
    quorum: { eligible: 2, present: 1, required: 2, met: false, explanation: 'Có mặt 1/2 đảng viên chính thức không miễn sinh hoạt; cần quá một nửa (tối thiểu 2) — chưa đủ điều kiện sinh hoạt.' },
    rollCallBlocker: 'Chưa điểm danh xong: còn 1 đồng chí chưa ghi có mặt hay vắng (Lê Minh Tuấn).',
    reviewOrder: [COLLECTIVE_SUBJECT, 'm1', 'm2', 'm3'],
    texts: [
      { kind: 'framing', subject: '', text: 'Mục đích, yêu cầu của buổi sinh hoạt', version: 3, updatedAt: ts },
      { kind: 'conclusion', subject: 'm1', text: 'Đồng chí Đức đã tự soi nghiêm túc.', version: 1, updatedAt: ts },
    ],
    selfReviews: [],
    comments: [],
    queue: [],
    timer: { durationMs: 180_000, startedAt: null, remainingMs: 180_000 },
    presenter: { subject: null, indicatorNo: null, showStatement: false },
    mirrors: [
      { subject: COLLECTIVE_SUBJECT, selfIdentified: [], raisedByPeers: [], raisedNotSelf: [], selfNotRaised: [], commentsReceived: 0 },
      { subject: 'm1', selfIdentified: [4, 5], raisedByPeers: [5, 10], raisedNotSelf: [10], selfNotRaised: [4], commentsReceived: 3 },
    ],
    coverage: { notYetSpoken: [COLLECTIVE_SUBJECT, 'm2', 'm3'], indicatorsWithoutStatement: [10], membersWithoutComment: ['m3'], emptyCells: 7 },
    conclusionDrafts: [{ subject: 'm1', text: 'Tự nhận: 4, 5. Được góp ý: 5, 10.' }],
    serverNow: ts,
    ...over,
  };
}

const stepProps = (state: LiveState) => ({ state, forumId: 'f1', cellId: 'c1', readOnly: false, onView: () => {} });

describe('phases', () => {
  it('the renderer list is the contract list, in order', () => {
    expect([...PHASES]).toEqual([...FORUM_PHASES]);
    expect(nextPhaseOf('chuan_bi')).toBe('khai_mac');
    expect(nextPhaseOf('ket_luan')).toBeNull();
    expect(previousPhaseOf('chuan_bi')).toBeNull();
    expect(previousPhaseOf('gop_y')).toBe('tu_soi');
  });

  it('N / B / ? only when nobody types and no dialog is open', () => {
    const k = (key: string, extra: Partial<Parameters<typeof pageShortcut>[0]> = {}) =>
      pageShortcut({ key, inTextField: false, dialogOpen: false, ...extra });
    expect(k('n')).toBe('next');
    expect(k('N')).toBe('next');
    expect(k('b')).toBe('back');
    expect(k('?')).toBe('help');
    expect(k('n', { inTextField: true })).toBeNull();
    expect(k('b', { dialogOpen: true })).toBeNull();
    expect(k('n', { ctrlKey: true })).toBeNull();
    expect(k('n', { defaultPrevented: true })).toBeNull();
    expect(k('t')).toBeNull();
  });

  it('counts the current phase on while the meeting runs', () => {
    expect(usedSecondsNow(60, 1_000, 31_000, true)).toBe(90);
    expect(usedSecondsNow(60, 1_000, 31_000, false)).toBe(60);
    expect(formatClock(125)).toBe('2:05');
  });
});

describe('helpers', () => {
  it('reads names, texts and groups from the snapshot', () => {
    const s = fixture();
    expect(subjectName(s, COLLECTIVE_SUBJECT)).toBe('Tập thể chi bộ');
    expect(subjectName(s, 'm2')).toBe('Trần Thị Hằng');
    expect(storedText(s, 'framing')).toEqual({ text: 'Mục đích, yêu cầu của buổi sinh hoạt', version: 3 });
    expect(storedText(s, 'guest_remarks')).toEqual({ text: '', version: 0 });
    expect(focusGroups(s).map((g) => [g.code, g.indicators.map((i) => i.no)])).toEqual([['I', [4, 5]], ['II', [10]]]);
    expect(budgetsOf(s).tu_soi).toBe(8);
    expect(conclusionSubjects({ reviewOrder: ['m1', 'collective', 'm2'] })).toEqual(['collective', 'm1', 'm2']);
    expect(liveEntryLabel('draft')).toBe('Bắt đầu sinh hoạt');
    expect(liveEntryLabel('in_progress')).toBe('Tiếp tục sinh hoạt');
  });
});

describe('PhaseRail', () => {
  it('lists the seven phases with time used / budget and marks the current one', () => {
    const s = fixture();
    const out = html(
      <PhaseRail phaseTimes={s.phaseTimes} current="khai_mac" shown="khai_mac" running={false} snapshotAt={0} onSelect={() => {}} />,
    );
    const words = text(out);
    for (const label of ['Chuẩn bị', 'Khai mạc', 'Đề dẫn và kiểm điểm tập thể', 'Tự soi', 'Góp ý', 'Ý kiến cấp trên', 'Kết luận']) {
      expect(words).toContain(label);
    }
    expect(words).toContain('2:05 / 6 phút');
    expect(words).toContain('không tính giờ');
    expect(out.match(/aria-current="step"/g)).toHaveLength(1);
  });

  it('shows an overrun', () => {
    const s = fixture({ phaseTimes: PHASES.map((phase) => ({ phase, budgetMinutes: 1, usedSeconds: phase === 'khai_mac' ? 90 : 0 })) });
    const words = text(html(<PhaseRail phaseTimes={s.phaseTimes} current="khai_mac" shown="khai_mac" running={false} snapshotAt={0} onSelect={() => {}} />));
    expect(words).toContain('quá giờ');
  });
});

describe('MirrorView', () => {
  it('puts tự nhận beside được góp ý and names the gaps both ways', () => {
    const s = fixture();
    const out = html(<MirrorView mirror={s.mirrors[1]} subjectName="Nguyễn Văn Đức" indicators={s.indicators} />);
    const words = text(out);
    expect(words).toContain('Tự nhận');
    expect(words).toContain('Được góp ý');
    expect(words).toContain('Được góp ý nhưng chưa tự nhận: 10');
    expect(words).toContain('Tự nhận, chưa ai góp ý: 4');
    expect(words).toContain('3 góp ý nhận được');
    expect(out.match(/data-gap="true"/g)).toHaveLength(2);
  });

  it('says so when nothing was raised', () => {
    const words = text(html(<MirrorView mirror={fixture().mirrors[0]} />));
    expect(words).toContain('Không có');
    expect(words).toContain('Chưa nhận góp ý nào');
  });
});

describe('CoveragePanel', () => {
  it('names who has not spoken, silent indicators, members without comment, and empty cells', () => {
    const words = text(html(<CoveragePanel state={fixture()} />));
    expect(words).toContain('Tập thể chi bộ');
    expect(words).toContain('Trần Thị Hằng');
    expect(words).toContain('Lê Minh Tuấn');
    expect(words).toContain('7 ô tự đánh giá còn trống');
  });
});

describe('steps', () => {
  it('Chuẩn bị: focus, agenda with budgets, quorum rule, framing, statements written ahead', () => {
    const words = text(html(<PrepareStep {...stepProps(fixture({ phase: 'chuan_bi' }))} />));
    expect(words).toContain('3 biểu hiện trọng tâm');
    expect(words).toContain('Đổi biểu hiện trọng tâm');
    expect(words).toContain('Đang tính tự động');
    expect(words).toContain('Cần quá một nửa số đảng viên chính thức không miễn sinh hoạt có mặt.');
    expect(words).toContain('Mục đích, yêu cầu của buổi sinh hoạt');
    expect(words).toContain('Đến bước Tự soi để nhập');
  });

  it('Khai mạc: counts, quorum, blocker, roll call rows and the roles', () => {
    const out = html(<RollCallStep {...stepProps(fixture())} />);
    const words = text(out);
    expect(words).toContain('Chưa đủ điều kiện sinh hoạt');
    expect(words).toContain('Chưa điểm danh xong');
    expect(words).toContain('Vắng có lý do');
    expect(out).toContain('value="Đi công tác"');
    expect(words).toContain('Ghi có mặt cho 1 đồng chí chưa điểm danh');
    expect(words).toContain('Hãy chọn thư ký trước khi sang bước tiếp.');
  });

  it('Đề dẫn: framing and one collective review per group with focus indicators (indicator text at 18 px)', () => {
    const out = html(<FramingStep {...stepProps(fixture({ phase: 'de_dan' }))} />);
    const words = text(out);
    expect(words).toContain('Nhóm I. Suy thoái về tư tưởng chính trị');
    expect(words).toContain('Nhóm II. Suy thoái về đạo đức, lối sống');
    expect(words).not.toContain('Nhóm III.');
    expect(words).toContain('Nội dung biểu hiện số 10');
    expect(out).toContain('1.125rem');
  });

  it('Ý kiến cấp trên: the guests and their remarks field', () => {
    const words = text(html(<GuestRemarksStep {...stepProps(fixture({ phase: 'y_kien_cap_tren' }))} />));
    expect(words).toContain('Phạm Hữu Lợi');
    expect(words).toContain('Ý kiến phát biểu của đại diện cấp trên');
  });

  it('Kết luận: the collective first, progress, mirror and the draft button', () => {
    const words = text(html(<ConclusionStep {...stepProps(fixture({ phase: 'ket_luan' }))} />));
    expect(words).toContain('Đã kết luận 1/4');
    expect(words).toContain('Tập thể chi bộ');
    expect(words).toContain('Dùng bản nháp từ biên bản');
  });
});
