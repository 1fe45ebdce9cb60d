// Drafting the four documents from a forum's record. The record comes from the real core: the
// sample cell's held forum (resources/sample/sample-cell.json) read through live.get, plus a vote
// evaluated by the vote rule and a few literal action items. Expectations are computed from the
// sample JSON where they are counts, so the test follows the sample if it is ever edited.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentSection, saveSectionInput, type ActionItem, type DocumentType, type LiveState, type VoteResult } from '../../src-main/contract';
import { renderDocx } from '../../src-main/core/documents/docx-writer';
import { renderPrintHtml } from '../../src-main/core/documents/html-writer';
import type { Block, PartyDocument } from '../../src-main/core/documents/model';
import { assembleDocument } from '../../src-main/core/domain/documents/drafts/assemble';
import { planRowsFromItems } from '../../src-main/core/domain/documents/drafts/plan';
import { NAMED_MEMBERS_LIMIT } from '../../src-main/core/domain/documents/drafts/resolution';
import { draftSection, draftSections, sectionList, type DraftSection } from '../../src-main/core/domain/documents/drafts/sections';
import type { ForumRecord } from '../../src-main/core/domain/documents/record';
import { evaluateVote } from '../../src-main/core/domain/documents/vote';
import sample from '../../resources/sample/sample-cell.json';
import { startTestCore, type TestCore } from '../support/test-core';

let core: TestCore;
let record: ForumRecord;
let live: LiveState;
const TYPES: DocumentType[] = ['NQ', 'BB', 'KH', 'BC'];

// ---- The sample, as JSON ----
const forumJson = sample.forums[0];
const rec = forumJson.record;
const activeMembers = sample.members.filter((m) => (m as { active?: boolean }).active !== false);
const memberByKey = new Map(sample.members.map((m) => [m.key, m]));
const nameOfKey = (key: string) => memberByKey.get(key)!.fullName;
const presentKeys = Object.entries(rec.attendance).filter(([, [p]]) => p === 'present').map(([k]) => k);
const IDENTIFYING = new Set(['co_nguy_co', 'co_bieu_hien']);

/** Per indicator: members (not the collective) who named it, by level, and members only peers raised it about. */
function expectedTallies() {
  const out = new Map<number, { self: Map<string, number>; raisedOnly: Set<string> }>();
  const get = (no: number) => out.get(no) ?? out.set(no, { self: new Map(), raisedOnly: new Set() }).get(no)!;
  const named = new Set<string>();
  for (const [key, no, assessment] of rec.selfReviews as [string, number, string][]) {
    if (key === 'collective' || !IDENTIFYING.has(assessment)) continue;
    const t = get(no);
    t.self.set(assessment, (t.self.get(assessment) ?? 0) + 1);
    named.add(`${key}|${no}`);
  }
  for (const [, to, no] of rec.comments as [string, string, number | null][]) {
    if (no === null || to === 'chi_uy' || to === 'cap_tren' || named.has(`${to}|${no}`)) continue;
    get(no).raisedOnly.add(to);
  }
  return out;
}

// ---- Helpers on the model ----
const textOf = (block: Block): string => (block.kind === 'heading' ? block.text : block.kind === 'paragraph' ? block.runs.map((r) => r.text).join('') : block.rows.map((r) => r.join(' | ')).join('\n'));
const sectionText = (s: DraftSection) => s.blocks.map(textOf).join('\n');
const section = (type: DocumentType, key: string) => draftSections(type, record).find((s) => s.key === key)!;
const docText = (doc: PartyDocument) => doc.blocks.map(textOf).join('\n');

function buildDocument(type: DocumentType, r: ForumRecord = record, draft = true): PartyDocument {
  return assembleDocument(type, r, draftSections(type, r), { draft, number: draft ? null : '01', dateIso: r.live.forum.date });
}

function actionItem(partial: Partial<ActionItem> & Pick<ActionItem, 'id' | 'shortcoming' | 'measure' | 'ownerKind' | 'ownerName'>): ActionItem {
  return {
    cellId: live.forum.cellId, forumId: live.forum.id, origin: null, indicatorNos: [], cause: '', ownerMemberId: null, supporting: '',
    deadline: null, expectedResult: '', monitor: '', note: '', progress: 0, completedAt: null, overdue: false, history: [],
    createdAt: '2026-09-15T08:10:00.000Z', updatedAt: '2026-09-15T08:10:00.000Z', version: 1,
    ...partial,
  };
}

const idOf = (key: string) => live.members.find((m) => m.fullName === nameOfKey(key))!.id;

beforeAll(async () => {
  core = await startTestCore();
  const cell = await core.ok('sample.open', {});
  const forum = (await core.ok('forum.list', { cellId: cell.id }))[0];
  live = await core.ok('live.get', { forumId: forum.id });
  const check = evaluateVote(
    { for: 5, against: 0, abstain: 0 },
    live.members.map((m) => ({ status: m.status, exempt: m.exempt, present: m.presence === 'present' })),
  );
  if (!check.ok) throw new Error(check.reason);
  const { ok: _ok, ...figures } = check;
  const vote: VoteResult = {
    forumId: forum.id, for: 5, against: 0, abstain: 0, rule: { basis: 'full_not_exempt', numerator: 1, denominator: 2, strictlyMore: true },
    ...figures, recordedAt: '2026-09-15T08:00:00.000Z',
  };
  const tuan = idOf('tuan');
  record = {
    cell: { name: cell.name, higherBody: cell.higherBody, placeName: cell.placeName, termStartYear: cell.termStartYear, termEndYear: cell.termEndYear },
    live,
    vote,
    reservations: [],
    actionItems: [
      actionItem({
        id: 'a1', origin: { subject: 'collective', indicatorNo: 15 }, indicatorNos: [15],
        shortcoming: 'Họp giao ban còn kéo dài; một số hồ sơ tồn đọng quá hạn', cause: 'Chưa phân công theo dõi hồ sơ đến từng bộ phận',
        measure: 'Cải tiến họp giao ban không quá 60 phút; rà soát, giải quyết toàn bộ hồ sơ tồn đọng', ownerKind: 'chi_uy', ownerName: 'Chi ủy',
        supporting: 'Các bộ phận', deadline: '2026-12-31', expectedResult: 'Không còn hồ sơ quá hạn', monitor: 'Đ/c Hằng',
      }),
      actionItem({
        id: 'a2', origin: { subject: tuan, indicatorNo: 14 }, indicatorNos: [14],
        shortcoming: 'Ít xuống làm việc trực tiếp với các bộ phận', cause: 'Công việc sự vụ nhiều',
        measure: 'Mỗi tháng làm việc trực tiếp với ít nhất hai bộ phận, trước hết là bộ phận Một cửa', ownerKind: 'member', ownerMemberId: tuan,
        ownerName: 'Đồng chí Nguyễn Văn Tuấn', deadline: '2026-11-30', expectedResult: 'Biên bản làm việc hằng tháng', monitor: 'Đ/c Hằng',
      }),
      actionItem({
        id: 'a3', indicatorNos: [5], shortcoming: 'Góp ý còn chung chung, nể nang',
        measure: 'Mỗi kỳ sinh hoạt chi bộ dành thời gian góp ý cụ thể; chi ủy nhận xét chất lượng góp ý', ownerKind: 'cell', ownerName: 'Chi bộ',
        expectedResult: 'Mỗi kỳ có ít nhất 3 ý kiến góp ý cụ thể', monitor: 'Chi ủy', note: 'Thường xuyên',
      }),
    ],
    endedAt: '2026-09-15T08:05:00.000Z',
    earlierOpenItems: [
      actionItem({
        id: 'e1', forumId: 'earlier', indicatorNos: [3], shortcoming: 'Chưa thường xuyên nghiên cứu nghị quyết',
        measure: 'Mỗi tháng nghiên cứu một chuyên đề, viết thu hoạch', ownerKind: 'cell', ownerName: 'Chi bộ', deadline: '2026-06-30',
        progress: 60, overdue: true,
      }),
    ],
  };
});

afterAll(async () => {
  await core?.close();
});

describe('sections', () => {
  it('lists each document type’s sections in print order', () => {
    expect(sectionList('NQ').map((s) => s.key)).toEqual(['can_cu', 'uu_diem', 'han_che', 'nguyen_nhan', 'nhiem_vu_chi_uy', 'nhiem_vu_dang_vien', 'to_chuc_thuc_hien']);
    expect(sectionList('BB').map((s) => s.key)).toEqual(['thoi_gian', 'thanh_phan', 'chuong_trinh', 'de_dan', 'tu_soi', 'gop_y_tap_the', 'y_kien_cap_tren', 'ket_luan', 'bieu_quyet', 'ket_thuc']);
    expect(sectionList('KH').map((s) => s.key)).toEqual(['mo_dau', 'muc_dich', 'noi_dung', 'to_chuc']);
    expect(sectionList('BC').map((s) => s.key)).toEqual(['mo_dau', 'ket_qua', 'han_che', 'giai_phap', 'ke_hoach', 'kien_nghi']);
    for (const type of TYPES) expect(draftSections(type, record).map((s) => s.key)).toEqual(sectionList(type).map((s) => s.key));
  });

  it('regenerating one section gives the same section as drafting them all', () => {
    for (const type of TYPES) {
      for (const s of draftSections(type, record)) expect(draftSection(type, s.key, record)).toEqual(s);
    }
    expect(() => draftSection('NQ', 'khong_co', record)).toThrow(/no section/);
  });

  it('drafts sections the contract accepts (the document API validates them on the way out and in)', () => {
    for (const type of TYPES) {
      for (const s of draftSections(type, record)) {
        const parsed = documentSection.safeParse({ ...s, edited: false });
        expect(parsed.success, `${type}.${s.key}: ${parsed.error?.message}`).toBe(true);
        expect(saveSectionInput.safeParse({ forumId: live.forum.id, typeCode: type, key: s.key, blocks: s.blocks, baseVersion: 0 }).success, `${type}.${s.key}`).toBe(true);
      }
    }
  });

  it('never leaves a placeholder, an empty paragraph or a stray "undefined"', () => {
    const bare: ForumRecord = {
      ...record,
      live: { ...live, texts: [], selfReviews: [], comments: [], mirrors: [], conclusionDrafts: [], forum: { ...live.forum, guests: [], basisDocuments: [], place: '' } },
      vote: null, actionItems: [], earlierOpenItems: [], endedAt: null,
    };
    for (const r of [record, bare]) {
      for (const type of TYPES) {
        for (const s of draftSections(type, r)) {
          expect(s.blocks.length, `${type}.${s.key}`).toBeGreaterThan(0);
          for (const b of s.blocks) {
            expect(textOf(b).trim(), `${type}.${s.key}`).not.toBe('');
            const texts = b.kind === 'table' ? b.rows.flat() : [textOf(b)];
            for (const text of texts) expect(text, `${type}.${s.key}`).not.toMatch(/\[|\]|undefined|NaN|null|\.\.(?!\.)|\s{2,}|\s[,.;:]|…\./u);
          }
        }
      }
    }
  });
});

describe('nghị quyết', () => {
  it('opens with the căn cứ lines, the attendance numbers and QUYẾT NGHỊ', () => {
    const s = section('NQ', 'can_cu');
    const lines = s.blocks.map(textOf);
    expect(lines[0]).toBe('- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;');
    for (const doc of forumJson.basisDocuments) expect(lines).toContain(`- Căn cứ ${doc};`);
    const total = activeMembers.length;
    const full = presentKeys.filter((k) => memberByKey.get(k)!.status === 'chinh_thuc').length;
    const probationary = presentKeys.length - full;
    expect([presentKeys.length, total, full, probationary]).toEqual([7, 9, 6, 1]);
    expect(lines).toContain(`Chi bộ Văn phòng họp ngày 15/9/2026, có ${presentKeys.length}/${total} đảng viên dự (chính thức ${full}, dự bị ${probationary}), sau khi thảo luận,`);
    expect(s.blocks.at(-1)).toEqual({ kind: 'paragraph', runs: [{ text: 'QUYẾT NGHỊ:', bold: true }], align: 'center', indent: false });
  });

  it('cites the indicators identified and by how many members, with the wording shortened', () => {
    const text = sectionText(section('NQ', 'han_che'));
    const tallies = expectedTallies();
    const levelWords: Record<string, string> = { co_bieu_hien: 'tự nhận có biểu hiện', co_nguy_co: 'tự nhận có nguy cơ' };
    for (const [no, t] of tallies) {
      const parts = ['co_bieu_hien', 'co_nguy_co'].filter((l) => t.self.has(l)).map((l) => `${t.self.get(l)} đồng chí ${levelWords[l]}`);
      if (t.raisedOnly.size > 0) parts.push(`${t.raisedOnly.size} đồng chí được góp ý`);
      expect(text).toMatch(new RegExp(`- Biểu hiện \\(${no}\\) – [^\\n]+: ${parts.join(', ')}\\.`));
    }
    // The sample: (5) named by three members, (4) named by one and raised about another.
    expect(text).toContain('- Biểu hiện (5) – trong tự phê bình còn giấu giếm, không dám nhận khuyết điểm: 3 đồng chí tự nhận có nguy cơ.');
    expect(text).toContain('- Biểu hiện (4) – không chấp hành nghiêm các nguyên tắc tổ chức của Đảng: 1 đồng chí tự nhận có nguy cơ, 1 đồng chí được góp ý.');
    expect(text).toContain('chi bộ xác định còn biểu hiện (4), (5), (14), (15) ở một số đồng chí');
    // The collective's own: (14) at risk, (15) shown, and its review's shortcoming.
    expect(text).toContain('Đối với tập thể chi bộ: tự nhận có biểu hiện (15) và có nguy cơ ở biểu hiện (14).');
    expect(text).toContain('Việc sử dụng thời gian làm việc ở một số bộ phận chưa hiệu quả');
    expect(text).toContain('Có 1 đồng chí chưa tự nhận nội dung được các đồng chí góp ý (biểu hiện (4)).');
    // The indicator's wording is a reference in italics, never quoted as the official text.
    const line = section('NQ', 'han_che').blocks.find((b) => textOf(b).startsWith('- Biểu hiện (5)'));
    expect(line?.kind === 'paragraph' && line.runs.find((r) => r.italic)?.text).toBe('trong tự phê bình còn giấu giếm, không dám nhận khuyết điểm');
    expect(text).not.toMatch(/“(trong tự phê bình|không chấp hành)/u);
  });

  it('drafts strengths, causes, tasks in two groups and implementation from the record', () => {
    const uu = sectionText(section('NQ', 'uu_diem'));
    expect(uu).toContain('Có 7/9 đảng viên dự họp; 2 đồng chí vắng đều có lý do; 7/7 đồng chí dự họp đã tự soi');
    expect(uu).toContain('đồng chí Bí thư gương mẫu tự soi trước');
    expect(uu).toContain('Có 5 ý kiến phát biểu (4 ý kiến góp ý cho các đồng chí và 1 ý kiến góp ý cho chi ủy); các ý kiến đều được tiếp thu hoặc giải trình.');
    expect(uu).toContain('Tập thể chi bộ cơ bản giữ được phẩm chất đạo đức, lối sống');
    expect(uu).toContain('Buổi sinh hoạt diễn ra nghiêm túc, đúng hướng dẫn.');
    expect(uu).toContain('không có đồng chí nào tự nhận hoặc được góp ý về các biểu hiện (10), (11), (12), (13), (16), (17), (18).');

    const causes = sectionText(section('NQ', 'nguyen_nhan'));
    expect(causes).toMatch(/^- Nguyên nhân khách quan: .*công việc sự vụ nhiều; chờ ý kiến của cơ quan chuyên môn cấp trên\./mu);
    expect(causes).toMatch(/^- Nguyên nhân chủ quan \(là chủ yếu\): /mu);

    const chiUy = sectionText(section('NQ', 'nhiem_vu_chi_uy'));
    expect(chiUy).toContain('kiểm tra, giám sát việc khắc phục các biểu hiện (4), (5), (14), (15)');
    expect(chiUy).toContain('- Cải tiến họp giao ban không quá 60 phút; rà soát, giải quyết toàn bộ hồ sơ tồn đọng; khắc phục biểu hiện (15); chủ trì: Chi ủy; hoàn thành trước ngày 31/12/2026.');
    expect(chiUy).toContain('- Chi ủy phân công chi ủy viên theo dõi từng bộ phận, báo cáo hằng tháng; khắc phục biểu hiện (14); hoàn thành trước ngày 31/12/2026.');
    expect(chiUy).toContain('- Mỗi kỳ sinh hoạt chi bộ dành thời gian góp ý cụ thể; chi ủy nhận xét chất lượng góp ý; khắc phục biểu hiện (5); chủ trì: Chi bộ; thực hiện thường xuyên.');
    expect(chiUy).toContain('- Quan tâm hơn đến việc bồi dưỡng lý luận cho đảng viên trẻ; đưa vào kế hoạch sinh hoạt chuyên đề quý I năm 2027.');
    expect(chiUy).toContain('- Tiếp thu ý kiến chỉ đạo của đại biểu cấp ủy cấp trên: cụ thể hóa các cam kết thành kế hoạch khắc phục');
    // The collective's commitment on (15) became item a1: it is not repeated.
    expect(chiUy).not.toContain('Cải tiến họp giao ban không quá 60 phút; rà soát toàn bộ hồ sơ tồn đọng;');

    // Members' tasks: one line per indicator with counts (a few members named), not one per member.
    const members = section('NQ', 'nhiem_vu_dang_vien').blocks.map(textOf);
    expect(members.slice(1)).toEqual([
      // Ánh committed on (4); Đức was told about it and did not name it.
      '- Khắc phục biểu hiện (4) – không chấp hành nghiêm các nguyên tắc tổ chức của Đảng: 1 đồng chí cam kết tự sửa (đồng chí Phạm Ngọc Ánh), hoàn thành trước ngày 31/12/2026; ' +
        '1 đồng chí được góp ý cần tự soi lại, bổ sung cam kết khắc phục cụ thể (đồng chí Lê Minh Đức).',
      // In review order; two of the three gave no date.
      '- Khắc phục biểu hiện (5) – trong tự phê bình còn giấu giếm, không dám nhận khuyết điểm: 3 đồng chí cam kết tự sửa (các đồng chí Nguyễn Văn Tuấn, Trần Thị Hằng và Đỗ Thanh Yến), ' +
        'hoàn thành trước ngày 31/12/2026, 2 đồng chí chưa xác định thời hạn.',
      // Tuấn's commitment on (14) is read from the item made of it (its deadline, not the commitment's).
      '- Khắc phục biểu hiện (14) – quan liêu, xa rời quần chúng, không sâu sát cơ sở: 1 đồng chí cam kết tự sửa (đồng chí Nguyễn Văn Tuấn), hoàn thành trước ngày 30/11/2026.',
      '- Khắc phục biểu hiện (15) – gây lãng phí thời gian, tiền bạc, tài sản của Nhà nước, tập thể: 1 đồng chí cam kết tự sửa (đồng chí Lê Minh Đức), hoàn thành trước ngày 31/12/2026.',
      'Nội dung, biện pháp và thời hạn khắc phục của từng đồng chí được ghi cụ thể trong kế hoạch khắc phục của chi bộ.',
    ]);
    // The commitments themselves are the plan's (KH), item by item.
    expect(members.join('\n')).not.toContain('Chuẩn bị ý kiến góp ý bằng văn bản');
    expect(members.join('\n')).not.toContain('Mỗi tháng làm việc trực tiếp với ít nhất hai bộ phận');
    expect(docText(buildDocument('KH'))).toContain('Mỗi tháng làm việc trực tiếp với ít nhất hai bộ phận');

    const impl = sectionText(section('NQ', 'to_chuc_thuc_hien'));
    expect(impl).toContain('trong thời hạn 15 ngày');
    expect(impl).toContain('về Đảng ủy phường Đông Hà');
    expect(impl).toContain('kỳ sinh hoạt chuyên đề tiếp theo');
  });

  it('keeps the members’ tasks to one line per indicator however many members commit (named only up to three)', () => {
    // Every active member commits on (5) and on (16): the section keeps its length; only the counts grow.
    // No action items yet: the plan is drafted from the commitments themselves.
    const before: ForumRecord = { ...structuredClone(record), actionItems: [] };
    const many: ForumRecord = structuredClone(before);
    const members = many.live.members;
    for (const no of [5, 16]) {
      many.live.selfReviews = many.live.selfReviews.filter((r) => !(r.indicatorNo === no && r.subject !== 'collective'));
      for (const m of members) {
        many.live.selfReviews.push({
          ...record.live.selfReviews[0], subject: m.id, indicatorNo: no, assessment: 'co_nguy_co',
          statement: 'Có lúc còn nể nang.', commitment: 'Góp ý thẳng thắn, cụ thể.', commitmentDue: no === 5 ? '2027-01-31' : null,
        });
      }
    }
    const lines = draftSection('NQ', 'nhiem_vu_dang_vien', many).blocks.map(textOf);
    expect(lines).toHaveLength(draftSection('NQ', 'nhiem_vu_dang_vien', before).blocks.length + 1); // (16) is new
    const five = lines.find((l) => l.startsWith('- Khắc phục biểu hiện (5)'))!;
    expect(five).toMatch(new RegExp(`: ${members.length} đồng chí cam kết tự sửa, hoàn thành trước ngày 31/1/2027\\.$`, 'u'));
    expect(lines.find((l) => l.startsWith('- Khắc phục biểu hiện (16)'))).toMatch(new RegExp(`: ${members.length} đồng chí cam kết tự sửa, chưa xác định thời hạn\\.$`, 'u'));
    expect(members.length).toBeGreaterThan(NAMED_MEMBERS_LIMIT);
    for (const m of members) expect(`${five}\n${lines.find((l) => l.includes('(16)'))}`).not.toContain(m.fullName);
    // The plan carries each commitment.
    const plan = sectionText(draftSection('KH', 'noi_dung', many));
    expect(plan.match(/Góp ý thẳng thắn, cụ thể/gu)?.length ?? 0).toBeGreaterThanOrEqual(2 * members.length);
  });

  it('assembles with header, summary naming the focus groups, part headings, vote line, signature and recipients', () => {
    const doc = buildDocument('NQ', record, false);
    expect(doc.header).toEqual({ higherBody: 'Đảng bộ phường Đông Hà', issuingBody: 'Chi bộ Văn phòng', number: '01', place: 'Đông Hà', dateIso: '2026-09-15' });
    expect(doc.title).toBe('NGHỊ QUYẾT');
    expect(doc.summary).toBe(
      'về kết quả sinh hoạt chuyên đề “tự soi, tự sửa” đối chiếu các biểu hiện suy thoái về tư tưởng chính trị (4, 5) và suy thoái về đạo đức, lối sống (từ 10 đến 18) theo Nghị quyết số 04-NQ/TW',
    );
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map(textOf);
    expect(headings).toEqual(['I- Đánh giá kết quả', 'II- Nhiệm vụ, giải pháp khắc phục', 'III- Tổ chức thực hiện']);
    const sub = doc.blocks.find((b) => textOf(b) === '1. Ưu điểm');
    expect(sub).toEqual({ kind: 'paragraph', runs: [{ text: '1. Ưu điểm', bold: true }], keepNext: true });
    expect(textOf(doc.blocks.at(-1)!)).toBe('Nghị quyết được 5/6 đồng chí đảng viên chính thức biểu quyết tán thành (đạt 83,3%).');
    expect(doc.signatures).toEqual({ left: null, right: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: 'Nguyễn Văn Tuấn' } });
    expect(doc.recipients).toEqual(['Đảng ủy phường Đông Hà (báo cáo);', 'Đảng viên trong chi bộ (thực hiện);', 'Lưu Chi bộ.']);
    expect(doc.draft).toBe(false);
    expect(buildDocument('NQ', { ...record, vote: null }).blocks.some((b) => textOf(b).startsWith('Nghị quyết được'))).toBe(false);
  });

  it('keeps an edited section as given and the others drafted', () => {
    const sections = draftSections('NQ', record).map((s) => (s.key === 'nguyen_nhan' ? { ...s, blocks: [{ kind: 'paragraph' as const, runs: [{ text: 'Sửa tay.' }] }] } : s));
    const text = docText(assembleDocument('NQ', record, sections, { draft: true, number: null, dateIso: '2026-09-15' }));
    expect(text).toContain('3. Nguyên nhân\nSửa tay.\nII- Nhiệm vụ');
  });
});

describe('biên bản', () => {
  it('records times, place, chair, secretary, guests and the roll call with the absent and their reasons', () => {
    const doc = buildDocument('BB');
    const text = docText(doc);
    expect(text).toContain(`Vào lúc 14 giờ 00 phút, ngày 15 tháng 9 năm 2026, tại ${forumJson.place}, Chi bộ Văn phòng tiến hành sinh hoạt chuyên đề.`);
    expect(text).toContain('Chủ trì: đồng chí Nguyễn Văn Tuấn, Bí thư Chi bộ.');
    expect(text).toContain('Thư ký: đồng chí Bùi Thị Hưởng, đảng viên.');
    expect(text).toContain(`Đại biểu cấp ủy cấp trên: đồng chí ${forumJson.guests[0].name}, ${forumJson.guests[0].position}.`);
    expect(text).toContain('Tổng số đảng viên của chi bộ: 9 đồng chí (chính thức 7, dự bị 2; 1 đồng chí miễn sinh hoạt).');
    expect(text).toContain('Có mặt: 7 đồng chí (chính thức 6, dự bị 1).');
    expect(text).toContain('Vắng mặt: 2 đồng chí (đều có lý do), gồm: ');
    for (const [key, [presence, reason]] of Object.entries(rec.attendance)) {
      if (presence !== 'present') expect(text).toContain(`đồng chí ${nameOfKey(key)} (có lý do: ${reason[0].toLowerCase()}${reason.slice(1)})`);
    }
    expect(text).toContain(live.quorum.explanation);
    expect(text).toContain(rec.texts.framing);
    expect(text).toContain(rec.texts.guest_remarks);
    expect(text).toContain(rec.texts['conclusion:collective']);
    expect(text).toContain('Buổi sinh hoạt kết thúc vào lúc 15 giờ 05 phút cùng ngày.');
    expect(text).toContain('Biên bản đã được thông qua trước cuộc họp, 7 đồng chí dự họp nhất trí với nội dung biên bản.');
    expect(doc.signatures).toEqual({
      left: { authority: null, title: 'THƯ KÝ', name: 'Bùi Thị Hưởng' },
      right: { authority: null, title: 'CHỦ TRÌ', name: 'Nguyễn Văn Tuấn' },
    });
    expect(doc.recipients).toBeNull();
  });

  it('lists each subject in review order with the self-mirror, every comment with its author and response, and the conclusion', () => {
    const text = sectionText(section('BB', 'tu_soi'));
    const order = ['tuan', 'hang', 'duc', 'anh', 'huong', 'tho', 'yen'].map((k) => text.indexOf(`. Đồng chí ${nameOfKey(k)}, `));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).not.toContain(nameOfKey('an')); // absent, no self-review
    expect(text).toContain('3.1. Đồng chí Nguyễn Văn Tuấn, Bí thư Chi bộ');
    expect(text).toContain('Tự soi: tự nhận có nguy cơ ở biểu hiện (5), (14).');
    expect(text).toContain('Tự soi: tự nhận có biểu hiện (15).');
    expect(text).toContain('- Biểu hiện (14) – có nguy cơ: Do công việc sự vụ nhiều nên ít xuống làm việc trực tiếp với các bộ phận. Cam kết tự sửa: mỗi tháng làm việc trực tiếp với ít nhất hai bộ phận; hạn 30/11/2026.');
    expect(text).toContain('- Không có biểu hiện: (13).');
    const all = docText(buildDocument('BB'));
    for (const [from, to, no, comment, kind, response] of rec.comments as [string, string, number | null, string, string, string][]) {
      const verb = kind === 'tiep_thu' ? 'tiếp thu' : 'giải trình';
      const about = no === null ? '' : ` về biểu hiện (${no})`;
      const target = to === 'chi_uy' ? ` đối với chi ủy${about}` : about;
      const responder = to === 'chi_uy' ? 'Chi ủy' : `Đồng chí ${nameOfKey(to)}`;
      expect(all).toContain(`- Đồng chí ${nameOfKey(from)} góp ý${target}: “${comment.replace(/\.$/u, '')}”. ${responder} ${verb}: “${response.replace(/\.$/u, '')}”.`);
    }
    expect(text).toContain(`Kết luận của chủ trì: ${rec.texts['conclusion:tuan']}`);
    expect(text).toContain('Góp ý: không có ý kiến góp ý.');
  });

  it('records the vote over full members present with the explanation, and reservations', () => {
    const text = sectionText(section('BB', 'bieu_quyet'));
    expect(text).toContain('tán thành 5, không tán thành 0, không biểu quyết 0 (trên 6 đảng viên chính thức có mặt)');
    expect(text).toContain('Đảng viên dự bị có mặt (1 đồng chí) không biểu quyết.');
    expect(text).toContain('Nghị quyết được thông qua với 5/6 đồng chí tán thành (đạt 83,3%).');
    expect(text).toContain('Không có ý kiến bảo lưu.');
    const withReservation: ForumRecord = { ...record, reservations: [{ memberName: 'Đặng Văn Thọ', text: 'Đề nghị ghi rõ thời hạn khắc phục hồ sơ tồn đọng.' }] };
    expect(sectionText(draftSection('BB', 'bieu_quyet', withReservation))).toContain('- Đồng chí Đặng Văn Thọ: “Đề nghị ghi rõ thời hạn khắc phục hồ sơ tồn đọng”.');
    expect(sectionText(draftSection('BB', 'bieu_quyet', { ...record, vote: null }))).toBe('Chưa biểu quyết dự thảo nghị quyết.');
  });
});

describe('kế hoạch khắc phục', () => {
  it('is landscape, signed T/M CHI BỘ, with the plan table from the action items and owner names', () => {
    const doc = buildDocument('KH');
    expect(doc.landscape).toBe(true);
    expect(doc.title).toBe('KẾ HOẠCH');
    expect(doc.signatures.right).toEqual({ authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: 'Nguyễn Văn Tuấn' });
    expect(doc.blocks.filter((b) => b.kind === 'heading').map(textOf)).toEqual(['I- Mục đích, yêu cầu', 'II- Nội dung, giải pháp khắc phục', 'III- Tổ chức thực hiện']);
    const table = doc.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows).toHaveLength(3);
    expect(table.rows.map((r) => r[5])).toEqual(['Chi ủy', 'Đ/c Nguyễn Văn Tuấn', 'Chi bộ']);
    expect(table.rows[0].slice(0, 3)).toEqual(['1', 'Họp giao ban còn kéo dài; một số hồ sơ tồn đọng quá hạn', '(15)']);
    expect(table.rows[0][7]).toBe('31/12/2026');
    expect(table.rows[0][10]).toBe(''); // no progress reported yet
    expect(docText(doc)).toContain('Kế hoạch gồm 3 nội dung (chi ủy chủ trì 1, chi bộ chủ trì 1, đảng viên chủ trì 1), cụ thể:');
    const done = planRowsFromItems([{ ...record.actionItems[1], progress: 100, completedAt: '2026-10-05', history: [{ id: 'p', date: '2026-10-05', progress: 100, note: '', forumId: null, createdAt: '' }] }]);
    expect(done[0]).toMatchObject({ progressPercent: 100, note: 'Hoàn thành ngày 05/10/2026', owner: 'Đ/c Nguyễn Văn Tuấn' });
  });

  it('drafts its rows from the commitments while no action item exists', () => {
    const table = draftSection('KH', 'noi_dung', { ...record, actionItems: [] }).blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const commitments = (rec.selfReviews as [string, number, string, string, string][]).filter((r) => r[4] !== '');
    expect(table.rows).toHaveLength(commitments.length);
    expect(table.rows[0][5]).toBe('Chi ủy');
  });
});

describe('báo cáo', () => {
  it('reports the forum, the indicators identified most, solutions, the plan and earlier open items, to the higher committee', () => {
    const doc = buildDocument('BC');
    const text = docText(doc);
    expect(doc.recipients).toEqual(['Đảng ủy phường Đông Hà (báo cáo);', 'Lưu Chi bộ.']);
    expect(doc.summary).toMatch(/^kết quả sinh hoạt chuyên đề “tự soi, tự sửa” đối chiếu /u);
    expect(text).toContain('Thực hiện Kế hoạch số 28-KH/ĐU ngày 11/4/2026 của Ban Thường vụ Đảng ủy phường Đông Hà, Chi bộ Văn phòng báo cáo');
    expect(text).toContain('dự họp 7/9 đồng chí (chính thức 6, dự bị 1); vắng 2 đồng chí (có lý do 2, không có lý do 0).');
    expect(text).toContain('Chi bộ lựa chọn 11 biểu hiện trọng tâm');
    expect(text).toContain('tiếp thu 4 ý kiến, giải trình 1 ý kiến');
    // Most identified first: (5) with three members.
    const lines = draftSection('BC', 'han_che', record).blocks.map(textOf).filter((l) => l.startsWith('- Biểu hiện'));
    expect(lines[0]).toMatch(/^- Biểu hiện \(5\) /u);
    expect(text).toContain('1. Đối với chi ủy');
    expect(text).toContain('2. Đối với đảng viên');
    expect(text).toContain('- 6 cam kết “tự sửa” của 5 đồng chí (biểu hiện (4): 1; biểu hiện (5): 3; biểu hiện (14): 1; biểu hiện (15): 1); 2 cam kết chưa xác định thời hạn');
    expect(text).toContain('Tập thể chi bộ tự nhận có biểu hiện (15) và có nguy cơ ở biểu hiện (14).');
    expect(text).toContain('Chi ủy xây dựng kế hoạch khắc phục gồm 3 nội dung');
    expect(text).toContain('còn 1 nội dung chưa hoàn thành, trong đó 1 nội dung quá hạn');
    expect(text).toContain('- Mỗi tháng nghiên cứu một chuyên đề, viết thu hoạch; chủ trì: Chi bộ; hạn 30/6/2026; tiến độ 60%, quá hạn.');
    expect(doc.signatures.right.name).toBe('Nguyễn Văn Tuấn');
  });
});

describe('writers', () => {
  it('renders every drafted document to DOCX and print HTML', async () => {
    const out = process.env.DRAFTS_OUT_DIR;
    if (out) {
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
    }
    for (const type of TYPES) {
      const doc = buildDocument(type);
      const docx = await renderDocx(doc);
      expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
      const html = renderPrintHtml(doc);
      expect(html).toContain(doc.title);
      expect(html).toContain('DỰ THẢO');
      if (out) {
        writeFileSync(path.join(out, `${type}.docx`), docx);
        writeFileSync(path.join(out, `${type}.html`), html);
      }
    }
  });
});
