// Moving data between laptops through dispatch on two real databases in two data folders: a cell
// with a held, closed forum (roll call, self-reviews, comments, vote, reservation, adopted
// resolution, action items with progress) exported on one and imported on the other, compared row
// by row; a second import changes nothing; conflicts are found and never written over; bad files
// (cut off, from a newer version, a forum whose cell is missing, altered) are refused with nothing written.
import BetterSqlite3 from 'better-sqlite3';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { snapshotDatabase } from '../support/db-snapshot';
import { aCell, eightMembers, startTestCore, tempDir, type TestCore } from '../support/test-core';

let a: TestCore;
let b: TestCore;
let clock: Date;
let cellId: string;
let forumId: string;
let ids: Record<string, string>;

const dbFile = (core: TestCore) => `${core.dataDir}/tu-soi.sqlite3`;

beforeEach(async () => {
  clock = new Date('2026-12-10T07:00:00.000Z');
  a = await startTestCore(tempDir(), { now: () => clock });
  b = await startTestCore(tempDir(), { now: () => clock });
  cellId = (await a.ok('cell.create', aCell)).id;
  ids = {};
  for (const m of eightMembers) ids[m.fullName] = (await a.ok('member.create', { cellId, ...m })).id;
  forumId = await heldForum();
});

afterEach(async () => {
  await a.close();
  await b.close();
});

/** A forum held on laptop A to its end: roll call, two commitments, a comment, vote, reservation, adopted NQ, progress. */
async function heldForum(): Promise<string> {
  const id = (
    await a.ok('forum.create', {
      cellId, topic: 'Tự soi, tự sửa theo Nghị quyết 04', date: '2026-12-10', startTime: '14:00',
      chairMemberId: ids['Nguyễn Văn Tuấn'], secretaryMemberId: ids['Lê Minh Đức'], focus: [4, 5, 14, 15],
    })
  ).id;
  for (const [name, memberId] of Object.entries(ids)) {
    const excused = name === 'Vũ Thị Yến';
    await a.ok('live.setAttendance', { forumId: id, memberId, presence: excused ? 'absent_excused' : 'present', reason: excused ? 'Ốm' : '' });
  }
  await a.ok('live.saveSelfReview', {
    forumId: id, subject: ids['Nguyễn Văn Tuấn'], indicatorNo: 14, baseVersion: 0, assessment: 'co_nguy_co',
    statement: 'Có lúc còn ngại va chạm.', commitment: 'Góp ý thẳng thắn hơn.', commitmentDue: '2027-01-31',
  });
  await a.ok('live.saveSelfReview', {
    forumId: id, subject: 'collective', indicatorNo: 15, baseVersion: 0, assessment: 'co_bieu_hien',
    statement: 'Họp giao ban kéo dài.', commitment: 'Họp giao ban không quá 60 phút.', commitmentDue: '2026-12-31',
  });
  await a.ok('comment.add', { forumId: id, fromMemberId: ids['Trần Thị Hằng'], targetKind: 'member', targetMemberId: ids['Nguyễn Văn Tuấn'], indicatorNo: 14, text: 'Cần sâu sát hơn.' });
  await a.ok('live.saveText', { forumId: id, kind: 'framing', subject: '', text: 'Đề dẫn của chi ủy.', baseVersion: 0 });
  for (const phase of ['khai_mac', 'de_dan', 'tu_soi', 'gop_y', 'y_kien_cap_tren', 'ket_luan'] as const) await a.ok('live.setPhase', { forumId: id, phase });
  clock = new Date('2026-12-10T08:05:00.000Z');
  await a.ok('forum.close', { forumId: id });
  await a.ok('vote.record', { forumId: id, for: 4, against: 1, abstain: 0 });
  await a.ok('reservation.add', { forumId: id, memberId: ids['Hoàng Hữu Lợi'], text: 'Đề nghị rút ngắn thời hạn.' });
  await a.ok('document.adopt', { forumId: id, typeCode: 'NQ' });
  const [item] = await a.ok('action.list', { cellId, forumId: id });
  await a.ok('action.progress', { id: item.id, date: '2026-12-20', progress: 50, note: 'Đã làm một nửa.', forumId: null });
  return id;
}

/** Every transferred row of the cell, read straight from the file, keyed the same on both laptops. */
function cellRows(core: TestCore) {
  const db = new BetterSqlite3(dbFile(core), { readonly: true });
  try {
    const q = (text: string) => db.prepare(text).all({ cell: cellId }) as Record<string, unknown>[];
    const forums = `(SELECT id FROM forums WHERE cell_id = @cell)`;
    const docs = `(SELECT id FROM documents WHERE forum_id IN ${forums})`;
    return {
      cells: q('SELECT * FROM cells WHERE id = @cell'),
      members: q('SELECT * FROM members WHERE cell_id = @cell ORDER BY id'),
      // The catalogue is matched by code and version: its id differs between laptops.
      forums: q('SELECT f.*, c.code AS catalogue_code, c.version AS catalogue_version FROM forums f JOIN catalogues c ON c.id = f.catalogue_id WHERE cell_id = @cell ORDER BY f.id')
        .map(({ catalogue_id: _id, ...rest }) => rest),
      forum_phase_log: q(`SELECT * FROM forum_phase_log WHERE forum_id IN ${forums} ORDER BY forum_id, seq`),
      attendance: q(`SELECT * FROM attendance WHERE forum_id IN ${forums} ORDER BY forum_id, member_id`),
      forum_texts: q(`SELECT * FROM forum_texts WHERE forum_id IN ${forums} ORDER BY forum_id, kind, subject`),
      self_reviews: q(`SELECT * FROM self_reviews WHERE forum_id IN ${forums} ORDER BY forum_id, subject, indicator_no`),
      comments: q(`SELECT * FROM comments WHERE forum_id IN ${forums} ORDER BY id`),
      documents: q(`SELECT * FROM documents WHERE forum_id IN ${forums} ORDER BY id`),
      document_versions: q(`SELECT * FROM document_versions WHERE document_id IN ${docs} ORDER BY document_id, version_no`),
      issued_numbers: q('SELECT * FROM issued_numbers WHERE cell_id = @cell ORDER BY type_code, number'),
      votes: q(`SELECT * FROM votes WHERE forum_id IN ${forums}`),
      reservations: q(`SELECT * FROM reservations WHERE forum_id IN ${forums} ORDER BY id`),
      action_items: q('SELECT * FROM action_items WHERE cell_id = @cell ORDER BY id'),
      action_progress: q('SELECT * FROM action_progress WHERE item_id IN (SELECT id FROM action_items WHERE cell_id = @cell) ORDER BY id'),
    };
  } finally {
    db.close();
  }
}

const exportCell = async () => (await a.ok('transfer.export', { cellId })).base64;
const unpack = (base64: string) => JSON.parse(gunzipSync(Buffer.from(base64, 'base64')).toString('utf8'));
const pack = (file: unknown) => gzipSync(Buffer.from(JSON.stringify(file))).toString('base64');

describe('transfer: a cell from one laptop to another', () => {
  it('exports a cell and imports it into a second data folder, row for row', async () => {
    const file = await a.ok('transfer.export', { cellId });
    expect(file.fileName).toBe('Tu-soi-Chi-bo-Truong-THPT-Nguyen-Hue-2026-12-10.tusoi');
    const header = unpack(file.base64);
    expect(header).toMatchObject({ app: 'tu-soi', formatVersion: 1, scope: { kind: 'cell', cellId, cellName: aCell.name } });

    const preview = await b.ok('transfer.preview', { base64: file.base64 });
    expect(preview.cellExists).toBe(false);
    expect(preview.conflictCount).toBe(0);
    const added = Object.fromEntries(preview.kinds.map((k) => [k.kind, k.added]));
    expect(added).toMatchObject({ cells: 1, members: 8, forums: 1, attendance: 8, self_reviews: 2, comments: 1, votes: 1, reservations: 1, issued_numbers: 1, action_items: 2, action_progress: 1 });
    expect(added.document_versions).toBeGreaterThanOrEqual(1);
    // The bundled catalogue is the same text on both laptops: matched, not added again.
    expect(preview.kinds.find((k) => k.kind === 'catalogues')).toMatchObject({ added: 0, unchanged: 1 });

    const result = await b.ok('transfer.import', { base64: file.base64 });
    expect(result.changes).toBe(preview.changes);
    const source = cellRows(a);
    expect(source.document_versions.some((v) => v.status === 'adopted')).toBe(true);
    expect(cellRows(b)).toEqual(source);
    // And the imported forum works on B: its record and its adopted resolution read back.
    expect((await b.ok('document.get', { forumId, typeCode: 'NQ' })).current.numberText).toBe('Số 01-NQ/CB');
  });

  it('importing the same file twice changes nothing', async () => {
    const base64 = await exportCell();
    await b.ok('transfer.import', { base64 });
    const before = snapshotDatabase(dbFile(b));
    const again = await b.ok('transfer.preview', { base64 });
    expect(again).toMatchObject({ cellExists: true, changes: 0, conflictCount: 0 });
    expect(again.kinds.every((k) => k.added === 0 && k.updated === 0)).toBe(true);
    const result = await b.ok('transfer.import', { base64 });
    expect(result.changes).toBe(0);
    expect(snapshotDatabase(dbFile(b))).toBe(before);
  });

  it('takes newer versions, lists conflicts, refuses without consent, and never writes over a conflict', async () => {
    await b.ok('transfer.import', { base64: await exportCell() });
    const items = await a.ok('action.list', { cellId, forumId });
    const lyB = (await b.ok('member.list', { cellId })).find((m) => m.fullName === 'Hoàng Hữu Lợi')!;
    const anhA = (await a.ok('member.list', { cellId })).find((m) => m.fullName === 'Phạm Ngọc Ánh')!;
    const member = (m: typeof lyB, fullName: string) => ({ id: m.id, version: m.version, fullName, birthYear: m.birthYear, status: m.status, partyRole: m.partyRole, otherPositions: m.otherPositions, exempt: m.exempt, active: m.active });
    // Only A recorded progress on an action item and changed Ánh's name: B takes them.
    await a.ok('action.progress', { id: items[1].id, date: '2027-01-05', progress: 100, note: 'Đã xong.', forumId: null });
    await a.ok('member.update', member(anhA, 'Phạm Thị Ngọc Ánh'));
    // Lợi was renamed on both laptops, differently: same version 2, other content.
    await a.ok('member.update', member({ ...lyB }, 'Hoàng Hữu Lợi (A)'));
    await b.ok('member.update', member(lyB, 'Hoàng Hữu Lợi (B)'));
    // Tuấn edited twice on B, once on A: B is newer.
    const tuanB = (await b.ok('member.list', { cellId })).find((m) => m.fullName === 'Nguyễn Văn Tuấn')!;
    const tuanB2 = await b.ok('member.update', { ...member(tuanB, 'Nguyễn Văn Tuấn'), otherPositions: 'Hiệu trưởng' });
    await b.ok('member.update', { ...member(tuanB2, 'Nguyễn Văn Tuấn'), otherPositions: 'Hiệu trưởng trường' });
    await a.ok('member.update', { ...member(tuanB, 'Nguyễn Văn Tuấn'), otherPositions: 'Giáo viên' });

    const base64 = await exportCell();
    const preview = await b.ok('transfer.preview', { base64 });
    expect(preview.kinds.find((k) => k.kind === 'members')).toMatchObject({ updated: 1, conflicts: 2 });
    expect(preview.kinds.find((k) => k.kind === 'action_items')).toMatchObject({ updated: 1, unchanged: 1 });
    expect(preview.kinds.find((k) => k.kind === 'action_progress')).toMatchObject({ added: 1, unchanged: 1 });
    expect(preview.conflicts).toEqual(expect.arrayContaining([
      { kind: 'members', label: 'Đảng viên', what: 'Đồng chí Hoàng Hữu Lợi (A)', reason: 'Cùng phiên bản 2 nhưng nội dung khác nhau: đã được sửa ở cả hai máy.' },
      { kind: 'members', label: 'Đảng viên', what: 'Đồng chí Nguyễn Văn Tuấn', reason: 'Bản trên máy này mới hơn (phiên bản 3, trong tệp: 2).' },
    ]));

    const before = snapshotDatabase(dbFile(b));
    const refused = await b.fail('transfer.import', { base64 });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/Chưa nhập: có 2 mục xung đột.*Chưa có gì được ghi/);
    expect(snapshotDatabase(dbFile(b))).toBe(before);

    const result = await b.ok('transfer.import', { base64, skipConflicts: true });
    expect(result.skipped).toBe(2);
    const namesB = (await b.ok('member.list', { cellId })).map((m) => m.fullName);
    expect(namesB).toContain('Hoàng Hữu Lợi (B)');
    expect(namesB).toContain('Phạm Thị Ngọc Ánh');
    expect((await b.ok('member.list', { cellId })).find((m) => m.fullName === 'Nguyễn Văn Tuấn')!.otherPositions).toBe('Hiệu trưởng trường');
    expect((await b.ok('action.list', { cellId, forumId })).find((i) => i.id === items[1].id)).toMatchObject({ progress: 100 });
  });

  it('an adopted version here is never changed; a draft here becomes the adopted one from the file', async () => {
    // B gets the forum before the resolution was amended on A.
    await b.ok('transfer.import', { base64: await exportCell() });
    await a.ok('document.amend', { forumId, typeCode: 'NQ', author: 'Nguyễn Văn Tuấn', note: 'Sửa thời hạn.' });
    const preview = await b.ok('transfer.preview', { base64: await exportCell() });
    expect(preview.conflictCount).toBe(0);
    expect(preview.kinds.find((k) => k.kind === 'document_versions')).toMatchObject({ added: 1 });
    await b.ok('transfer.import', { base64: await exportCell() });
    expect((await b.ok('document.get', { forumId, typeCode: 'NQ' })).versions.map((v) => v.status)).toEqual(['adopted', 'draft']);
    // A adopts the amendment: B's draft version becomes the adopted one (the lock is on adopted rows only).
    await a.ok('document.adopt', { forumId, typeCode: 'NQ' });
    const readopted = await b.ok('transfer.preview', { base64: await exportCell() });
    expect(readopted.conflictCount).toBe(0);
    expect(readopted.kinds.find((k) => k.kind === 'document_versions')).toMatchObject({ updated: 1 });
    await b.ok('transfer.import', { base64: await exportCell() });
    expect((await b.ok('document.get', { forumId, typeCode: 'NQ' })).versions.map((v) => v.status)).toEqual(['adopted', 'adopted']);
    expect(cellRows(b)).toEqual(cellRows(a));

    // Altering the adopted version in the file: a conflict, and the trigger never fires.
    const file = unpack(await exportCell());
    const adopted = file.data.document_versions.find((v: { status: string }) => v.status === 'adopted');
    adopted.sections = JSON.stringify([]);
    adopted.version += 1;
    const altered = await b.ok('transfer.preview', { base64: pack(file) });
    expect(altered.conflicts).toEqual([expect.objectContaining({ kind: 'document_versions', reason: expect.stringMatching(/đã được thông qua nên không được sửa/) })]);
  });
});

describe('transfer: the same document drafted separately on both laptops', () => {
  it('is a conflict, its versions wait with it, and the rest imports without touching either', async () => {
    await b.ok('transfer.import', { base64: await exportCell() });
    const edit = async (core: TestCore, text: string) => {
      const state = await core.ok('document.get', { forumId, typeCode: 'BB' });
      const section = state.current.sections[0];
      await core.ok('document.saveSection', {
        forumId, typeCode: 'BB', key: section.key, baseVersion: state.current.version,
        blocks: [{ kind: 'paragraph', runs: [{ text }] }],
      });
    };
    // Each laptop writes the minutes' first section: each creates its own BB document (another id).
    await edit(a, 'Biên bản viết trên máy A.');
    await edit(b, 'Biên bản viết trên máy B.');
    const base64 = await exportCell();
    const preview = await b.ok('transfer.preview', { base64 });
    expect(preview.kinds.find((k) => k.kind === 'documents')).toMatchObject({ conflicts: 1 });
    expect(preview.kinds.find((k) => k.kind === 'document_versions')).toMatchObject({ conflicts: 1 });
    expect(preview.conflicts.map((c) => [c.what, c.reason])).toEqual([
      ['Biên bản — buổi sinh hoạt «Tự soi, tự sửa theo Nghị quyết 04» ngày 10/12/2026', 'Máy này đã có một mục khác ở đúng chỗ này (tạo riêng trên máy này).'],
      ['Biên bản — buổi sinh hoạt «Tự soi, tự sửa theo Nghị quyết 04» ngày 10/12/2026, phiên bản 1', 'Thuộc một mục bị xung đột ở trên nên không nhập được.'],
    ]);
    const result = await b.ok('transfer.import', { base64, skipConflicts: true });
    expect(result.skipped).toBe(2);
    const minutes = await b.ok('document.get', { forumId, typeCode: 'BB' });
    expect(JSON.stringify(minutes.current.sections[0].blocks)).toContain('Biên bản viết trên máy B.');
  });
});

describe('transfer: bad files are refused, nothing written', () => {
  it('refuses a cut-off file, a file that is not ours, and a file from a newer version', async () => {
    const base64 = await exportCell();
    const bytes = Buffer.from(base64, 'base64');
    const before = snapshotDatabase(dbFile(b));
    const cases: [string, RegExp][] = [
      [bytes.subarray(0, Math.floor(bytes.length * 0.6)).toString('base64'), /cắt cụt hay hỏng/],
      [Buffer.from('Họ và tên,Năm sinh\n').toString('base64'), /không phải tệp chuyển dữ liệu của Tự soi \(\.tusoi\)/],
      [pack({ app: 'khac', formatVersion: 1 }), /không phải tệp chuyển dữ liệu của Tự soi/],
      [pack({ ...unpack(base64), formatVersion: 2 }), /phiên bản mới hơn của Tự soi.*cập nhật/],
      [pack({ ...unpack(base64), schemaVersion: 999, appVersion: '9.0.0' }), /phiên bản mới hơn của Tự soi \(9\.0\.0\)/],
    ];
    for (const [file, message] of cases) {
      for (const method of ['transfer.preview', 'transfer.import'] as const) {
        const error = await b.fail(method, { base64: file });
        expect(error.code).toBe('INVALID_INPUT');
        expect(error.message).toMatch(message);
      }
    }
    expect(snapshotDatabase(dbFile(b))).toBe(before);
  });

  it('refuses a forum whose cell is not on this laptop, then takes it once the cell is', async () => {
    const forumFile = await a.ok('transfer.export', { cellId, forumId });
    expect(forumFile.fileName).toBe('Tu-soi-Chi-bo-Truong-THPT-Nguyen-Hue-sinh-hoat-2026-12-10.tusoi');
    const before = snapshotDatabase(dbFile(b));
    const error = await b.fail('transfer.import', { base64: forumFile.base64 });
    expect(error.message).toMatch(/chi bộ đó chưa có trên máy này.*nhập tệp của cả chi bộ trước/);
    expect(snapshotDatabase(dbFile(b))).toBe(before);

    // With the cell (and no forum yet) on B, the forum's file adds the forum and its record.
    const cellOnly = unpack(await exportCell());
    for (const table of Object.keys(cellOnly.data)) if (!['cells', 'members'].includes(table)) cellOnly.data[table] = [];
    await b.ok('transfer.import', { base64: pack(cellOnly) });
    const preview = await b.ok('transfer.preview', { base64: forumFile.base64 });
    expect(preview.scope).toMatchObject({ kind: 'forum', forumId, forumTopic: 'Tự soi, tự sửa theo Nghị quyết 04' });
    expect(preview.kinds.find((k) => k.kind === 'forums')).toMatchObject({ added: 1 });
    expect(preview.kinds.find((k) => k.kind === 'members')).toMatchObject({ unchanged: 8 });
    await b.ok('transfer.import', { base64: forumFile.base64 });
    expect(cellRows(b)).toEqual(cellRows(a));
  });

  it('takes a file from an older schema that lacks a later column, and refuses one with a column it does not know', async () => {
    const file = unpack(await exportCell());
    const older = structuredClone(file);
    older.schemaVersion = 4; // before migration 05 added forums.ended_at
    for (const f of older.data.forums) delete f.ended_at;
    const preview = await b.ok('transfer.preview', { base64: pack(older) });
    expect(preview.kinds.find((k) => k.kind === 'forums')).toMatchObject({ added: 1 });
    await b.ok('transfer.import', { base64: pack(older) });
    // The column the file did not carry took its default; the same older file again changes nothing.
    expect((await b.ok('transfer.preview', { base64: pack(older) })).changes).toBe(0);
    const unknown = structuredClone(file);
    unknown.data.members[0].nickname = 'Tư';
    const before = snapshotDatabase(dbFile(b));
    expect((await b.fail('transfer.import', { base64: pack(unknown) })).message).toMatch(/trường «nickname» mà phiên bản này không biết/);
    expect(snapshotDatabase(dbFile(b))).toBe(before);
  });

  it('refuses a file altered by hand (a member of another cell, a value the database refuses)', async () => {
    const file = unpack(await exportCell());
    const before = snapshotDatabase(dbFile(b));
    const otherCell = structuredClone(file);
    otherCell.data.members[0].cell_id = 'another-cell';
    expect((await b.fail('transfer.import', { base64: pack(otherCell) })).message).toMatch(/Tệp không nhất quán \(có đảng viên của chi bộ khác\)/);
    const badValue = structuredClone(file);
    badValue.data.comments[0].response_kind = 'im_lang';
    expect((await b.fail('transfer.import', { base64: pack(badValue) })).message).toMatch(/dữ liệu không hợp lệ ở phần «Góp ý».*chưa có gì được ghi/);
    expect(snapshotDatabase(dbFile(b))).toBe(before);
  });
});
