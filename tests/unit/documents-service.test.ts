// Issue 4 through the real dispatch on a real SQLite file: closing, the vote and reservations,
// documents (draft follows the record, edits kept, regenerate one section, adopt with numbering,
// locked in the API and in SQL, amendments), exports, and the action plan with follow-up.
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../support/db-snapshot';
import { aCell, eightMembers, startTestCore, tempDir, type TestCore } from '../support/test-core';

let core: TestCore;
let clock: Date;
let cellId: string;
let ids: Record<string, string>;

beforeEach(async () => {
  clock = new Date('2026-12-10T07:00:00.000Z');
  core = await startTestCore(tempDir(), { now: () => clock });
  cellId = (await core.ok('cell.create', aCell)).id;
  ids = {};
  for (const m of eightMembers) ids[m.fullName] = (await core.ok('member.create', { cellId, ...m })).id;
});

afterEach(async () => {
  await core.close();
});

/** A forum run to kết luận: roll call (Yến excused), two commitments, one comment. */
async function heldForum(date = '2026-12-10'): Promise<string> {
  const forumId = (
    await core.ok('forum.create', {
      cellId, topic: 'Tự soi, tự sửa', date, startTime: '14:00', basisDocuments: ['Nghị quyết số 04-NQ/TW ngày 30/10/2016'],
      chairMemberId: ids['Nguyễn Văn Tuấn'], secretaryMemberId: ids['Lê Minh Đức'], focus: [4, 5, 14, 15],
    })
  ).id;
  for (const [name, id] of Object.entries(ids)) {
    const excused = name === 'Vũ Thị Yến';
    await core.ok('live.setAttendance', { forumId, memberId: id, presence: excused ? 'absent_excused' : 'present', reason: excused ? 'Ốm' : '' });
  }
  await core.ok('live.saveSelfReview', {
    forumId, subject: ids['Nguyễn Văn Tuấn'], indicatorNo: 14, baseVersion: 0, assessment: 'co_nguy_co',
    statement: 'Ít xuống các bộ phận.', commitment: 'Mỗi tháng làm việc với hai bộ phận.', commitmentDue: '2027-01-31',
  });
  await core.ok('live.saveSelfReview', {
    forumId, subject: 'collective', indicatorNo: 15, baseVersion: 0, assessment: 'co_bieu_hien',
    statement: 'Họp giao ban kéo dài.', commitment: 'Họp giao ban không quá 60 phút.', commitmentDue: '2026-12-31',
  });
  await core.ok('comment.add', { forumId, fromMemberId: ids['Trần Thị Hằng'], targetKind: 'member', targetMemberId: ids['Nguyễn Văn Tuấn'], indicatorNo: 14, text: 'Cần sâu sát hơn.' });
  for (const phase of ['khai_mac', 'de_dan', 'tu_soi', 'gop_y', 'y_kien_cap_tren', 'ket_luan'] as const) await core.ok('live.setPhase', { forumId, phase });
  return forumId;
}

describe('closing and the vote', () => {
  it('closes only from kết luận, records the end time and turns commitments into action items', async () => {
    const forumId = await heldForum();
    clock = new Date('2026-12-10T08:05:00.000Z');
    const closed = await core.ok('forum.close', { forumId });
    expect(closed.forum.status).toBe('closed');
    const items = await core.ok('action.list', { cellId, forumId });
    expect(items.map((i) => [i.ownerName, i.measure, i.deadline])).toEqual([
      ['Chi ủy', 'Họp giao ban không quá 60 phút.', '2026-12-31'],
      ['Đồng chí Nguyễn Văn Tuấn', 'Mỗi tháng làm việc với hai bộ phận.', '2027-01-31'],
    ]);
    // Idempotent.
    expect(await core.ok('action.fromCommitments', { forumId })).toHaveLength(2);
    expect((await core.fail('forum.close', { forumId })).message).toMatch(/đã kết thúc/);
  });

  it('counts full members present only, and refuses a tally that includes probationary members', async () => {
    const forumId = await heldForum();
    const passed = await core.ok('vote.record', { forumId, for: 5, against: 0, abstain: 0 });
    expect(passed).toMatchObject({ eligibleVoters: 5, basis: 6, required: 4, passed: true });
    await core.ok('vote.record', { forumId, for: 3, against: 1, abstain: 1 }).then((v) => expect(v.passed).toBe(false));
    const before = snapshotDatabase(core.dataFile);
    const tooMany = await core.fail('vote.record', { forumId, for: 7, against: 0, abstain: 0 });
    expect(tooMany.message).toMatch(/Đảng viên dự bị \(2 đồng chí có mặt\) không biểu quyết/);
    expect(snapshotDatabase(core.dataFile)).toBe(before);
    const probationary = await core.fail('reservation.add', { forumId, memberId: ids['Đỗ Thanh Thọ'], text: 'Xin bảo lưu.' });
    expect(probationary.message).toMatch(/dự bị/);
    await core.ok('reservation.add', { forumId, memberId: ids['Hoàng Hữu Lợi'], text: 'Bảo lưu ý kiến về thời hạn khắc phục.' });
    expect(await core.ok('reservation.list', { forumId })).toHaveLength(1);
  });
});

describe('documents', () => {
  it('a draft follows the record until a section is edited; regenerating one section keeps the others', async () => {
    const forumId = await heldForum();
    const first = await core.ok('document.get', { forumId, typeCode: 'NQ' });
    expect(first.current).toMatchObject({ status: 'draft', version: 0, numberText: null });
    expect(first.adoptBlocker).toMatch(/Chưa biểu quyết/);
    const [one, two] = first.current.sections;
    const edited = await core.ok('document.saveSection', {
      forumId, typeCode: 'NQ', key: one.key, baseVersion: 0,
      blocks: [{ kind: 'paragraph', runs: [{ text: 'Đoạn do thư ký viết lại.', bold: true }] }],
    });
    expect(edited.current.version).toBe(1);
    expect(edited.current.sections[0]).toMatchObject({ edited: true, blocks: [{ kind: 'paragraph', runs: [{ text: 'Đoạn do thư ký viết lại.', bold: true }] }] });
    // A stale window gets CONFLICT, and its text is not written.
    const stale = await core.fail('document.saveSection', { forumId, typeCode: 'NQ', key: two.key, baseVersion: 0, blocks: [] });
    expect(stale.code).toBe('CONFLICT');
    const regenerated = await core.ok('document.regenerateSection', { forumId, typeCode: 'NQ', key: two.key, baseVersion: 1 });
    expect(regenerated.current.sections[0].edited).toBe(true);
    expect(regenerated.current.sections[1]).toMatchObject({ edited: false, blocks: two.blocks });
    const back = await core.ok('document.regenerateSection', { forumId, typeCode: 'NQ', key: one.key, baseVersion: 2 });
    expect(back.current.sections[0]).toMatchObject({ edited: false, blocks: one.blocks });
    const unknown = await core.fail('document.saveSection', { forumId, typeCode: 'NQ', key: 'khong_co', baseVersion: 3, blocks: [] });
    expect(unknown.message).toMatch(/không có mục «khong_co»/);
  });

  it('adoption numbers per type within the term, locks the text in the API and in SQL, and amendments keep every version', async () => {
    const forumId = await heldForum();
    expect((await core.fail('document.adopt', { forumId, typeCode: 'NQ' })).message).toMatch(/Chưa biểu quyết/);
    await core.ok('vote.record', { forumId, for: 5, against: 0, abstain: 0 });
    const adopted = await core.ok('document.adopt', { forumId, typeCode: 'NQ' });
    expect(adopted.current).toMatchObject({ status: 'adopted', numberText: 'Số 01-NQ/CB', versionNo: 1 });
    expect(adopted.editable).toBe(false);
    const refused = await core.fail('document.saveSection', { forumId, typeCode: 'NQ', key: adopted.current.sections[0].key, baseVersion: adopted.current.version, blocks: [] });
    expect(refused.code).toBe('FORBIDDEN_STATE');
    // The plan of the same forum gets its own series; minutes need the meeting closed first.
    expect((await core.ok('document.adopt', { forumId, typeCode: 'KH' })).current.numberText).toBe('Số 01-KH/CB');
    expect((await core.fail('document.adopt', { forumId, typeCode: 'BB' })).message).toMatch(/kết thúc buổi sinh hoạt/);

    // A second forum's resolution is number 02 in the same term.
    const second = await heldForum('2027-03-10');
    await core.ok('vote.record', { forumId: second, for: 4, against: 1, abstain: 0 });
    expect((await core.ok('document.adopt', { forumId: second, typeCode: 'NQ' })).current.numberText).toBe('Số 02-NQ/CB');

    // Amend: a new draft version with author and reason; the adopted one stays as it was.
    const amended = await core.ok('document.amend', { forumId, typeCode: 'NQ', author: 'Lê Minh Đức', note: 'Sửa thời hạn khắc phục theo ý kiến cấp trên.' });
    expect(amended.current).toMatchObject({ status: 'draft', versionNo: 2, author: 'Lê Minh Đức' });
    expect(amended.versions.map((v) => [v.versionNo, v.status])).toEqual([[1, 'adopted'], [2, 'draft']]);
    const readopted = await core.ok('document.adopt', { forumId, typeCode: 'NQ' });
    expect(readopted.current).toMatchObject({ versionNo: 2, status: 'adopted', numberText: 'Số 01-NQ/CB' });
    const v1 = await core.ok('document.export', { forumId, typeCode: 'NQ', format: 'html', versionNo: 1 });
    expect(v1.draft).toBe(false);

    // The database itself refuses to touch an adopted version.
    await core.close();
    const db = new BetterSqlite3(core.dataFile);
    try {
      expect(() => db.prepare(`UPDATE document_versions SET sections = '[]' WHERE status = 'adopted'`).run()).toThrow(/không được sửa/);
      expect(() => db.prepare(`DELETE FROM document_versions WHERE status = 'adopted'`).run()).toThrow(/không được xoá/);
    } finally {
      db.close();
    }
    core = await startTestCore(core.dataDir, { now: () => clock });
  });

  it('exports DOCX, a print view and the plan as XLSX, marked DỰ THẢO until adopted', async () => {
    const forumId = await heldForum();
    await core.ok('forum.close', { forumId });
    const docx = await core.ok('document.export', { forumId, typeCode: 'BB', format: 'docx' });
    expect(docx).toMatchObject({ draft: true, mimeType: expect.stringContaining('wordprocessingml') });
    expect(docx.fileName).toBe('Du-thao-Bien-ban-2026-12-10.docx');
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const html = Buffer.from((await core.ok('document.export', { forumId, typeCode: 'BB', format: 'html' })).base64, 'base64').toString('utf8');
    expect(html).toContain('DỰ THẢO');
    expect(html).toContain('BIÊN BẢN');
    const xlsx = await core.ok('document.export', { forumId, typeCode: 'KH', format: 'xlsx' });
    expect(xlsx.fileName).toMatch(/Ke-hoach-khac-phuc.*\.xlsx$/);
    expect((await core.fail('document.export', { forumId, typeCode: 'NQ', format: 'xlsx' })).message).toMatch(/Chỉ kế hoạch khắc phục/);
  });
});

describe('action plan follow-up', () => {
  it('a later forum reviews the earlier actions; progress is dated, 100 % completes with a note; overdue shows', async () => {
    const first = await heldForum();
    await core.ok('forum.close', { forumId: first });
    const [collective, tuan] = await core.ok('action.list', { cellId, forumId: first });
    const manual = await core.ok('action.create', {
      forumId: first, shortcoming: 'Hồ sơ tồn đọng ở bộ phận Một cửa.', indicatorNos: [15], measure: 'Rà soát, giải quyết dứt điểm.',
      ownerKind: 'member', ownerMemberId: ids['Lê Minh Đức'], deadline: '2027-02-28', monitor: 'Đồng chí Trần Thị Hằng',
    });
    expect(manual.ownerName).toBe('Đồng chí Lê Minh Đức');
    const noOwner = await core.fail('action.create', { forumId: first, shortcoming: 'x', measure: 'y', ownerKind: 'member' });
    expect(noOwner.message).toMatch(/phải chọn «Đồng chí chủ trì»/);

    clock = new Date('2027-01-15T03:00:00.000Z');
    const second = (await core.ok('forum.create', { cellId, topic: 'Sinh hoạt quý I năm 2027', date: '2027-03-10', startTime: '14:00' })).id;
    const review = await core.ok('action.review', { forumId: second });
    expect(review.map((i) => i.id).sort()).toEqual([collective.id, tuan.id, manual.id].sort());
    expect(review.find((i) => i.id === collective.id)!.overdue).toBe(true);
    expect((await core.ok('action.list', { cellId, only: 'overdue' })).map((i) => i.id)).toEqual([collective.id]);

    const noNote = await core.fail('action.progress', { id: collective.id, date: '2027-01-15', progress: 100, forumId: second });
    expect(noNote.message).toMatch(/đã khắc phục thế nào/);
    const done = await core.ok('action.progress', { id: collective.id, date: '2027-01-15', progress: 100, note: 'Đã áp dụng từ tháng 1/2027; giao ban còn 45 phút.', forumId: second });
    expect(done).toMatchObject({ completedAt: '2027-01-15', overdue: false, progress: 100 });
    expect(done.history).toHaveLength(1);
    await core.ok('action.progress', { id: tuan.id, date: '2027-01-15', progress: 50, note: 'Đã làm việc với 2/4 bộ phận.' });
    expect((await core.ok('action.list', { cellId, only: 'open' })).map((i) => i.id).sort()).toEqual([tuan.id, manual.id].sort());
    const early = await core.fail('action.progress', { id: tuan.id, date: '2026-01-01', progress: 10 });
    expect(early.message).toMatch(/không thể trước ngày đề ra/);
    expect((await core.fail('action.delete', { id: tuan.id })).message).toMatch(/đã có tiến độ/);
  });
});
