import BetterSqlite3 from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { aCell, eightMembers, startTestCore, type TestCore } from '../support/test-core';

let core: TestCore;
beforeEach(async () => {
  core = await startTestCore();
  return () => core.close();
});

async function cellWithMembers() {
  const cell = await core.ok('cell.create', aCell);
  const members = [];
  for (const m of eightMembers) members.push(await core.ok('member.create', { cellId: cell.id, ...m }));
  return { cell, members };
}

describe('cells', () => {
  it('creates, lists and updates a cell with a version check', async () => {
    const cell = await core.ok('cell.create', { ...aCell, name: '  Chi bộ Văn phòng  ' });
    expect(cell).toMatchObject({ name: 'Chi bộ Văn phòng', version: 1, isSample: false, memberCounts: { total: 0 } });
    const updated = await core.ok('cell.update', { ...aCell, id: cell.id, version: 1, termStartYear: 2020, termEndYear: 2025 });
    expect(updated).toMatchObject({ version: 2, termStartYear: 2020 });
    const stale = await core.fail('cell.update', { ...aCell, id: cell.id, version: 1 });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/vừa được sửa ở nơi khác/);
    expect(await core.ok('cell.list', {})).toHaveLength(1);
  });

  it('refuses a term that ends before it starts, naming the field', async () => {
    const error = await core.fail('cell.create', { ...aCell, termStartYear: 2030, termEndYear: 2025 });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'termEndYear' }] });
  });

  it('stores text NFC-normalised', async () => {
    const cell = await core.ok('cell.create', { ...aCell, name: 'Chi bộ Trường THPT Lê Lợi'.normalize('NFD') });
    expect(cell.name).toBe('Chi bộ Trường THPT Lê Lợi'.normalize('NFC'));
    const raw = new BetterSqlite3(core.dataFile, { readonly: true });
    const row = raw.prepare('SELECT name FROM cells WHERE id = ?').get(cell.id) as { name: string };
    raw.close();
    expect(row.name).toBe(row.name.normalize('NFC'));
  });

  it('opens the sample cell once, with realistic members and a past forum', async () => {
    const sample = await core.ok('sample.open', {});
    expect(sample).toMatchObject({ isSample: true, name: 'Chi bộ Văn phòng' });
    expect(sample.memberCounts).toEqual({ total: 9, chinhThuc: 7, duBi: 2, exempt: 1, left: 1 });
    const again = await core.ok('sample.open', {});
    expect(again.id).toBe(sample.id);
    const forums = await core.ok('forum.list', { cellId: sample.id });
    expect(forums).toHaveLength(1);
    expect(forums[0]).toMatchObject({ status: 'closed', focusCount: 11 });
  });
});

describe('members', () => {
  it('lists members sorted by given name, with counts on the cell', async () => {
    const { cell } = await cellWithMembers();
    const list = await core.ok('member.list', { cellId: cell.id });
    expect(list.map((m) => m.fullName)).toEqual([
      'Bùi Đức An', 'Phạm Ngọc Ánh', 'Lê Minh Đức', 'Trần Thị Hằng', 'Hoàng Hữu Lợi', 'Đỗ Thanh Thọ', 'Nguyễn Văn Tuấn', 'Vũ Thị Yến',
    ]);
    expect((await core.ok('cell.get', { id: cell.id })).memberCounts).toEqual({ total: 8, chinhThuc: 6, duBi: 2, exempt: 0, left: 0 });
  });

  it('keeps members who left for history but can hide them', async () => {
    const { cell, members } = await cellWithMembers();
    const leaving = members[3];
    await core.ok('member.update', { ...leaving, birthYear: 1988, active: false });
    expect(await core.ok('member.list', { cellId: cell.id, includeLeft: false })).toHaveLength(7);
    expect(await core.ok('member.list', { cellId: cell.id })).toHaveLength(8);
    expect((await core.ok('cell.get', { id: cell.id })).memberCounts).toMatchObject({ total: 7, left: 1 });
  });

  it('allows one bí thư per cell and says who holds the role', async () => {
    const { cell } = await cellWithMembers();
    const error = await core.fail('member.create', { cellId: cell.id, fullName: 'Hồ Văn Lợi', status: 'chinh_thuc', partyRole: 'bi_thu' });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'partyRole' }] });
    expect(error.message).toContain('Nguyễn Văn Tuấn');
  });

  it('answers NOT_FOUND for a member of an unknown cell and writes nothing', async () => {
    const error = await core.fail('member.create', { cellId: 'no-such-cell', fullName: 'Ngô Văn Hùng', status: 'du_bi', partyRole: 'dang_vien' });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/chi bộ/);
  });
});

describe('catalogue versions', () => {
  it('ships the 27 indicators in three groups of nine with their verification levels', async () => {
    const catalogue = await core.ok('catalogue.get', {});
    expect(catalogue.groups.map((g) => [g.code, g.indicators.length])).toEqual([['I', 9], ['II', 9], ['III', 9]]);
    expect(catalogue.version).toBe(1);
    const official = catalogue.groups.flatMap((g) => g.indicators).filter((i) => i.official).map((i) => i.no);
    expect(official).toEqual([1, 2, 3]);
  });

  it('a correction creates a new version; the old one and the forums using it stay as they were', async () => {
    const { cell } = await cellWithMembers();
    const v1 = await core.ok('catalogue.get', {});
    const forum = await core.ok('forum.create', { cellId: cell.id, topic: 'Tự soi quý IV', date: '2026-12-10', startTime: '14:00' });
    expect(forum.catalogueId).toBe(v1.id);
    const item7 = v1.groups[0].indicators[6];
    const v2 = await core.ok('catalogue.revise', {
      catalogueId: v1.id,
      note: 'Đối chiếu bản in Nghị quyết',
      changes: [{ no: 7, text: item7.text, confirmed: true }],
    });
    expect(v2).toMatchObject({ version: 2, isLatest: true, officialCount: 4 });
    const old = await core.ok('catalogue.get', { id: v1.id });
    expect(old).toMatchObject({ version: 1, isLatest: false, officialCount: 3, forumCount: 1 });
    expect((await core.ok('forum.get', { id: forum.id })).catalogueId).toBe(v1.id);
    expect((await core.ok('catalogue.list', {})).map((c) => c.version)).toEqual([2, 1]);
    // Revising an old version would fork history: refused.
    const stale = await core.fail('catalogue.revise', { catalogueId: v1.id, changes: [{ no: 8, text: 'x', confirmed: false }] });
    expect(stale.code).toBe('CONFLICT');
  });

  it('the database itself refuses to change a stored version', async () => {
    const v1 = await core.ok('catalogue.get', {});
    const raw = new BetterSqlite3(core.dataFile);
    expect(() => raw.prepare(`UPDATE catalogue_indicators SET text = 'x' WHERE catalogue_id = ?`).run(v1.id)).toThrow(/immutable/);
    raw.close();
  });

  it('refuses a correction to an indicator number that does not exist', async () => {
    const v1 = await core.ok('catalogue.get', {});
    const error = await core.fail('catalogue.revise', { catalogueId: v1.id, changes: [{ no: 28, text: 'Biểu hiện thứ 28', confirmed: true }] });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'changes' }] });
    expect(await core.ok('catalogue.list', {})).toHaveLength(1);
  });
});

describe('forums', () => {
  const forumInput = (cellId: string) => ({
    cellId,
    topic: 'Sinh hoạt chuyên đề "tự soi, tự sửa" quý IV năm 2026',
    date: '2026-12-10',
    startTime: '14:00',
    place: 'Phòng họp tầng 2',
    basisDocuments: ['Kế hoạch số 28-KH/TU ngày 11/4/2017 của Ban Thường vụ Thành ủy'],
    guests: [{ name: 'Lê Thị Thu Hà', position: 'Ủy viên Ban Thường vụ Đảng ủy phường' }],
  });

  it('defaults the focus to all 27 indicators and keeps a chosen selection in order', async () => {
    const { cell, members } = await cellWithMembers();
    const all = await core.ok('forum.create', forumInput(cell.id));
    expect(all.focus).toHaveLength(27);
    const chosen = await core.ok('forum.create', {
      ...forumInput(cell.id),
      chairMemberId: members[0].id,
      secretaryMemberId: members[5].id,
      focus: [18, 10, 11, 12, 13, 14, 15, 16, 17, 5, 4, 5],
    });
    expect(chosen.focus).toEqual([4, 5, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(chosen).toMatchObject({ status: 'draft', focusCount: 11, chairMemberId: members[0].id });
    const listed = await core.ok('forum.list', { cellId: cell.id });
    expect(listed).toHaveLength(2);
  });

  it('refuses a chair from another cell and an unknown indicator, writing nothing', async () => {
    const { cell } = await cellWithMembers();
    const other = await core.ok('cell.create', { ...aCell, name: 'Chi bộ khu phố 3' });
    const stranger = await core.ok('member.create', { cellId: other.id, fullName: 'Phan Văn Hưởng', status: 'chinh_thuc', partyRole: 'bi_thu' });
    const wrongChair = await core.fail('forum.create', { ...forumInput(cell.id), chairMemberId: stranger.id });
    expect(wrongChair).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'chairMemberId' }] });
    const wrongFocus = await core.fail('forum.create', { ...forumInput(cell.id), focus: [4, 31] });
    expect(wrongFocus).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'focus' }] });
    const emptyFocus = await core.fail('forum.create', { ...forumInput(cell.id), focus: [] });
    expect(emptyFocus.issues?.[0].path).toBe('focus');
    expect(await core.ok('forum.list', { cellId: cell.id })).toHaveLength(0);
  });

  it('edits with a version check and deletes only drafts', async () => {
    const { cell } = await cellWithMembers();
    const forum = await core.ok('forum.create', forumInput(cell.id));
    const edited = await core.ok('forum.update', { ...forumInput(cell.id), id: forum.id, version: 1, topic: 'Chủ đề mới', focus: [1, 2] });
    expect(edited).toMatchObject({ version: 2, topic: 'Chủ đề mới', focus: [1, 2] });
    expect((await core.fail('forum.update', { ...forumInput(cell.id), id: forum.id, version: 1 })).code).toBe('CONFLICT');
    expect(await core.ok('forum.delete', { id: forum.id })).toEqual({ deleted: true });
    expect((await core.fail('forum.get', { id: forum.id })).code).toBe('NOT_FOUND');
  });

  it('a forum that has been held cannot be edited or deleted', async () => {
    const sample = await core.ok('sample.open', {});
    const [held] = await core.ok('forum.list', { cellId: sample.id });
    const full = await core.ok('forum.get', { id: held.id });
    const edit = await core.fail('forum.update', { ...full, topic: 'Sửa sau khi họp' });
    expect(edit.code).toBe('FORBIDDEN_STATE');
    const del = await core.fail('forum.delete', { id: held.id });
    expect(del.code).toBe('FORBIDDEN_STATE');
    expect(del.message).toMatch(/hồ sơ/);
  });
});

describe('persistence', () => {
  it('everything saved is there after closing and reopening', async () => {
    const { cell } = await cellWithMembers();
    await core.ok('forum.create', { cellId: cell.id, topic: 'Tự soi', date: '2026-12-10', startTime: '14:00', focus: [4, 5] });
    await core.close();
    const reopened = await startTestCore(core.dataDir);
    core = reopened;
    expect((await reopened.ok('member.list', { cellId: cell.id })).length).toBe(8);
    const [forum] = await reopened.ok('forum.list', { cellId: cell.id });
    expect(forum).toMatchObject({ topic: 'Tự soi', focusCount: 2 });
  });
});
