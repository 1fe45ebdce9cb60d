// The tự soi, góp ý, speaker and presenter views rendered to HTML in plain Node (no DOM), and their
// pure helpers: what they show, what they must not show, and the matrix's grid semantics.
import { describe, expect, it } from 'vitest';
import { renderHtml as html, textOf as text } from '../support/render-html';
import type { Comment, LiveState, PresenterView as PresenterData, SelfReview } from '../../src-main/contract/live';
import { CommentsStep } from '../../src-renderer/features/live/gop-y/CommentsStep';
import { groupComments } from '../../src-renderer/features/live/gop-y/CommentList';
import { presenterUrl, SpeakerPanel, splitQueue } from '../../src-renderer/features/live/gop-y/SpeakerPanel';
import { PresenterView } from '../../src-renderer/features/live/present/PresenterView';
import { ReviewMatrix } from '../../src-renderer/features/live/tu-soi/ReviewMatrix';
import { moveInOrder } from '../../src-renderer/features/live/tu-soi/ReviewOrderEditor';
import { SelfReviewStep } from '../../src-renderer/features/live/tu-soi/SelfReviewStep';
import { COLLECTIVE, isEmptyReview, levelTone } from '../../src-renderer/features/live/tu-soi/subjects';

const count = (markup: string, pattern: RegExp) => (markup.match(pattern) ?? []).length;

const ts = '2026-03-05T01:00:00.000Z';
const scale: LiveState['scale'] = [
  { code: 'khong_co', label: 'Không có biểu hiện', identifies: false },
  { code: 'co_nguy_co', label: 'Có nguy cơ', identifies: true },
  { code: 'co_bieu_hien', label: 'Có biểu hiện', identifies: true },
];
const member = (id: string, fullName: string, over: Partial<LiveState['members'][number]> = {}): LiveState['members'][number] => ({
  id, fullName, status: 'chinh_thuc', partyRole: 'dang_vien', exempt: false, presence: 'present', absenceReason: '', ...over,
});
const indicator = (no: number, groupCode: string) => ({
  no, groupCode, text: `Nội dung biểu hiện số ${no}`, verification: 'verbatim' as const, confirmedAt: null, official: true,
});
const review = (subject: string, indicatorNo: number, assessment: string | null, statement = ''): SelfReview => ({
  subject, indicatorNo, assessment, statement, commitment: '', commitmentDue: null, updatedAt: ts, version: 1,
});
const comment = (id: string, from: string, targetKind: Comment['targetKind'], target: string | null, at: string, over: Partial<Comment> = {}): Comment => ({
  id, forumId: 'f1', fromMemberId: from, targetKind, targetMemberId: target, indicatorNo: null, text: `Góp ý ${id}`,
  responseKind: null, responseText: '', createdAt: at, updatedAt: at, version: 1, ...over,
});

function fixture(over: Partial<LiveState> = {}): LiveState {
  const members = [
    member('m1', 'Nguyễn Văn Đức', { partyRole: 'bi_thu' }),
    member('m2', 'Trần Thị Hằng', { presence: 'absent_excused', absenceReason: 'Đi công tác' }),
    member('m3', 'Lê Minh Tuấn', { status: 'du_bi' }),
  ];
  return {
    forum: {
      id: 'f1', cellId: 'c1', topic: 'Tự soi, tự sửa năm 2026', date: '2026-03-05', startTime: '08:00', status: 'in_progress',
      focusCount: 3, catalogueId: 'cat1', place: '', basisDocuments: [], chairMemberId: 'm1', secretaryMemberId: 'm3',
      guests: [], focus: [4, 5, 10], createdAt: ts, updatedAt: ts, version: 1,
    },
    cellName: 'Chi bộ Văn phòng',
    phase: 'tu_soi',
    settings: {
      meetingMinutes: 60, speakerSeconds: 180, budgetsEdited: false,
      quorumRule: { basis: 'full_not_exempt', numerator: 1, denominator: 2, strictlyMore: true },
    },
    phaseTimes: [],
    scale,
    indicators: [indicator(4, 'I'), indicator(5, 'I'), indicator(10, 'II')],
    groups: [
      { code: 'I', title: 'Suy thoái về tư tưởng chính trị' },
      { code: 'II', title: 'Suy thoái về đạo đức, lối sống' },
    ],
    members,
    counts: {
      total: 3, chinhThuc: 2, duBi: 1, exempt: 0, present: 2, presentChinhThuc: 1, presentDuBi: 1,
      absentExcused: 1, absentUnexcused: 0, unrecorded: 0,
    },
    quorum: { eligible: 2, present: 1, required: 2, met: false, explanation: '' },
    rollCallBlocker: null,
    reviewOrder: [COLLECTIVE, 'm1', 'm2', 'm3'],
    texts: [],
    selfReviews: [review(COLLECTIVE, 4, 'khong_co'), review('m1', 4, 'co_nguy_co', 'Có lúc còn ngại va chạm.'), review('m1', 5, null, 'Chưa đánh giá')],
    comments: [],
    queue: [],
    timer: { durationMs: 180_000, startedAt: null, remainingMs: 180_000 },
    presenter: { subject: 'm1', indicatorNo: 4, showStatement: false },
    mirrors: [{ subject: 'm1', selfIdentified: [4], raisedByPeers: [10], raisedNotSelf: [10], selfNotRaised: [4], commentsReceived: 1 }],
    coverage: { notYetSpoken: [], indicatorsWithoutStatement: [], membersWithoutComment: [], emptyCells: 10 },
    conclusionDrafts: [],
    serverNow: ts,
    ...over,
  };
}

describe('Bảng tổng hợp (matrix)', () => {
  it('is an ARIA grid: one row per subject, one cell per focus indicator, one tab stop', () => {
    const out = html(<ReviewMatrix state={fixture()} forumId="f1" readOnly={false} />);
    expect(out).toContain('role="grid"');
    expect(count(out, /role="gridcell"/g)).toBe(12);
    expect(count(out, /role="rowheader"/g)).toBe(4);
    expect(count(out, /tabindex="0"/g)).toBe(1);
    // The cursor starts on the first empty cell: the collective's indicator 5.
    expect(out).toMatch(/id="sr-matrix-r0-c1"[^>]*tabindex="0"/);
    expect(out).toContain('aria-label="Nguyễn Văn Đức, biểu hiện 4: Có nguy cơ, có nội dung tự soi"');
    expect(out).toContain('aria-label="Lê Minh Tuấn, biểu hiện 10: còn trống"');
    // A statement without a level is still an empty cell (outlined), marked as having text.
    expect(out).toContain('aria-label="Nguyễn Văn Đức, biểu hiện 5: còn trống, có nội dung tự soi"');
    expect(count(out, /data-empty="true"/g)).toBe(10 + 1); // + the legend's sample
    expect(text(out)).toContain('10/12 ô trống');
    expect(text(out)).toContain('Trần Thị Hằng · vắng');
  });

  it('reads the scale as data: four levels, keys 1–4', () => {
    const four = [...scale, { code: 'nghiem_trong', label: 'Nghiêm trọng', identifies: true }];
    const out = text(html(<ReviewMatrix state={fixture({ scale: four })} forumId="f1" readOnly={false} />));
    expect(out).toContain('Nghiêm trọng');
    expect(out).toContain('1–4: chọn mức');
  });

  // Speed is measured by `npm run bench` in Chromium, not here.
  it('renders the first rows of a 60 members × 27 indicators matrix, a spacer for the rest, and the full size for assistive tech', () => {
    const members = Array.from({ length: 60 }, (_, i) => member(`m${i}`, `Đảng viên số ${i + 1}`));
    const indicators = Array.from({ length: 27 }, (_, i) => indicator(i + 1, ['I', 'II', 'III'][Math.floor(i / 9)]));
    const selfReviews = members.flatMap((m, r) => indicators.filter((_, c) => (r + c) % 3 !== 0).map((ind) => review(m.id, ind.no, 'khong_co')));
    const state = fixture({ members, indicators, selfReviews, reviewOrder: members.map((m) => m.id) });
    const out = html(<ReviewMatrix state={state} forumId="f1" readOnly={false} />);
    // Before the scroller is measured: the first 24 rows (the active cell is in row 0), then one
    // spacer standing in for the other 36 rows (a row's height is measured into --mx-row), in the
    // table and in the name column drawn over it.
    expect(count(out, /role="gridcell"/g)).toBe(24 * 27);
    expect(out).toMatch(/<tr role="presentation" aria-hidden="true" class="[^"]*" style="height:calc\(var\(--mx-row\) \* 36\)">/);
    expect(out).toMatch(/<div style="height:calc\(var\(--mx-row\) \* 36\)"><\/div>/);
    expect(count(out, /role="rowheader"/g)).toBe(24);
    expect(out).toContain('title="Đảng viên số 24">Đảng viên số 24</div>');
    expect(out).toContain('aria-rowcount="62"');
    expect(out).toContain('540/1620 ô trống'); // (row + column) % 3 === 0 left empty
  });
});

describe('Theo từng đảng viên', () => {
  it('shows the projector subject with its indicators, the scale from data and the projector toggle', () => {
    const out = text(html(<SelfReviewStep state={fixture()} forumId="f1" />));
    expect(out).toContain('Theo từng đảng viên');
    expect(out).toContain('Bảng tổng hợp');
    expect(out).toContain('Nguyễn Văn Đức');
    expect(out).toContain('Nội dung biểu hiện số 10');
    expect(out).toContain('Biểu hiện 4 · Suy thoái về tư tưởng chính trị');
    expect(out).toContain('Có nguy cơ (2)');
    expect(out).toContain('Chiếu nội dung này');
    expect(out).toContain('Có lúc còn ngại va chạm.');
    expect(out).toContain('Thứ 2/4 · đã đánh giá 1/3');
    expect(out).toContain('tự nhận 1 biểu hiện, được góp ý 1 biểu hiện, 2 chỗ chênh lệch');
  });

  it('keeps the collective first when the order is edited', () => {
    const order = [COLLECTIVE, 'a', 'b', 'c'];
    expect(moveInOrder(order, 2, -1)).toEqual([COLLECTIVE, 'b', 'a', 'c']);
    expect(moveInOrder(order, 1, -1)).toEqual(order);
    expect(moveInOrder(order, 0, 1)).toEqual(order);
    expect(moveInOrder(order, 3, 1)).toEqual(order);
  });

  it('colours levels by meaning, not by position', () => {
    expect(levelTone(scale, 'khong_co')).toEqual({ color: 'green', strong: false });
    expect(levelTone(scale, 'co_nguy_co')).toEqual({ color: 'orange', strong: false });
    expect(levelTone(scale, 'co_bieu_hien')).toEqual({ color: 'red', strong: true });
    expect(levelTone(scale, null)).toBeNull();
    expect(isEmptyReview(undefined)).toBe(true);
    expect(isEmptyReview(review('m1', 4, null, 'chữ'))).toBe(true);
    expect(isEmptyReview(review('m1', 4, 'khong_co'))).toBe(false);
  });
});

describe('Góp ý', () => {
  const comments = [
    comment('c1', 'm1', 'chi_uy', null, '2026-03-05T01:00:01.000Z'),
    comment('c2', 'm1', 'member', 'm3', '2026-03-05T01:00:02.000Z', { responseKind: 'tiep_thu', responseText: 'Xin tiếp thu.' }),
    comment('c3', 'm3', 'member', 'm1', '2026-03-05T01:00:03.000Z', { indicatorNo: 5 }),
    comment('c4', 'm2', 'cap_tren', null, '2026-03-05T01:00:00.000Z'),
    comment('c5', 'm2', 'member', 'm3', '2026-03-05T01:00:00.500Z'),
  ];

  it('groups by recipient in review order, then the chi ủy, then the higher committee', () => {
    const groups = groupComments(comments, [COLLECTIVE, 'm1', 'm2', 'm3']);
    expect(groups.map((g) => g.key)).toEqual(['m:m1', 'm:m3', 'chi_uy', 'cap_tren']);
    expect(groups[1].comments.map((c) => c.id)).toEqual(['c5', 'c2']);
  });

  it('shows the form, the groups and the responses', () => {
    const out = text(html(<CommentsStep state={fixture({ phase: 'gop_y', comments })} forumId="f1" />));
    expect(out).toContain('Ghi ý kiến góp ý');
    expect(out).toContain('Cấp ủy cấp trên');
    expect(out).toContain('Góp ý cho đồng chí Lê Minh Tuấn');
    expect(out).toContain('Góp ý cho chi ủy');
    expect(out).toContain('Đồng chí Lê Minh Tuấn góp ý');
    expect(out).toContain('Biểu hiện 5');
    expect(out).toContain('Xin tiếp thu.');
    expect(out).toContain('5 ý kiến góp ý');
  });

  it('is read-only on a closed forum', () => {
    const closed = fixture({ comments });
    closed.forum = { ...closed.forum, status: 'closed' };
    const out = text(html(<CommentsStep state={closed} forumId="f1" />));
    expect(out).not.toContain('Ghi ý kiến góp ý');
    expect(out).not.toContain(' Xoá ');
  });
});

describe('Người phát biểu', () => {
  const queue: LiveState['queue'] = [
    { id: 'q3', memberId: 'm3', position: 2, status: 'waiting', addedAt: ts, startedAt: null, finishedAt: null },
    { id: 'q1', memberId: 'm1', position: 0, status: 'done', addedAt: ts, startedAt: ts, finishedAt: ts },
    { id: 'q2', memberId: 'm2', position: 1, status: 'speaking', addedAt: ts, startedAt: ts, finishedAt: null },
  ];

  it('splits the queue by status, in order', () => {
    const s = splitQueue(queue);
    expect(s.speaking?.id).toBe('q2');
    expect(s.waiting.map((q) => q.id)).toEqual(['q3']);
    expect(s.done.map((q) => q.id)).toEqual(['q1']);
  });

  it('shows who speaks, the time left, the queue and the presenter button', () => {
    const out = text(html(<SpeakerPanel state={fixture({ queue, timer: { durationMs: 180_000, startedAt: null, remainingMs: 65_000 } })} forumId="f1" />));
    expect(out).toContain('Trần Thị Hằng');
    expect(out).toContain('1:05');
    expect(out).toContain('còn 1 phút 5 giây');
    expect(out).toContain('1. Lê Minh Tuấn');
    expect(out).toContain('Đã phát biểu: 1: Nguyễn Văn Đức');
    expect(out).toContain('Màn hình trình chiếu');
  });

  it('shows an overrun in words and as negative time', () => {
    const out = text(html(<SpeakerPanel state={fixture({ timer: { durationMs: 180_000, startedAt: null, remainingMs: -12_000 } })} forumId="f1" />));
    expect(out).toContain('−0:12');
    expect(out).toContain('Quá giờ');
    expect(out).toContain('quá giờ 12 giây');
  });

  it('opens the presenter on its own hash route', () => {
    expect(presenterUrl('f1')).toBe('#/present/f1');
  });
});

describe('Presenter view', () => {
  const data: PresenterData = {
    forumId: 'f1', cellName: 'Chi bộ Văn phòng', topic: 'Tự soi, tự sửa năm 2026', phase: 'tu_soi',
    subjectName: 'Đồng chí Nguyễn Văn Đức',
    indicator: { no: 4, groupCode: 'I', groupTitle: 'Suy thoái về tư tưởng chính trị', text: 'Nội dung biểu hiện số 4', official: false },
    shownStatement: null,
    queue: [
      { id: 'q1', memberName: 'Trần Thị Hằng', status: 'speaking' },
      { id: 'q2', memberName: 'Lê Minh Tuấn', status: 'waiting' },
      { id: 'q0', memberName: 'Đã xong', status: 'done' },
    ],
    timer: { durationMs: 180_000, startedAt: null, remainingMs: 180_000 },
    serverNow: ts,
  };

  it('shows the phase, the indicator, the subject, the speaker, the time and who is next', () => {
    const out = text(html(<PresenterView data={data} />));
    expect(out).toContain('Tự soi');
    expect(out).toContain('Biểu hiện 4 · Suy thoái về tư tưởng chính trị');
    expect(out).toContain('Nội dung biểu hiện số 4');
    expect(out).toContain('Câu chữ chưa được đối chiếu với văn bản in của Nghị quyết');
    expect(text(html(<PresenterView data={{ ...data, indicator: { ...data.indicator!, official: true } }} />))).not.toContain('chưa được đối chiếu');
    expect(out).toContain('Đang tự soi: Đồng chí Nguyễn Văn Đức');
    expect(out).toContain('Trần Thị Hằng');
    expect(out).toContain('3:00');
    expect(out).toContain('1. Lê Minh Tuấn');
    expect(out).not.toContain('Đã xong');
    expect(out).not.toContain('Nội dung tự soi của');
  });

  it('shows a statement only when the facilitator chose one', () => {
    const statement = { subjectName: 'Đồng chí Nguyễn Văn Đức', indicatorNo: 4, assessmentLabel: 'Có nguy cơ', statement: 'Có lúc còn ngại va chạm.' };
    const out = text(html(<PresenterView data={{ ...data, shownStatement: statement }} />));
    expect(out).toContain('Nội dung tự soi (Có nguy cơ):');
    expect(out).toContain('Có lúc còn ngại va chạm.');
    // Another subject's statement (not the one on screen) is named in full.
    const other = text(html(<PresenterView data={{ ...data, shownStatement: { ...statement, subjectName: 'Đồng chí Lê Minh Tuấn' } }} />));
    expect(other).toContain('Nội dung tự soi của Đồng chí Lê Minh Tuấn — biểu hiện 4 (Có nguy cơ):');
  });

  it('tells the room when the connection is lost, keeping the last picture', () => {
    const out = text(html(<PresenterView data={data} connectionLost />));
    expect(out).toContain('Mất kết nối');
    expect(out).toContain('Nội dung biểu hiện số 4');
  });
});
