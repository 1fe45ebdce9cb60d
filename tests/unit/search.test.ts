// Search: folding and query building (pure), then search.query through the real core on real
// SQLite — ranking, filters, highlighting, the index following every edit and delete, and the
// migration indexing a database that already holds forums.
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchHit, SearchQueryInput, SearchResult } from '../../src-main/contract';
import { openConnection } from '../../src-main/core/db/connection';
import { migrateToLatest } from '../../src-main/core/db/migrate';
import { buildMatchExpression, foldDd, foldWord, makeSnippet, matchRanges, parseQuery, rankBm25 } from '../../src-main/core/domain/search-text';
import { withFilterTerms } from '../../src-main/core/db/repos/search.repo';
import { SEARCH_HINT_EMPTY, SEARCH_HINT_NO_WORDS } from '../../src-main/core/services/search.service';
import { startTestCore, tempDir, type TestCore } from '../support/test-core';

const marked = (hit: Pick<SearchHit, 'snippet'>) => hit.snippet.ranges.map((r) => hit.snippet.text.slice(r.start, r.end));
const query = (q: string) => buildMatchExpression(parseQuery(q));

describe('search text rules', () => {
  it('folds đ/Đ to d/D without changing length, and words fully for comparison', () => {
    expect(foldDd('Đặng Đức đạo đức')).toBe('Dặng Dức dạo dức');
    expect(foldDd('Đức').length).toBe('Đức'.length);
    expect(foldWord('Nguyễn')).toBe('nguyen');
    expect(foldWord('ĐỨC')).toBe('duc');
    expect(foldWord('Hưởng'.normalize('NFD'))).toBe('huong');
  });

  it('folds every Vietnamese letter the way the FTS5 index does', () => {
    const letters = 'aàáạảãâầấậẩẫăằắặẳẵeèéẹẻẽêềếệểễiìíịỉĩoòóọỏõôồốộổỗơờớợởỡuùúụủũưừứựửữyỳýỵỷỹdđ';
    const all = `${letters}${letters.toUpperCase()}`;
    const fts = new BetterSqlite3(':memory:');
    try {
      fts.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')`);
      const insert = fts.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)');
      [...all].forEach((ch, i) => insert.run(i + 1, foldDd(`x${ch}x`)));
      [...all].forEach((ch, i) => {
        const folded = foldWord(`x${ch}x`);
        expect(folded, ch).toMatch(/^x[aeiouyd]x$/);
        // What JS folds to is exactly the token the index holds for it.
        const hits = fts.prepare('SELECT rowid FROM t WHERE t MATCH ?').all(`"${folded}"`) as { rowid: number }[];
        expect(hits.map((h) => h.rowid), ch).toContain(i + 1);
      });
    } finally {
      fts.close();
    }
    expect(foldWord('NGUYỄN Thị ĐỨC Hưởng')).toBe('nguyen thi duc huong');
  });

  it('quotes every word, so punctuation and FTS operators are plain text', () => {
    const body = (terms: string) => `body : (${terms})`;
    expect(query('nguyen van')).toBe(body('"nguyen" "van" *'));
    expect(query('Đức')).toBe(body('"duc" *'));
    expect(query('AND OR NOT (x')).toBe(body('"and" "or" "not" "x"'));
    expect(query('"hồ sơ tồn đọng"')).toBe(body('"ho so ton dong"'));
    expect(query('giờ giấc; họp*')).toBe(body('"gio" "giac" "hop"'));
    expect(query('tiếp thu ')).toBe(body('"tiep" "thu"')); // a trailing space: the last word is complete
    expect(query('04-NQ/TW')).toBe(body('"04" "nq" "tw" *'));
    // Filters become terms on the tags column, ids quoted.
    expect(withFilterTerms(body('"ho"'), { cellId: 'c-1', memberId: 'm_2', indicatorNo: 5, kinds: ['comment', 'action'], from: '2023-05-01', to: '2024-02-01' }))
      .toBe(`${body('"ho"')} AND tags : "cc1" AND tags : "mm_2" AND tags : "i5" AND tags : ("kcomment" OR "kaction") AND tags : ("y2023" OR "y2024")`);
    expect(query('')).toBeNull();
    expect(query(' ?!… -- "" ')).toBeNull();
  });

  it('finds the matched words in the original text, by their folded form', () => {
    const text = 'Đồng chí Nguyễn Văn Đức, nguyên là tổ trưởng, tiếp thu.';
    const ranges = matchRanges(text, parseQuery('nguyen duc'));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Nguyễn', 'Đức', 'nguyên']);
    const phrase = matchRanges(text, parseQuery('"nguyen van"'));
    expect(phrase.map((r) => text.slice(r.start, r.end))).toEqual(['Nguyễn Văn']);
    const prefix = matchRanges(text, parseQuery('tiep th'));
    expect(prefix.map((r) => text.slice(r.start, r.end))).toEqual(['tiếp thu']);
  });

  it('ranks by BM25: more of the words, shorter texts and rarer words first', () => {
    const docs = [
      { id: 1, text: 'Đồng chí Tuấn tiếp thu ý kiến góp ý của chi bộ về việc đến muộn trong các buổi họp giao ban.' },
      { id: 2, text: 'Đồng chí Tuấn tiếp thu.' },
      { id: 3, text: 'Tuấn, Tuấn: tiếp thu.' },
      { id: 4, text: 'Tiếp thu, tiếp thu, tiếp thu ý kiến.' },
    ];
    const terms = parseQuery('tuan tiep thu ');
    // "tuan" is rare in the index, "tiep"/"thu" common: a text with Tuấn twice beats one with "tiếp thu" three times.
    const df = (t: { words: string[] }) => (t.words[0] === 'tuan' ? 10 : 5000);
    expect(rankBm25(docs, terms, df, 10_000).map((d) => d.id)).toEqual([3, 2, 1, 4]);
    // Equal scores: the newer (higher id) first.
    expect(rankBm25([{ id: 1, text: 'hồ sơ' }, { id: 2, text: 'hồ sơ' }], parseQuery('ho so'), () => 1, 100).map((d) => d.id)).toEqual([2, 1]);
  });

  it('cuts a long text around the first match and keeps the ranges on the cut text', () => {
    const text = `${'Chi bộ duy trì nền nếp sinh hoạt. '.repeat(12)}Đồng chí Hằng cần góp ý thẳng thắn hơn. ${'Kết luận. '.repeat(20)}`;
    const snippet = makeSnippet(text, matchRanges(text, parseQuery('hang')), 120);
    expect(snippet.cutStart && snippet.cutEnd).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(120);
    expect(snippet.ranges.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['Hằng']);
  });
});

describe('search.query', () => {
  let core: TestCore;
  afterEach(async () => core?.close());

  async function sampleCore() {
    core = await startTestCore();
    const cell = await core.ok('sample.open', {});
    const members = await core.ok('member.list', { cellId: cell.id });
    const byName = (name: string) => members.find((m) => m.fullName === name)!;
    return { cell, byName };
  }
  const search = (input: SearchQueryInput): Promise<SearchResult> => core.ok('search.query', input as never);

  it('finds Vietnamese words typed without diacritics, and marks them', async () => {
    await sampleCore();
    const nguyen = await search({ q: 'nguyen van tuan' });
    expect(nguyen.hits.length).toBeGreaterThan(0);
    expect(nguyen.hits[0].snippet.text).toContain('Nguyễn Văn Tuấn');
    expect(marked(nguyen.hits[0])).toContain('Nguyễn Văn Tuấn');

    const duc = await search({ q: 'duc' });
    const kinds = new Set(duc.hits.map((h) => h.kind));
    expect(kinds).toContain('comment');
    expect(kinds).toContain('forum_text');
    for (const hit of duc.hits) expect(marked(hit).map(foldWord).some((w) => w.startsWith('duc'))).toBe(true);
    expect(duc.hits.flatMap(marked)).toContain('Đức');
  });

  it('searches statements, commitments, comments, responses, conclusions and action items', async () => {
    await sampleCore();
    const expectKind = async (q: string, kind: SearchHit['kind']) => {
      const result = await search({ q, kinds: [kind] });
      expect(result.hits.length, `${q} → ${kind}`).toBeGreaterThan(0);
      expect(result.hits.every((h) => h.kind === kind)).toBe(true);
    };
    await expectKind('ho so ton dong', 'statement');
    await expectKind('hop giao ban khong qua 60 phut', 'commitment');
    await expectKind('bo phan mot cua', 'comment');
    await expectKind('tiep thu', 'response');
    await expectKind('nghiem tuc dung huong dan', 'forum_text');
    await expectKind('ra soat giai quyet dut diem', 'action');
  });

  it('ranks the closer match first', async () => {
    const { cell, byName } = await sampleCore();
    const forum = await core.ok('forum.create', { cellId: cell.id, topic: 'Tự soi quý IV năm 2026', date: '2026-11-20', startTime: '08:00', focus: [5, 14] } as never);
    const tuan = byName('Nguyễn Văn Tuấn');
    const hang = byName('Trần Thị Hằng');
    await core.ok('comment.add', { forumId: forum.id, fromMemberId: hang.id, targetKind: 'member', targetMemberId: tuan.id, text: 'Đề nghị đồng chí khắc phục việc ghi chép sổ sách, hồ sơ Zalo nhóm họp và nhiều việc khác nữa trong quý tới, cụ thể hơn.' } as never);
    await core.ok('comment.add', { forumId: forum.id, fromMemberId: hang.id, targetKind: 'member', targetMemberId: tuan.id, text: 'Sổ sách chưa ghi chép kịp thời.' } as never);
    const result = await search({ q: 'so sach ghi chep' });
    expect(result.hits.map((h) => h.snippet.text)).toEqual(['Sổ sách chưa ghi chép kịp thời.', expect.stringContaining('sổ sách')]);
  });

  it('filters by cell, member, indicator and date range', async () => {
    const { cell, byName } = await sampleCore();
    const duc = byName('Lê Minh Đức');
    const all = await search({ q: 'ho so' });
    expect(all.total).toBeGreaterThan(2);
    const byMember = await search({ q: 'ho so', memberId: duc.id });
    expect(byMember.hits.length).toBeGreaterThan(0);
    expect(byMember.hits.length).toBeLessThan(all.hits.length);
    expect(byMember.hits.every((h) => h.memberId === duc.id || h.otherMemberId === duc.id)).toBe(true);
    const byIndicator = await search({ q: 'ho so', indicatorNo: 15 });
    expect(byIndicator.hits.length).toBeGreaterThan(0);
    expect(byIndicator.hits.every((h) => h.indicatorNo === 15)).toBe(true);
    expect((await search({ q: 'ho so', cellId: cell.id })).total).toBe(all.total);
    const otherCell = await core.ok('cell.create', { name: 'Chi bộ khu phố 3', higherBody: 'Đảng bộ phường Vị Thanh', placeName: 'Vị Thanh', termStartYear: 2025, termEndYear: 2030 });
    expect((await search({ q: 'ho so', cellId: otherCell.id })).total).toBe(0);
    expect((await search({ q: 'ho so', from: '2026-09-15', to: '2026-09-15' })).total).toBe(all.total);
    expect((await search({ q: 'ho so', from: '2026-09-16' })).total).toBe(0);
    expect((await search({ q: 'ho so', to: '2026-09-14' })).total).toBe(0);
  });

  it('answers an empty or punctuation-only query with a hint, and a bad date range with a message', async () => {
    await sampleCore();
    expect(await search({ q: '' })).toEqual({ hits: [], total: 0, totalCapped: false, ranked: 0, hint: SEARCH_HINT_EMPTY });
    expect(await search({ q: '   ' })).toMatchObject({ hint: SEARCH_HINT_EMPTY });
    expect(await search({ q: '?!*"()' })).toMatchObject({ hits: [], hint: SEARCH_HINT_NO_WORDS });
    expect((await search({ q: 'NEAR(a b) OR' })).hint).toBeNull();
    const error = await core.fail('search.query', { q: 'ho so', from: '2026-10-01', to: '2026-01-01' });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'to', message: '«Từ ngày» phải trước hoặc bằng «Đến ngày».' }] });
    const tooLong = await core.fail('search.query', { q: 'a'.repeat(201) });
    expect(tooLong.message + JSON.stringify(tooLong.issues)).toMatch(/Từ khoá tìm kiếm/);
  });

  it('pages through the results', async () => {
    await sampleCore();
    const all = await search({ q: 'dong chi', limit: 100 });
    expect(all.total).toBe(all.hits.length);
    const page1 = await search({ q: 'dong chi', limit: 3 });
    const page2 = await search({ q: 'dong chi', limit: 3, offset: 3 });
    expect(page1.total).toBe(all.total);
    expect([...page1.hits, ...page2.hits].map((h) => h.snippet.text)).toEqual(all.hits.slice(0, 6).map((h) => h.snippet.text));
  });

  it('keeps the index in step with every edit and delete', async () => {
    const { cell, byName } = await sampleCore();
    const tuan = byName('Nguyễn Văn Tuấn');
    const yen = byName('Đỗ Thanh Yến');
    const forum = await core.ok('forum.create', { cellId: cell.id, topic: 'Tự soi quý IV năm 2026', date: '2026-11-20', startTime: '08:00', focus: [5, 14] } as never);
    const count = async (q: string) => (await search({ q })).total;

    const c = await core.ok('comment.add', { forumId: forum.id, fromMemberId: yen.id, targetKind: 'member', targetMemberId: tuan.id, indicatorNo: 5, text: 'Đồng chí cần chú ý phương tiện xe công.' } as never);
    expect(await count('"xe cong"')).toBe(1);
    const updated = await core.ok('comment.update', { id: c.id, baseVersion: c.version, fromMemberId: yen.id, targetKind: 'member', targetMemberId: tuan.id, indicatorNo: 5, text: 'Đồng chí cần chú ý giữ gìn tài sản cơ quan.' } as never);
    expect(await count('"xe cong"')).toBe(0);
    expect(await count('"tai san co quan"')).toBe(1);
    const responded = await core.ok('comment.respond', { id: c.id, baseVersion: updated.version, responseKind: 'tiep_thu', responseText: 'Xin tiếp thu, sẽ lập sổ theo dõi tài sản.' } as never);
    expect((await search({ q: '"so theo doi tai san"', kinds: ['response'] })).hits[0]).toMatchObject({ memberId: tuan.id, otherMemberId: yen.id, commentId: c.id });
    await core.ok('comment.respond', { id: c.id, baseVersion: responded.version, responseKind: null, responseText: '' } as never);
    expect(await count('"so theo doi tai san"')).toBe(0);
    await core.ok('comment.delete', { id: c.id });
    expect(await count('"tai san co quan"')).toBe(0);

    const review = await core.ok('live.saveSelfReview', { forumId: forum.id, subject: tuan.id, indicatorNo: 14, baseVersion: 0, assessment: 'co_nguy_co', statement: 'Ít kiểm tra kho lưu trữ.', commitment: 'Kiểm tra kho hằng quý.' } as never);
    expect(await count('"kho luu tru"')).toBe(1);
    expect((await search({ q: '"kho hang quy"' })).hits[0]).toMatchObject({ kind: 'commitment', memberId: tuan.id, indicatorNo: 14 });
    const reviewVersion = (review as { version?: number }).version ?? 1;
    await core.ok('live.saveSelfReview', { forumId: forum.id, subject: tuan.id, indicatorNo: 14, baseVersion: reviewVersion, statement: '' } as never);
    expect(await count('"kho luu tru"')).toBe(0);
    expect(await count('"kho hang quy"')).toBe(1);

    await core.ok('live.saveText', { forumId: forum.id, kind: 'framing', subject: '', text: 'Chi bộ bàn về chuyển đổi số.', baseVersion: 0 } as never);
    expect(await count('"chuyen doi so"')).toBe(1);

    // The forum moves date: its entries follow; deleting the draft forum removes them all.
    const current = await core.ok('forum.get', { id: forum.id });
    await core.ok('forum.update', { ...current, id: forum.id, version: current.version, date: '2026-12-01' } as never);
    expect((await search({ q: '"chuyen doi so"' })).hits[0].forumDate).toBe('2026-12-01');
    await core.ok('forum.delete', { id: forum.id });
    expect(await count('"chuyen doi so"')).toBe(0);
    expect(await count('"kho hang quy"')).toBe(0);

    // Nothing left over: the index holds exactly the entries' rows, and FTS5 finds itself sound.
    const raw = new BetterSqlite3(core.dataFile);
    try {
      const ids = (sqlText: string) => (raw.prepare(sqlText).all() as { id: number }[]).map((r) => r.id);
      const docs = ids('SELECT id FROM search_docs ORDER BY id');
      expect(docs.length).toBeGreaterThan(10);
      expect(ids('SELECT rowid AS id FROM search_fts ORDER BY rowid')).toEqual(docs);
      raw.prepare(`INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 0)`).run();
    } finally {
      raw.close();
    }
  });

  it('indexes the newest version of each document, section by section', async () => {
    const { cell } = await sampleCore();
    const forums = await core.ok('forum.list', { cellId: cell.id });
    const held = forums.find((f) => f.status === 'closed')!;
    const doc = await core.ok('document.get', { forumId: held.id, typeCode: 'NQ' });
    const section = doc.current.sections.find((s) => s.key === 'nguyen_nhan')!;
    await core.ok('document.saveSection', {
      forumId: held.id, typeCode: 'NQ', key: section.key, baseVersion: doc.current.version,
      blocks: [{ kind: 'paragraph', runs: [{ text: 'Nguyên nhân chủ quan là ' }, { text: 'thiếu kiểm tra, giám sát', bold: true }, { text: '.' }] }],
    } as never);
    const hits = (await search({ q: 'thieu kiem tra giam sat', kinds: ['document'] })).hits;
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ documentType: 'NQ', label: '3. Nguyên nhân', forumId: held.id });
    expect(hits[0].snippet.text).toContain('Nguyên nhân chủ quan là thiếu kiểm tra, giám sát.');
  });

  it('the migration indexes a database that already holds forums', async () => {
    const dir = tempDir();
    const conn = openConnection(path.join(dir, 'tu-soi.sqlite3'));
    await migrateToLatest(conn.db, { upTo: '2026-11-23-05-documents' });
    const s = conn.sqlite;
    s.prepare(`INSERT INTO cells (id, name, higher_body, place_name, term_start_year, term_end_year, created_at, updated_at) VALUES ('c1', 'Chi bộ khu phố 3', 'Đảng bộ phường Long Xuyên', 'Long Xuyên', 2025, 2030, 't', 't')`).run();
    s.prepare(`INSERT INTO members (id, cell_id, full_name, status, party_role, created_at, updated_at) VALUES ('m1', 'c1', 'Đặng Văn Đức', 'chinh_thuc', 'bi_thu', 't', 't'), ('m2', 'c1', 'Ngô Thị Hằng', 'chinh_thuc', 'dang_vien', 't', 't')`).run();
    s.prepare(`INSERT INTO catalogues (id, code, version, title, source, created_at) VALUES ('k1', 'nq04-2016', 1, 't', 's', 't')`).run();
    s.prepare(`INSERT INTO forums (id, cell_id, catalogue_id, topic, date, start_time, focus, status, created_at, updated_at) VALUES ('f1', 'c1', 'k1', 'Tự soi quý II', '2024-05-10', '08:00', '[5]', 'closed', 't', 't')`).run();
    s.prepare(`INSERT INTO self_reviews (forum_id, subject_member_id, indicator_no, assessment, statement, commitment, updated_at, version) VALUES ('f1', 'm1', 5, 'co_nguy_co', 'Còn nể nang trong phê bình.', 'Góp ý thẳng thắn.', 't', 1)`).run();
    s.prepare(`INSERT INTO comments (id, forum_id, from_member_id, target_kind, target_member_id, indicator_no, text, response_kind, response_text, created_at, updated_at, version) VALUES ('k1', 'f1', 'm2', 'member', 'm1', 5, 'Đồng chí Đức cần đến họp đúng giờ.', 'tiep_thu', 'Xin tiếp thu.', 't', 't', 1)`).run();
    s.prepare(`INSERT INTO forum_texts (forum_id, kind, subject, text, updated_at, version) VALUES ('f1', 'conclusion', 'm1', 'Đồng chí Đặng Văn Đức thực hiện đúng cam kết.', 't', 1)`).run();
    s.prepare(`INSERT INTO action_items (id, cell_id, forum_id, position, origin_subject, origin_indicator_no, shortcoming, measure, owner_kind, owner_member_id, created_at, updated_at, version) VALUES ('a1', 'c1', 'f1', 1, 'm1', 5, 'Còn nể nang trong phê bình.', 'Lập sổ ghi ý kiến.', 'member', 'm1', 't', 't', 1)`).run();
    s.prepare(`INSERT INTO documents (id, forum_id, type_code, created_at) VALUES ('d1', 'f1', 'NQ', 't')`).run();
    const sections = JSON.stringify([{ key: 'han_che', title: '2. Hạn chế, khuyết điểm', edited: true, blocks: [{ kind: 'heading', text: 'Hạn chế' }, { kind: 'table', columns: [{ title: 'Việc', width: 1 }], rows: [['Khắc phục tồn đọng hồ sơ']] }] }]);
    s.prepare(`INSERT INTO document_versions (document_id, version_no, status, sections, created_at, updated_at, version) VALUES ('d1', 1, 'draft', ?, 't', 't', 1)`).run(sections);
    await conn.close();

    core = await startTestCore(dir);
    const found = async (q: string) => (await search({ q })).hits.map((h) => h.kind).sort();
    expect(await found('ne nang')).toEqual(['action', 'statement']);
    expect(await found('gop y thang than')).toEqual(['commitment']);
    expect(await found('dung gio')).toEqual(['comment']);
    expect(await found('xin tiep thu')).toEqual(['response']);
    expect(await found('dang van duc')).toEqual(['forum_text']);
    expect(await found('ton dong ho so')).toEqual(['document']);
    const conclusion = (await search({ q: 'dang van duc' })).hits[0];
    expect(conclusion).toMatchObject({ memberId: 'm1', memberName: 'Đặng Văn Đức', cellName: 'Chi bộ khu phố 3', forumDate: '2024-05-10', label: 'conclusion' });
    expect(marked(conclusion)).toEqual(['Đặng Văn Đức']);
  });
});
