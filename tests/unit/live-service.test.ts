// The live forum through the real dispatch on a real SQLite file: phases and their gate, roll
// call and quorum, self-mirroring with version checks, comments, queue and timer, the presenter's
// narrow view, and the bad inputs the issue lists (each refused in Vietnamese, nothing written).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveState } from '../../src-main/contract';
import { snapshotDatabase } from '../support/db-snapshot';
import { aCell, eightMembers, startTestCore, tempDir, type TestCore } from '../support/test-core';

let core: TestCore;
let clock: Date;
let cellId: string;
let forumId: string;
let ids: Record<string, string>;

const tick = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};
const live = () => core.ok('live.get', { forumId });
const unchanged = async (action: () => Promise<unknown>) => {
  const before = snapshotDatabase(core.dataFile);
  await action();
  expect(snapshotDatabase(core.dataFile)).toBe(before);
};

beforeEach(async () => {
  clock = new Date('2026-12-10T07:00:00.000Z');
  core = await startTestCore(tempDir(), { now: () => clock });
  cellId = (await core.ok('cell.create', aCell)).id;
  ids = {};
  for (const m of eightMembers) ids[m.fullName] = (await core.ok('member.create', { cellId, ...m })).id;
  forumId = (
    await core.ok('forum.create', {
      cellId, topic: 'Tự soi, tự sửa theo Nghị quyết 04-NQ/TW', date: '2026-12-10', startTime: '14:00',
      chairMemberId: ids['Nguyễn Văn Tuấn'], focus: [4, 5, 10, 11, 12, 13, 14, 15, 16, 17, 18],
    })
  ).id;
});

afterEach(async () => {
  await core.close();
});

async function rollCall(absentExcused = 'Vũ Thị Yến') {
  for (const [name, id] of Object.entries(ids)) {
    await core.ok('live.setAttendance', {
      forumId, memberId: id,
      presence: name === absentExcused ? 'absent_excused' : 'present',
      reason: name === absentExcused ? 'Đi công tác tại Hà Nội' : '',
    });
  }
}

describe('phases and the roll-call gate', () => {
  it('starts in chuẩn bị with computed budgets and the default review order', async () => {
    const state = await live();
    expect(state.phase).toBe('chuan_bi');
    expect(state.forum.status).toBe('draft');
    expect(state.indicators.map((i) => i.no)).toEqual([4, 5, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(state.groups.map((g) => g.code)).toEqual(['I', 'II']);
    expect(state.phaseTimes.reduce((sum, p) => sum + p.budgetMinutes, 0)).toBe(60);
    expect(state.reviewOrder[0]).toBe('collective');
    expect(state.reviewOrder[1]).toBe(ids['Nguyễn Văn Tuấn']);
    expect(state.reviewOrder[2]).toBe(ids['Trần Thị Hằng']);
    expect(state.rollCallBlocker).toMatch(/Chưa điểm danh xong: còn 8 đồng chí/);
  });

  it('refuses to skip the roll call, then moves on once it is complete, and resumes where it was', async () => {
    await core.ok('live.setPhase', { forumId, phase: 'khai_mac' });
    const refused = await core.fail('live.setPhase', { forumId, phase: 'tu_soi' });
    expect(refused.code).toBe('FORBIDDEN_STATE');
    expect(refused.message).toMatch(/Chưa điểm danh xong/);
    await rollCall();
    const noSecretary = await core.fail('live.setPhase', { forumId, phase: 'de_dan' });
    expect(noSecretary.message).toMatch(/Chưa chọn thư ký/);
    await core.ok('live.setRoles', { forumId, chairMemberId: ids['Nguyễn Văn Tuấn'], secretaryMemberId: ids['Lê Minh Đức'] });
    tick(300);
    const state = await core.ok('live.setPhase', { forumId, phase: 'de_dan' });
    expect(state.phase).toBe('de_dan');
    expect(state.forum.status).toBe('in_progress');
    expect(state.phaseTimes.find((p) => p.phase === 'khai_mac')!.usedSeconds).toBe(300);
    // Back always works and loses nothing.
    const back = await core.ok('live.setPhase', { forumId, phase: 'khai_mac' });
    expect(back.members.filter((m) => m.presence === 'present')).toHaveLength(7);
    // A restarted core resumes at the stored phase.
    await core.close();
    core = await startTestCore(core.dataDir, { now: () => clock });
    expect((await live()).phase).toBe('khai_mac');
  });

  it('counts attendance and shows the quorum arithmetic against the rule', async () => {
    await rollCall();
    const state = await live();
    expect(state.counts).toMatchObject({ total: 8, chinhThuc: 6, duBi: 2, present: 7, absentExcused: 1, unrecorded: 0 });
    expect(state.quorum).toMatchObject({ eligible: 6, present: 5, required: 4, met: true });
    expect(state.quorum.explanation).toContain('Có mặt 5/6');
    expect(state.members.find((m) => m.fullName === 'Vũ Thị Yến')!.absenceReason).toBe('Đi công tác tại Hà Nội');
    // A stricter rule (at least 6/6) is a setting, not code.
    const strict = await core.ok('live.setSettings', {
      forumId, meetingMinutes: 90, speakerSeconds: 120, budgets: null,
      quorumRule: { basis: 'full', numerator: 1, denominator: 1, strictlyMore: false },
    });
    expect(strict.quorum).toMatchObject({ required: 6, met: false });
    expect(strict.phaseTimes.reduce((sum, p) => sum + p.budgetMinutes, 0)).toBe(90);
    expect(strict.timer.durationMs).toBe(120_000);
  });

  it('keeps edited budgets until asked to compute them again', async () => {
    const budgets = { chuan_bi: 0, khai_mac: 5, de_dan: 10, tu_soi: 20, gop_y: 15, y_kien_cap_tren: 5, ket_luan: 5 };
    const edited = await core.ok('live.setSettings', {
      forumId, meetingMinutes: 60, speakerSeconds: 180, budgets,
      quorumRule: { basis: 'full_not_exempt', numerator: 1, denominator: 2, strictlyMore: true },
    });
    expect(edited.settings.budgetsEdited).toBe(true);
    expect(edited.phaseTimes.find((p) => p.phase === 'de_dan')!.budgetMinutes).toBe(10);
  });

  it('settings changed in another window since an edit began are not written over: CONFLICT carries the stored ones', async () => {
    const rule = { basis: 'full_not_exempt' as const, numerator: 1, denominator: 2, strictlyMore: true };
    const read = { meetingMinutes: 60, speakerSeconds: 180, budgets: null, quorumRule: rule };
    // Window A lengthens the meeting, starting from what it read.
    await core.ok('live.setSettings', { forumId, ...read, meetingMinutes: 90, expected: read });
    // Window B read the same, and shortens the speaker's turn: refused, nothing written.
    await unchanged(async () => {
      const stale = await core.fail('live.setSettings', { forumId, ...read, speakerSeconds: 120, expected: read });
      expect(stale.code).toBe('CONFLICT');
      expect(stale.message).toMatch(/Chương trình buổi sinh hoạt vừa được lưu từ một cửa sổ khác/);
      expect((stale as { current?: unknown }).current).toEqual({ meetingMinutes: 90, speakerSeconds: 180, budgets: null, quorumRule: rule });
    });
    // From what is stored now (its keys in another order), the same change goes through.
    const now = { quorumRule: { strictlyMore: true, denominator: 2, numerator: 1, basis: 'full_not_exempt' as const }, budgets: null, speakerSeconds: 180, meetingMinutes: 90 };
    const state = await core.ok('live.setSettings', { forumId, ...now, speakerSeconds: 120, expected: now });
    expect(state.settings).toMatchObject({ meetingMinutes: 90, speakerSeconds: 120 });
  });

  it('roles: one role set leaves the other; a role changed in another window since it was read is refused', async () => {
    const [tuan, duc, hang] = [ids['Nguyễn Văn Tuấn'], ids['Lê Minh Đức'], ids['Trần Thị Hằng']];
    await core.ok('live.setRoles', { forumId, secretaryMemberId: duc, expected: { secretaryMemberId: null } });
    let state = await live();
    expect(state.forum).toMatchObject({ chairMemberId: tuan, secretaryMemberId: duc });
    await unchanged(async () => {
      // Another window still shows no secretary and picks Hằng: refused, with the stored roles.
      const stale = await core.fail('live.setRoles', { forumId, secretaryMemberId: hang, expected: { secretaryMemberId: null } });
      expect(stale.code).toBe('CONFLICT');
      expect(stale.message).toMatch(/Chủ trì và thư ký vừa được đổi ở một cửa sổ khác/);
      expect((stale as { current?: unknown }).current).toEqual({ chairMemberId: tuan, secretaryMemberId: duc });
    });
    // The chair changed from what it was read as: the secretary set meanwhile is not touched.
    await core.ok('live.setRoles', { forumId, chairMemberId: hang, expected: { chairMemberId: tuan } });
    state = await live();
    expect(state.forum).toMatchObject({ chairMemberId: hang, secretaryMemberId: duc });
  });

  it('review order: a move made from an order another window has changed is refused', async () => {
    const read = (await live()).reviewOrder;
    const swapped = [read[0], read[2], read[1], ...read.slice(3)];
    await core.ok('live.setReviewOrder', { forumId, order: swapped, expected: read });
    await unchanged(async () => {
      const other = [read[0], read[1], read[3], read[2], ...read.slice(4)];
      const stale = await core.fail('live.setReviewOrder', { forumId, order: other, expected: read });
      expect(stale.code).toBe('CONFLICT');
      expect((stale as { current?: unknown }).current).toEqual(swapped);
    });
    expect((await live()).reviewOrder).toEqual(swapped);
  });

  it('a roll-call record changed in another window is not written over; without `expected` the last write wins', async () => {
    const yen = ids['Vũ Thị Yến'];
    const notCalled = { presence: null, reason: '' };
    await core.ok('live.setAttendance', { forumId, memberId: yen, presence: 'absent_excused', reason: 'Đi công tác', expected: notCalled });
    await unchanged(async () => {
      // Another window still believes she was not called.
      const stale = await core.fail('live.setAttendance', { forumId, memberId: yen, presence: 'present', reason: '', expected: notCalled });
      expect(stale.code).toBe('CONFLICT');
      expect(stale.message).toMatch(/Điểm danh của đồng chí Vũ Thị Yến/);
      expect((stale as { current?: unknown }).current).toEqual({ presence: 'absent_excused', reason: 'Đi công tác' });
      // Its reason typed over a reason it never saw: refused too.
      const reason = await core.fail('live.setAttendance', {
        forumId, memberId: yen, presence: 'absent_excused', reason: 'Ốm', expected: { presence: 'absent_excused', reason: '' },
      });
      expect(reason.code).toBe('CONFLICT');
    });
    // From what is stored (spaces around the reason do not count), the change goes through.
    await core.ok('live.setAttendance', {
      forumId, memberId: yen, presence: 'absent_excused', reason: 'Đi công tác tại Hà Nội', expected: { presence: 'absent_excused', reason: ' Đi công tác ' },
    });
    await core.ok('live.setAttendance', { forumId, memberId: yen, presence: 'present', reason: '' });
    expect((await live()).members.find((m) => m.id === yen)).toMatchObject({ presence: 'present', absenceReason: '' });
  });
});

describe('self-mirroring', () => {
  it('saves one field at a time, version-checked; a later writer gets both texts back', async () => {
    const tuan = ids['Nguyễn Văn Tuấn'];
    const first = await core.ok('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 11, baseVersion: 0, assessment: 'co_nguy_co' });
    expect(first.version).toBe(1);
    const second = await core.ok('live.saveSelfReview', {
      forumId, subject: tuan, indicatorNo: 11, baseVersion: 1, statement: 'Có lúc còn nể nang, ngại va chạm khi góp ý cho đồng nghiệp.',
    });
    expect(second).toMatchObject({ version: 2, assessment: 'co_nguy_co' });
    // Another window still holds version 1.
    const stale = await core.fail('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 11, baseVersion: 1, statement: 'Bản khác' });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/vẫn còn nguyên/);
    expect((stale as { current?: { statement: string } }).current?.statement).toMatch(/nể nang/);
    const state = await live();
    expect(state.selfReviews.find((r) => r.subject === tuan && r.indicatorNo === 11)!.statement).toMatch(/nể nang/);
  });

  it('a save of one field keeps every other field as stored', async () => {
    const tuan = ids['Nguyễn Văn Tuấn'];
    await core.ok('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 14, baseVersion: 0, statement: 'Ít xuống cơ sở.', commitment: 'Mỗi tháng làm việc với hai bộ phận.' });
    await core.ok('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 14, baseVersion: 1, assessment: 'co_nguy_co' });
    const third = await core.ok('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 14, baseVersion: 2, commitmentDue: '2026-12-31' });
    expect(third).toMatchObject({
      version: 3, assessment: 'co_nguy_co', statement: 'Ít xuống cơ sở.', commitment: 'Mỗi tháng làm việc với hai bộ phận.', commitmentDue: '2026-12-31',
    });
    const cleared = await core.ok('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 14, baseVersion: 3, statement: '' });
    expect(cleared).toMatchObject({ statement: '', commitment: 'Mỗi tháng làm việc với hai bộ phận.', assessment: 'co_nguy_co' });
  });

  it('stores exactly what was typed, NFC, for the collective too', async () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    const saved = await core.ok('live.saveSelfReview', { forumId, subject: 'collective', indicatorNo: 4, baseVersion: 0, statement: decomposed });
    expect(saved.statement).toBe('Nguyễn');
    expect(saved.subject).toBe('collective');
  });

  it('refuses bad self-reviews with a Vietnamese message and writes nothing', async () => {
    const tuan = ids['Nguyễn Văn Tuấn'];
    const otherCell = await core.ok('cell.create', { ...aCell, name: 'Chi bộ Khối Dân vận' });
    const stranger = await core.ok('member.create', { cellId: otherCell.id, fullName: 'Lý Văn Nam', status: 'chinh_thuc', partyRole: 'dang_vien' });
    await unchanged(async () => {
      const huge = await core.fail('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 11, baseVersion: 0, statement: 'ạ'.repeat(50_000) });
      expect(huge.message).toMatch(/«Nội dung tự soi» quá dài/);
      const empty = await core.fail('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 11, baseVersion: 0, statement: '   ' });
      expect(empty.message).toMatch(/đang trống/);
      const outside = await core.fail('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 1, baseVersion: 0, statement: 'x' });
      expect(outside.message).toMatch(/không thuộc trọng tâm/);
      const scale = await core.fail('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 11, baseVersion: 0, assessment: 'rat_tot' });
      expect(scale.message).toMatch(/Mức tự đánh giá/);
      const foreign = await core.fail('live.saveSelfReview', { forumId, subject: stranger.id, indicatorNo: 11, baseVersion: 0, statement: 'x' });
      expect(foreign.message).toMatch(/phải là đảng viên của chi bộ này/);
    });
  });
});

describe('comments, mirror and coverage', () => {
  it('records comments with responses and shows the mirror gaps both ways', async () => {
    await rollCall();
    const [tuan, hang, duc] = [ids['Nguyễn Văn Tuấn'], ids['Trần Thị Hằng'], ids['Lê Minh Đức']];
    await core.ok('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 11, baseVersion: 0, assessment: 'co_nguy_co' });
    await core.ok('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 12, baseVersion: 0, assessment: 'co_bieu_hien' });
    const c1 = await core.ok('comment.add', { forumId, fromMemberId: hang, targetKind: 'member', targetMemberId: tuan, indicatorNo: 11, text: 'Đồng chí cần mạnh dạn hơn khi phê bình.' });
    await core.ok('comment.add', { forumId, fromMemberId: duc, targetKind: 'member', targetMemberId: tuan, indicatorNo: 15, text: 'Còn để cấp dưới chờ lâu khi giải quyết hồ sơ.' });
    await core.ok('comment.add', { forumId, fromMemberId: duc, targetKind: 'chi_uy', targetMemberId: null, indicatorNo: 4, text: 'Chi ủy cần tổ chức học tập nghị quyết đều đặn hơn.' });
    const responded = await core.ok('comment.respond', { id: c1.id, baseVersion: 1, responseKind: 'tiep_thu', responseText: 'Tôi xin tiếp thu và sẽ sửa.' });
    expect(responded).toMatchObject({ responseKind: 'tiep_thu', version: 2 });

    const state = await live();
    const mirror = state.mirrors.find((m) => m.subject === tuan)!;
    expect(mirror).toMatchObject({ selfIdentified: [11, 12], raisedByPeers: [11, 15], raisedNotSelf: [15], selfNotRaised: [12], commentsReceived: 2 });
    expect(state.mirrors.find((m) => m.subject === 'collective')!.raisedByPeers).toEqual([4]);
    // Present members without any comment: all but Tuấn (Yến is absent).
    expect(state.coverage.membersWithoutComment).toHaveLength(6);
    expect(state.coverage.notYetSpoken).not.toContain(tuan);
    expect(state.coverage.notYetSpoken).toContain('collective');
    expect(state.coverage.indicatorsWithoutStatement).toHaveLength(11);
    const draft = state.conclusionDrafts.find((d) => d.subject === tuan)!.text;
    expect(draft).toContain('Đồng chí Nguyễn Văn Tuấn tự nhận có biểu hiện hoặc nguy cơ ở các biểu hiện (11), (12)');
    expect(draft).toContain('(15) được góp ý nhưng chưa tự nhận');
  });

  it('refuses a comment to oneself, a response to a missing comment, and a member of another cell', async () => {
    const tuan = ids['Nguyễn Văn Tuấn'];
    const otherCell = await core.ok('cell.create', { ...aCell, name: 'Chi bộ Khối Dân vận' });
    const stranger = await core.ok('member.create', { cellId: otherCell.id, fullName: 'Lý Văn Nam', status: 'chinh_thuc', partyRole: 'dang_vien' });
    await unchanged(async () => {
      const self = await core.fail('comment.add', { forumId, fromMemberId: tuan, targetKind: 'member', targetMemberId: tuan, text: 'Tự góp ý' });
      expect(self.issues?.[0]).toMatchObject({ path: 'targetMemberId' });
      expect(self.message).toMatch(/Không thể góp ý cho chính mình/);
      const missing = await core.fail('comment.respond', { id: 'khong-co', baseVersion: 1, responseKind: 'giai_trinh', responseText: 'x' });
      expect(missing.code).toBe('NOT_FOUND');
      expect(missing.message).toMatch(/Không tìm thấy góp ý/);
      const foreign = await core.fail('comment.add', { forumId, fromMemberId: stranger.id, targetKind: 'member', targetMemberId: tuan, text: 'x' });
      expect(foreign.message).toMatch(/«Người góp ý» phải là đảng viên của chi bộ này/);
      const noTarget = await core.fail('comment.add', { forumId, fromMemberId: tuan, targetKind: 'member', text: 'x' });
      expect(noTarget.message).toMatch(/phải chọn «Đồng chí được góp ý»/);
      const empty = await core.fail('comment.add', { forumId, fromMemberId: tuan, targetKind: 'cap_tren', text: '  ' });
      expect(empty.message).toBe('«Nội dung góp ý» không được để trống.');
    });
  });
});

describe('speaker queue, timer and presenter', () => {
  it('gives the floor in order, restarts the countdown per speaker, and survives a restart', async () => {
    const [hang, duc, anh] = [ids['Trần Thị Hằng'], ids['Lê Minh Đức'], ids['Phạm Ngọc Ánh']];
    await core.ok('queue.add', { forumId, memberId: hang });
    await core.ok('queue.add', { forumId, memberId: duc });
    const third = await core.ok('queue.add', { forumId, memberId: anh });
    const dup = await core.fail('queue.add', { forumId, memberId: duc });
    expect(dup.message).toMatch(/đã có trong danh sách phát biểu/);
    const moved = await core.ok('queue.move', { id: third.id, toPosition: 0 });
    expect(moved.map((q) => q.memberId)).toEqual([anh, hang, duc]);
    const afterNext = await core.ok('queue.next', { forumId });
    expect(afterNext.find((q) => q.status === 'speaking')!.memberId).toBe(anh);
    tick(200);
    let state: LiveState = await live();
    expect(state.timer.startedAt).not.toBeNull();
    expect(state.timer.remainingMs - (clock.getTime() - new Date(state.timer.startedAt!).getTime())).toBe(-20_000);
    await core.ok('timer.control', { forumId, action: 'stop' });
    await core.close();
    core = await startTestCore(core.dataDir, { now: () => clock });
    state = await live();
    expect(state.timer).toMatchObject({ startedAt: null, remainingMs: -20_000 });
    const speakingNow = state.queue.find((q) => q.status === 'speaking')!;
    expect(speakingNow.memberId).toBe(anh);
    await core.ok('queue.finish', { id: speakingNow.id });
    // "Xong": the clock shows a full turn (180 s by default) for the next speaker, not the -20 s left.
    expect((await live()).timer).toEqual({ durationMs: 180_000, startedAt: null, remainingMs: 180_000 });
    const reset = await core.ok('timer.control', { forumId, action: 'reset', seconds: 60 });
    expect(reset).toEqual({ durationMs: 60_000, startedAt: null, remainingMs: 60_000 });
  });

  /** Through the roll call to tự soi, where the projector follows the member form. */
  async function toTuSoi() {
    await core.ok('live.setPhase', { forumId, phase: 'khai_mac' });
    await rollCall();
    await core.ok('live.setRoles', { forumId, chairMemberId: ids['Nguyễn Văn Tuấn'], secretaryMemberId: ids['Lê Minh Đức'] });
    for (const phase of ['de_dan', 'tu_soi'] as const) await core.ok('live.setPhase', { forumId, phase });
  }

  it('never sends a statement to the projector unless the facilitator shows it', async () => {
    const tuan = ids['Nguyễn Văn Tuấn'];
    await toTuSoi();
    await core.ok('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 11, baseVersion: 0, assessment: 'co_nguy_co', statement: 'Còn nể nang trong phê bình.' });
    const hidden = await core.ok('presenter.set', { forumId, subject: tuan, indicatorNo: 11, showStatement: false });
    expect(hidden.subjectName).toBe('Đồng chí Nguyễn Văn Tuấn');
    expect(hidden.indicator).toMatchObject({ no: 11, groupCode: 'II', official: false });
    expect(hidden.shownStatement).toBeNull();
    expect(JSON.stringify(hidden)).not.toContain('nể nang');
    const shown = await core.ok('presenter.get', { forumId }).then(() => core.ok('presenter.set', { forumId, subject: tuan, indicatorNo: 11, showStatement: true }));
    expect(shown.shownStatement).toMatchObject({ indicatorNo: 11, assessmentLabel: 'Có nguy cơ', statement: 'Còn nể nang trong phê bình.' });
  });

  it('shows the subject, the indicator and a statement on the projector only during tự soi', async () => {
    const tuan = ids['Nguyễn Văn Tuấn'];
    const statement = 'Có lúc còn ngại va chạm, góp ý cho đồng chí trong tổ chưa thẳng thắn.';
    await core.ok('live.saveSelfReview', { forumId, subject: tuan, indicatorNo: 5, baseVersion: 0, assessment: 'co_nguy_co', statement });
    // Chosen while preparing (statements written ahead): nothing of it is projected yet.
    const early = await core.ok('presenter.set', { forumId, subject: tuan, indicatorNo: 5, showStatement: true });
    expect(early).toMatchObject({ phase: 'chuan_bi', subjectName: null, indicator: null, shownStatement: null });
    await toTuSoi();
    expect(await core.ok('presenter.get', { forumId })).toMatchObject({
      phase: 'tu_soi', subjectName: 'Đồng chí Nguyễn Văn Tuấn', indicator: { no: 5 }, shownStatement: { statement },
    });
    // Moving on to góp ý with the statement still switched on: the projector drops it (and the
    // stale "Đang tự soi"), and the facilitator's choice is kept for a return to tự soi.
    await core.ok('live.setPhase', { forumId, phase: 'gop_y' });
    const later = await core.ok('presenter.get', { forumId });
    expect(later).toMatchObject({ phase: 'gop_y', subjectName: null, indicator: null, shownStatement: null });
    expect(JSON.stringify(later)).not.toContain('ngại va chạm');
    expect((await live()).presenter).toEqual({ subject: tuan, indicatorNo: 5, showStatement: true });
    await core.ok('live.setPhase', { forumId, phase: 'tu_soi' });
    expect((await core.ok('presenter.get', { forumId })).shownStatement).toMatchObject({ statement });
  });

  it('pushes live.changed to subscribers on every write', async () => {
    const seen: unknown[] = [];
    const stop = core.subscribe((event, payload) => event === 'live.changed' && seen.push(payload));
    await core.ok('live.saveText', { forumId, kind: 'framing', text: 'Đề dẫn của chi ủy.', baseVersion: 0 });
    await core.ok('timer.control', { forumId, action: 'start' });
    stop();
    expect(seen).toEqual([{ forumId, cellId }, { forumId, cellId }]);
  });
});

describe('texts', () => {
  it('saves framing, collective review per group and conclusions with version checks', async () => {
    const framing = await core.ok('live.saveText', { forumId, kind: 'framing', text: 'Chi bộ tập trung vào nhóm II.', baseVersion: 0 });
    expect(framing.version).toBe(1);
    const conflict = await core.fail('live.saveText', { forumId, kind: 'framing', text: 'Bản từ cửa sổ khác', baseVersion: 0 });
    expect(conflict.code).toBe('CONFLICT');
    // Saving the same text again is not a conflict.
    expect((await core.ok('live.saveText', { forumId, kind: 'framing', text: 'Chi bộ tập trung vào nhóm II.', baseVersion: 0 })).version).toBe(1);
    await core.ok('live.saveText', { forumId, kind: 'collective_review', subject: 'II', text: 'Tập thể còn nể nang.', baseVersion: 0 });
    await core.ok('live.saveText', { forumId, kind: 'conclusion', subject: 'collective', text: 'Chi bộ cần khắc phục.', baseVersion: 0 });
    const badGroup = await core.fail('live.saveText', { forumId, kind: 'collective_review', subject: 'IX', text: 'x', baseVersion: 0 });
    expect(badGroup.message).toMatch(/phải gắn với một nhóm biểu hiện/);
    const state = await live();
    expect(state.texts.map((t) => `${t.kind}:${t.subject}`).sort()).toEqual(['collective_review:II', 'conclusion:collective', 'framing:']);
  });

  it('refuses every write once the forum is closed', async () => {
    const sample = await core.ok('sample.open', {});
    const closed = (await core.ok('forum.list', { cellId: sample.id }))[0];
    const members = await core.ok('member.list', { cellId: sample.id, includeLeft: false });
    await unchanged(async () => {
      for (const [name, input] of [
        ['live.saveText', { forumId: closed.id, kind: 'framing', text: 'x', baseVersion: 0 }],
        ['live.setPhase', { forumId: closed.id, phase: 'khai_mac' }],
        ['live.setAttendance', { forumId: closed.id, memberId: members[0].id, presence: 'present', reason: '' }],
        ['comment.add', { forumId: closed.id, fromMemberId: members[0].id, targetKind: 'cap_tren', text: 'x' }],
        ['timer.control', { forumId: closed.id, action: 'start' }],
      ] as const) {
        const error = await core.fail(name, input);
        expect(error.code, name).toBe('FORBIDDEN_STATE');
        expect(error.message).toMatch(/đã kết thúc/);
      }
    });
    // Reading a held forum still works.
    expect((await core.ok('live.get', { forumId: closed.id })).forum.status).toBe('closed');
  });
});


describe('the sample cell', () => {
  it("holds a full record of its past forum, read back through live.get", async () => {
    const sample = await core.ok('sample.open', {});
    const forum = (await core.ok('forum.list', { cellId: sample.id }))[0];
    const state = await core.ok('live.get', { forumId: forum.id });
    expect(state).toMatchObject({ phase: 'ket_luan', cellName: 'Chi bộ Văn phòng' });
    expect(state.counts).toMatchObject({ total: 9, present: 7, absentExcused: 2, unrecorded: 0 });
    expect(state.quorum.met).toBe(true);
    expect(state.selfReviews).toHaveLength(13);
    expect(state.comments).toHaveLength(5);
    expect(state.comments.every((c) => c.responseKind !== null)).toBe(true);
    expect(state.phaseTimes.find((p) => p.phase === 'tu_soi')!.usedSeconds).toBe(24 * 60);
    const tuan = state.members.find((m) => m.fullName === 'Nguyễn Văn Tuấn')!.id;
    expect(state.mirrors.find((m) => m.subject === tuan)).toMatchObject({ selfIdentified: [5, 14], raisedByPeers: [14] });
    expect(state.texts.find((t) => t.kind === 'conclusion' && t.subject === tuan)!.text).toMatch(/Nguyễn Văn Tuấn/);
    // Its commitments are the plan's items, as closing the meeting makes them.
    const items = await core.ok('action.list', { cellId: sample.id, forumId: forum.id });
    expect(items).toHaveLength(state.selfReviews.filter((r) => r.commitment.trim() !== '').length);
    expect(items[0]).toMatchObject({ ownerName: 'Chi ủy', deadline: '2026-12-31' });
  });
});
