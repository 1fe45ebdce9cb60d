// Issue 5 through the real dispatch on a real SQLite file: two cells, three held forums and a draft,
// the aggregate report's numbers (checked by hand against what the test wrote), a member's history
// across forums with commitments and progress, bad input, and the query plans using the partial
// indexes of migration 2026-11-23-09 rather than scanning the self-reviews.
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openConnection } from '../../src-main/core/db/connection';
import { migrateToLatest } from '../../src-main/core/db/migrate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../support/db-snapshot';
import { aCell, eightMembers, startTestCore, tempDir, type TestCore } from '../support/test-core';

let core: TestCore;
let clock: Date;
let cellA: string;
let cellB: string;
let ids: Record<string, string>;
let idsB: Record<string, string>;

const PHASES = ['khai_mac', 'de_dan', 'tu_soi', 'gop_y', 'y_kien_cap_tren', 'ket_luan'] as const;

beforeEach(async () => {
  clock = new Date('2026-11-23T03:00:00.000Z');
  core = await startTestCore(tempDir(), { now: () => clock });
  cellA = (await core.ok('cell.create', aCell)).id;
  cellB = (await core.ok('cell.create', { ...aCell, name: 'Chi bộ Khu phố 3' })).id;
  ids = {};
  idsB = {};
  for (const m of eightMembers) ids[m.fullName] = (await core.ok('member.create', { cellId: cellA, ...m })).id;
  for (const m of eightMembers.slice(0, 3)) idsB[m.fullName] = (await core.ok('member.create', { cellId: cellB, ...m })).id;
});

afterEach(async () => {
  await core.close();
});

interface ForumPlan {
  cellId: string;
  members: Record<string, string>;
  date: string;
  focus: number[];
  absent?: string[];
  reviews?: [string, number, string, string, string?, string?][];
  comments?: [string, string, number | null, string][];
  close?: boolean;
}

async function holdForum(p: ForumPlan): Promise<string> {
  const names = Object.keys(p.members);
  const forumId = (
    await core.ok('forum.create', {
      cellId: p.cellId, topic: 'Tự soi, tự sửa', date: p.date, startTime: '14:00', basisDocuments: [],
      chairMemberId: p.members[names[0]], secretaryMemberId: p.members[names[1]], focus: p.focus,
    })
  ).id;
  for (const [name, id] of Object.entries(p.members)) {
    const absent = p.absent?.includes(name);
    await core.ok('live.setAttendance', { forumId, memberId: id, presence: absent ? 'absent_excused' : 'present', reason: absent ? 'Đi công tác' : '' });
  }
  for (const [who, no, assessment, statement, commitment = '', due] of p.reviews ?? []) {
    await core.ok('live.saveSelfReview', {
      forumId, subject: who === 'collective' ? 'collective' : p.members[who], indicatorNo: no, baseVersion: 0, assessment, statement, commitment,
      commitmentDue: due ?? null,
    });
  }
  for (const [from, to, no, text] of p.comments ?? []) {
    await core.ok('comment.add', { forumId, fromMemberId: p.members[from], targetKind: 'member', targetMemberId: p.members[to], indicatorNo: no, text });
  }
  if (p.close) {
    for (const phase of PHASES) await core.ok('live.setPhase', { forumId, phase });
    await core.ok('forum.close', { forumId });
  } else {
    await core.ok('live.setPhase', { forumId, phase: 'khai_mac' });
  }
  return forumId;
}

const DUC = 'Lê Minh Đức';
const HANG = 'Trần Thị Hằng';
const TUAN = 'Nguyễn Văn Tuấn';

async function scenario() {
  // Cell A, March: 7 of 8 present (Yến excused): 5 full, 2 probationary.
  const march = await holdForum({
    cellId: cellA, members: ids, date: '2026-03-10', focus: [1, 2, 10], absent: ['Vũ Thị Yến'], close: true,
    reviews: [
      [DUC, 2, 'co_bieu_hien', 'Tự học chưa đều.', 'Mỗi tuần đọc một tài liệu.', '2026-06-30'],
      [DUC, 10, 'khong_co', ''],
      [HANG, 10, 'co_nguy_co', 'Có lúc ngại va chạm.', 'Góp ý thẳng thắn hơn.', '2026-04-30'],
      ['collective', 2, 'co_nguy_co', 'Học tập chưa đều.', 'Sinh hoạt học tập hằng tháng.', '2026-12-31'],
    ],
    comments: [[TUAN, DUC, 2, 'Cần tự học đều hơn.'], [HANG, DUC, 10, 'Cần góp ý thẳng thắn.'], [TUAN, HANG, null, 'Một góp ý chung.']],
  });
  // Cell A, September: all 8 present: 6 full, 2 probationary.
  const september = await holdForum({
    cellId: cellA, members: ids, date: '2026-09-15', focus: [10, 11], close: true,
    reviews: [[DUC, 10, 'co_nguy_co', 'Còn ngại góp ý cấp trên.', 'Phát biểu ở mỗi buổi sinh hoạt.', '2026-10-31']],
    comments: [[HANG, DUC, 10, 'Đồng chí đã tiến bộ.'], [DUC, TUAN, 11, 'Quan tâm đảng viên trẻ.']],
  });
  // Cell B, June: 3 full present, in progress (not closed): counted; the July draft is not.
  await holdForum({
    cellId: cellB, members: idsB, date: '2026-06-01', focus: [19],
    reviews: [[HANG, 19, 'co_bieu_hien', 'Có lúc còn dao động.']],
    comments: [[TUAN, HANG, 19, 'Cần vững vàng hơn.']],
  });
  await core.ok('forum.create', { cellId: cellB, topic: 'Nháp', date: '2026-07-01', startTime: '14:00', basisDocuments: [], focus: [1] });
  // Progress: Đức's March item done on 20/6 (on time); Hằng's March item left at 40 % (overdue on 23/11).
  const items = await core.ok('action.list', { cellId: cellA });
  const ducMarch = items.find((i) => i.ownerMemberId === ids[DUC] && i.forumId === march)!;
  await core.ok('action.progress', { id: ducMarch.id, date: '2026-04-15', progress: 50, note: 'Đã đọc bốn tài liệu.' });
  await core.ok('action.progress', { id: ducMarch.id, date: '2026-06-20', progress: 100, note: 'Đã xong.' });
  const hangMarch = items.find((i) => i.ownerMemberId === ids[HANG])!;
  await core.ok('action.progress', { id: hangMarch.id, date: '2026-05-10', progress: 40 });
  return { march, september, items };
}

describe('report.aggregate', () => {
  it('counts forums, attendance, focus, identified and raised indicators and the action plans of the chosen cells', async () => {
    await scenario();
    const r = await core.ok('report.aggregate', { cellIds: [cellA, cellB], from: '2026-01-01', to: '2026-12-31' });
    expect(r.asOf).toBe('2026-11-23');
    expect(r.cells.map((c) => [c.name, c.forums, c.attendedFull, c.attendedProbationary, c.selfIdentified, c.raised])).toEqual([
      ['Chi bộ Khu phố 3', 1, 3, 0, 1, 1],
      // March 5 + 2, September 6 + 2; self-identified 2 + 1 (Đức's 'khong_co' and the collective's not counted); raised 2 + 2.
      ['Chi bộ Trường THPT Nguyễn Huệ', 2, 11, 4, 3, 4],
    ]);
    expect(r.totals).toMatchObject({ forums: 3, attendedFull: 14, attendedProbationary: 4, selfIdentified: 4, raised: 5 });
    const ind = Object.fromEntries(r.indicators.map((i) => [i.no, [i.focusForums, i.selfIdentified, i.raised]]));
    expect(ind[1]).toEqual([1, 0, 0]);
    expect(ind[2]).toEqual([1, 1, 1]);
    expect(ind[10]).toEqual([2, 2, 2]);
    expect(ind[11]).toEqual([1, 0, 1]);
    expect(ind[19]).toEqual([1, 1, 1]);
    expect(r.top.map((t) => [t.no, t.total])).toEqual([[10, 4], [2, 2], [19, 2], [11, 1]]);
    expect(r.heatmap.find((h) => h.cellId === cellA && h.indicatorNo === 10)).toEqual({ cellId: cellA, indicatorNo: 10, selfIdentified: 2, raised: 2 });
    // Items: March Đức, Hằng, collective; September Đức. Done 1 (on time); overdue on 23/11: Hằng (30/4) and Đức Sept (31/10).
    expect(r.actions).toEqual({ total: 4, completed: 1, completedOnTime: 1, open: 3, overdue: 2 });
    expect(r.overdueItems.map((o) => [o.ownerName, o.deadline, o.progress])).toEqual([
      [`Đồng chí ${HANG}`, '2026-04-30', 40],
      [`Đồng chí ${DUC}`, '2026-10-31', 0],
    ]);
  });

  it('keeps to the range and the chosen cells', async () => {
    await scenario();
    const spring = await core.ok('report.aggregate', { cellIds: [cellA], from: '2026-01-01', to: '2026-06-30' });
    expect(spring.cells).toHaveLength(1);
    expect(spring.totals).toMatchObject({ forums: 1, attendedFull: 5, attendedProbationary: 2, selfIdentified: 2, raised: 2 });
    expect(spring.actions).toEqual({ total: 3, completed: 1, completedOnTime: 1, open: 2, overdue: 1 });
  });

  it('refuses a reversed range, no cells or an unknown cell with a Vietnamese message, writing nothing', async () => {
    await scenario();
    const before = snapshotDatabase(core.dataFile);
    expect((await core.fail('report.aggregate', { cellIds: [cellA], from: '2026-12-31', to: '2026-01-01' })).message).toMatch(/Đến ngày/);
    expect((await core.fail('report.aggregate', { cellIds: [], from: '2026-01-01', to: '2026-12-31' })).message).toMatch(/ít nhất một chi bộ/);
    expect((await core.fail('report.aggregate', { cellIds: ['khong-co'], from: '2026-01-01', to: '2026-12-31' })).code).toBe('NOT_FOUND');
    expect(snapshotDatabase(core.dataFile)).toBe(before);
  });

  it('exports DOCX and XLSX files', async () => {
    await scenario();
    const docx = await core.ok('report.export', { cellIds: [cellA, cellB], from: '2026-01-01', to: '2026-12-31', format: 'docx' });
    expect(docx.fileName).toBe('Bao-cao-tong-hop-2026-01-01-den-2026-12-31.docx');
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const xlsx = await core.ok('report.export', { cellIds: [cellA], from: '2026-01-01', to: '2026-12-31', format: 'xlsx' });
    expect(xlsx.mimeType).toMatch(/spreadsheetml/);
  });
});

describe('member.history', () => {
  it('lists the member’s forums, indicators self-identified and raised, and commitments with progress', async () => {
    const { march, september } = await scenario();
    const h = await core.ok('member.history', { memberId: ids[DUC] });
    expect(h.member).toMatchObject({ fullName: DUC, cellId: cellA, cellName: aCell.name });
    expect(h.forums.map((f) => [f.date, f.presence])).toEqual([['2026-03-10', 'present'], ['2026-09-15', 'present']]);
    expect(h.entries.map((e) => [e.forumId === march ? 'march' : e.forumId === september ? 'sept' : '?', e.indicatorNo, e.selfAssessment, e.raised.map((x) => x.text)])).toEqual([
      ['march', 2, 'co_bieu_hien', ['Cần tự học đều hơn.']],
      ['march', 10, null, ['Cần góp ý thẳng thắn.']],
      ['sept', 10, 'co_nguy_co', ['Đồng chí đã tiến bộ.']],
    ]);
    expect(h.commitments.map((c) => [c.forumDate, c.measure, c.progress, c.completedAt, c.overdue, c.history.map((p) => p.progress)])).toEqual([
      ['2026-03-10', 'Mỗi tuần đọc một tài liệu.', 100, '2026-06-20', false, [50, 100]],
      ['2026-09-15', 'Phát biểu ở mỗi buổi sinh hoạt.', 0, null, true, []],
    ]);
    expect(h.summary).toEqual({ forums: 2, attended: 2, selfIdentified: 2, raised: 3, commitments: 2, completed: 1, overdue: 1 });

    // Yến was excused in March and has no record: the one forum she attended shows, with nothing in it.
    const yen = await core.ok('member.history', { memberId: ids['Vũ Thị Yến'] });
    expect(yen.forums.map((f) => [f.date, f.presence])).toEqual([['2026-03-10', 'absent_excused'], ['2026-09-15', 'present']]);
    expect(yen.entries).toEqual([]);
  });

  it('exports the year’s "kết quả khắc phục" section as DOCX; an unknown member is refused', async () => {
    await scenario();
    const file = await core.ok('member.historyExport', { memberId: ids[DUC], year: 2026 });
    expect(file.fileName).toBe('Ket-qua-khac-phuc-2026-Le-Minh-Duc.docx');
    expect((await core.fail('member.history', { memberId: 'khong-co' })).code).toBe('NOT_FOUND');
  });
});

describe('report indexes', () => {
  it('the grouped counts and the member lookups read the partial indexes, not the whole tables', async () => {
    await scenario();
    await core.close();
    const db = new BetterSqlite3(core.dataFile, { readonly: true });
    try {
      const plan = (query: string) => (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
      const f = `WITH f AS (SELECT id, cell_id FROM forums WHERE cell_id IN ('a') AND date >= '2026-01-01' AND date <= '2026-12-31' AND status <> 'draft')`;
      expect(plan(`${f} SELECT f.cell_id, s.indicator_no, count(*) FROM f JOIN self_reviews s ON s.forum_id = f.id
        WHERE s.subject_member_id IS NOT NULL AND s.assessment IN ('co_nguy_co', 'co_bieu_hien') GROUP BY f.cell_id, s.indicator_no`))
        .toMatch(/COVERING INDEX self_reviews_identified_by_forum/);
      expect(plan(`${f} SELECT f.cell_id, c.indicator_no, count(*) FROM f JOIN comments c ON c.forum_id = f.id
        WHERE c.target_member_id IS NOT NULL AND c.indicator_no IS NOT NULL GROUP BY f.cell_id, c.indicator_no`))
        .toMatch(/COVERING INDEX comments_raised_by_forum/);
      const attendancePlan = plan(`${f} SELECT f.cell_id, count(*) FROM f JOIN attendance a ON a.forum_id = f.id WHERE a.presence = 'present' GROUP BY f.cell_id`);
      expect(attendancePlan).toMatch(/COVERING INDEX forums_by_cell_date_status/);
      expect(attendancePlan).toMatch(/COVERING INDEX attendance_by_forum_presence/);
      expect(plan(`${f} SELECT f.cell_id, sum(i.completed_at IS NULL AND i.deadline < '2026-11-23') FROM f JOIN action_items i ON i.forum_id = f.id GROUP BY f.cell_id`))
        .toMatch(/COVERING INDEX action_items_by_forum_state/);
      expect(plan(`SELECT forum_id FROM self_reviews WHERE subject_member_id = 'x' AND subject_member_id IS NOT NULL AND assessment IN ('co_nguy_co', 'co_bieu_hien')`))
        .toMatch(/INDEX self_reviews_identified_by_member/);
      expect(plan(`SELECT forum_id FROM comments WHERE target_member_id = 'x' AND target_member_id IS NOT NULL`)).toMatch(/INDEX comments_to_member/);
    } finally {
      db.close();
    }
    core = await startTestCore(core.dataDir, { now: () => clock });
  });
});

describe('migration 2026-11-23-09-report-indexes', () => {
  it('adds the indexes to a database that already holds forums, and the report reads the old data', async () => {
    const dir = tempDir();
    const conn = openConnection(path.join(dir, 'tu-soi.sqlite3'));
    await migrateToLatest(conn.db, { upTo: '2026-11-23-05-documents' });
    const run = (q: string) => conn.sqlite.prepare(q).run();
    run(`INSERT INTO cells (id, name, higher_body, place_name, term_start_year, term_end_year, created_at, updated_at)
         VALUES ('c1', 'Chi bộ khu phố 3', 'Đảng bộ phường Long Xuyên', 'Long Xuyên', 2025, 2030, 't', 't')`);
    run(`INSERT INTO members (id, cell_id, full_name, status, party_role, created_at, updated_at) VALUES
         ('m1', 'c1', 'Ngô Thị Hằng', 'chinh_thuc', 'bi_thu', 't', 't'), ('m2', 'c1', 'Hồ Văn Lợi', 'du_bi', 'dang_vien', 't', 't')`);
    run(`INSERT INTO catalogues (id, code, version, title, source, note, created_at) VALUES ('k-old', 'cu', 1, 'Danh mục cũ', '', '', 't')`);
    const catalogueId = 'k-old';
    run(`INSERT INTO forums (id, cell_id, catalogue_id, topic, date, start_time, place, basis_documents, guests, focus, status, created_at, updated_at, version)
         VALUES ('f1', 'c1', '${catalogueId}', 'Quý I', '2026-02-01', '08:00', '', '[]', '[]', '[3, 4]', 'closed', 't', 't', 1)`);
    run(`INSERT INTO attendance (forum_id, member_id, presence, reason, updated_at) VALUES ('f1', 'm1', 'present', '', 't'), ('f1', 'm2', 'present', '', 't')`);
    run(`INSERT INTO self_reviews (forum_id, subject_member_id, indicator_no, assessment, statement, commitment, updated_at, version)
         VALUES ('f1', 'm2', 4, 'co_nguy_co', 'Còn ngại học.', '', 't', 1), ('f1', 'm1', 3, 'khong_co', '', '', 't', 1)`);
    run(`INSERT INTO comments (id, forum_id, from_member_id, target_kind, target_member_id, indicator_no, text, created_at, updated_at, version)
         VALUES ('k1', 'f1', 'm1', 'member', 'm2', 4, 'Cần học đều.', 't', 't', 1)`);
    await conn.close();

    const migrated = await startTestCore(dir, { now: () => clock });
    try {
      const r = await migrated.ok('report.aggregate', { cellIds: ['c1'], from: '2026-01-01', to: '2026-12-31' });
      expect(r.totals).toMatchObject({ forums: 1, attendedFull: 1, attendedProbationary: 1, selfIdentified: 1, raised: 1 });
      expect(r.indicators.find((i) => i.no === 3)?.focusForums).toBe(1);
      const h = await migrated.ok('member.history', { memberId: 'm2' });
      expect(h.entries).toMatchObject([{ indicatorNo: 4, selfAssessment: 'co_nguy_co', raised: [{ fromName: 'Ngô Thị Hằng' }] }]);
    } finally {
      await migrated.close();
    }
    const raw = new BetterSqlite3(path.join(dir, 'tu-soi.sqlite3'), { readonly: true });
    const names = (raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%identified%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    raw.close();
    expect(names).toEqual(['self_reviews_identified_by_forum', 'self_reviews_identified_by_member']);
  });
});
