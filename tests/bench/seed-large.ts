// `npm run seed:large`: a large, realistic, deterministic database for the benchmarks — by default
// 200 cells × 40 members × 8 years of quarterly forums (32 closed forums per cell, 2019–2026) with
// roll calls, self-reviews, comments and responses, forum texts, votes, an adopted nghị quyết, and
// the action plan's items with dated progress. The schema comes from the real migrations
// (createCore); rows go in through prepared statements in large transactions, so any triggers the
// schema has (e.g. the search index) run as they would in the app.
//
// CLI: tsx tests/bench/seed-large.ts [--data-dir DIR] [--cells N] [--members N] [--years N] [--seed N]
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../../src-main/core/core';
import { DATABASE_FILE_NAME } from '../../src-main/core/data-dir';
import { SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import * as T from './seed-large-text';

export interface SeedLargeOptions {
  dataDir: string;
  cells?: number;
  membersPerCell?: number;
  years?: number;
  seed?: number;
}
export interface SeedLargeResult {
  dataFile: string;
  cells: number;
  forums: number;
  members: number;
}

/** Bumped whenever the generated content changes, so cached data sets are regenerated. */
export const SEED_LARGE_FORMAT = 4;
export const SEED_META_FILE = 'seed-large.json';
export const DEFAULT_LARGE_DIR = path.resolve(__dirname, '../../.bench-data/large');
const FIRST_YEAR = 2019;

// ---- Deterministic randomness ----

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A UUID-shaped id (version 4 layout) from the generator, so ids repeat run to run. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

// ---- Shapes ----

interface GenMember {
  id: string;
  name: string;
  birthYear: number;
  status: 'chinh_thuc' | 'du_bi';
  role: 'bi_thu' | 'pho_bi_thu' | 'chi_uy_vien' | 'dang_vien';
  exempt: boolean;
  /** Quarter index (0-based) from which the member is in the cell, and after which they left. */
  joined: number;
  left: number | null;
}

const iso = (date: string, time: string, plusMinutes = 0) =>
  new Date(new Date(`${date}T${time}:00+07:00`).getTime() + plusMinutes * 60_000).toISOString();
const addDays = (date: string, days: number) => new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);

function memberName(rng: Rng): string {
  const female = rng.chance(0.45);
  const family = rng.weighted(T.FAMILY_NAMES, T.FAMILY_WEIGHTS);
  const middle = rng.pick(female ? T.MIDDLE_FEMALE : T.MIDDLE_MALE);
  const given = rng.pick(female ? T.GIVEN_FEMALE : T.GIVEN_MALE);
  return rng.chance(0.2) ? `${family} ${middle} ${rng.pick(female ? T.MIDDLE_FEMALE : T.MIDDLE_MALE)} ${given}` : `${family} ${middle} ${given}`;
}

/** The committee term a date falls in (chi bộ terms: 2015–2020, 2020–2025, 2025–2030). */
const termOf = (date: string) => (date < '2020-07-01' ? 2015 : date < '2025-07-01' ? 2020 : 2025);

function paragraph(text: string) {
  return { kind: 'paragraph', runs: [{ text }], align: 'justify', indent: true };
}

// ---- The generator ----

export async function seedLarge(options: SeedLargeOptions): Promise<SeedLargeResult> {
  const cells = options.cells ?? 200;
  const membersPerCell = options.membersPerCell ?? 40;
  const years = options.years ?? 8;
  const seed = options.seed ?? 20261123;
  const rng = new Rng(mulberry32(seed));
  const dataDir = path.resolve(options.dataDir);
  // Built beside the target and moved into place at the end, so a reader of the old data set (or a
  // second generator) never sees a half-written one.
  const partial = `${dataDir}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  const core = await createCore({ dataDir: partial, logger: { error: (m, e) => console.error(m, e) } });
  const partialFile = core.dataFile;
  await core.close();

  const sqlite = new BetterSqlite3(partialFile);
  // Generation only, into a fresh folder: no journal (a failed run is simply run again), the
  // file is switched back to WAL at the end and the app opens it with its own pragmas.
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('cache_size = -200000');

  const catalogue = sqlite.prepare(`SELECT id FROM catalogues WHERE code = 'nq04-2016' ORDER BY version DESC LIMIT 1`).get() as { id: string };
  const groupOf = new Map(
    (sqlite.prepare('SELECT no, group_code FROM catalogue_indicators WHERE catalogue_id = ?').all(catalogue.id) as { no: number; group_code: 'I' | 'II' | 'III' }[])
      .map((r) => [r.no, r.group_code]),
  );
  const groupNos = (g: string) => [...groupOf.entries()].filter(([, c]) => c === g).map(([no]) => no);

  const ins = {
    cell: sqlite.prepare(`INSERT INTO cells (id, name, higher_body, place_name, term_start_year, term_end_year, is_sample, created_at, updated_at, version)
      VALUES (?, ?, ?, ?, 2025, 2030, 0, ?, ?, 1)`),
    member: sqlite.prepare(`INSERT INTO members (id, cell_id, full_name, birth_year, status, party_role, other_positions, exempt, active, created_at, updated_at, version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`),
    forum: sqlite.prepare(`INSERT INTO forums (id, cell_id, catalogue_id, topic, date, start_time, place, basis_documents, chair_member_id,
      secretary_member_id, guests, focus, status, created_at, updated_at, version, phase, meeting_minutes, speaker_seconds, presenter, ended_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'closed', ?, ?, 3, 'ket_luan', 90, 180, '{}', ?)`),
    phase: sqlite.prepare('INSERT INTO forum_phase_log (forum_id, seq, phase, entered_at, left_at) VALUES (?, ?, ?, ?, ?)'),
    attendance: sqlite.prepare('INSERT INTO attendance (forum_id, member_id, presence, reason, updated_at) VALUES (?, ?, ?, ?, ?)'),
    text: sqlite.prepare('INSERT INTO forum_texts (forum_id, kind, subject, text, updated_at, version) VALUES (?, ?, ?, ?, ?, 1)'),
    review: sqlite.prepare(`INSERT INTO self_reviews (forum_id, subject_member_id, indicator_no, assessment, statement, commitment, commitment_due, updated_at, version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)`),
    comment: sqlite.prepare(`INSERT INTO comments (id, forum_id, from_member_id, target_kind, target_member_id, indicator_no, text, response_kind, response_text,
      created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)`),
    vote: sqlite.prepare('INSERT INTO votes (forum_id, votes_for, votes_against, votes_abstain, rule, recorded_at) VALUES (?, ?, ?, ?, ?, ?)'),
    document: sqlite.prepare(`INSERT INTO documents (id, forum_id, type_code, created_at) VALUES (?, ?, 'NQ', ?)`),
    docVersion: sqlite.prepare(`INSERT INTO document_versions (document_id, version_no, status, sections, number, term_start_year, adopted_at, author, note,
      created_at, updated_at, version) VALUES (?, 1, 'adopted', ?, ?, ?, ?, '', '', ?, ?, 2)`),
    number: sqlite.prepare(`INSERT INTO issued_numbers (cell_id, type_code, term_start_year, number, document_id, issued_at) VALUES (?, 'NQ', ?, ?, ?, ?)`),
    item: sqlite.prepare(`INSERT INTO action_items (id, cell_id, forum_id, position, origin_subject, origin_indicator_no, shortcoming, indicator_nos, cause, measure,
      owner_kind, owner_member_id, supporting, deadline, expected_result, monitor, note, progress, completed_at, created_at, updated_at, version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, '', ?, '', 'Chi ủy', '', ?, ?, ?, ?, ?)`),
    itemProgress: sqlite.prepare('UPDATE action_items SET progress = ?, completed_at = ?, updated_at = ?, version = version + 1 WHERE id = ?'),
    progress: sqlite.prepare('INSERT INTO action_progress (id, item_id, date, progress, note, forum_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
  };

  const quarters = years * 4;
  const basis = JSON.stringify([
    'Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Ban Chấp hành Trung ương Đảng khóa XII',
    'Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII',
  ]);
  const rule = JSON.stringify({ basis: 'full_not_exempt', numerator: 1, denominator: 2, strictlyMore: true });
  let forumCount = 0;
  let memberCount = 0;

  const seedCell = sqlite.transaction((c: number) => {
    const [placeName, ward] = T.PLACES[c % T.PLACES.length];
    const cellName = `${T.CELL_KINDS[Math.floor(c / T.PLACES.length) % T.CELL_KINDS.length](1 + Math.floor(c / (T.PLACES.length * T.CELL_KINDS.length)) * 10 + (c % 9))} ${placeName}`;
    const cellId = rng.uuid();
    const created = iso(`${FIRST_YEAR}-01-02`, '08:00');
    ins.cell.run(cellId, cellName, `Đảng bộ ${ward}`, placeName, created, created);

    // Members: a committee of five, a few probationary newcomers, a few who left, two exempt elders.
    const members: GenMember[] = [];
    for (let m = 0; m < membersPerCell; m++) {
      const role = m === 0 ? 'bi_thu' : m === 1 ? 'pho_bi_thu' : m < 5 ? 'chi_uy_vien' : 'dang_vien';
      const newcomer = m >= membersPerCell - 4;
      const leaver = m >= membersPerCell - 8 && !newcomer;
      const joined = newcomer ? rng.int(Math.max(0, quarters - 6), quarters - 2) : 0;
      const member: GenMember = {
        id: rng.uuid(), name: memberName(rng), birthYear: newcomer ? rng.int(1995, 2002) : rng.int(1958, 1994),
        status: newcomer && joined > quarters - 5 ? 'du_bi' : 'chinh_thuc', role,
        exempt: m >= 5 && m < 7, joined, left: leaver ? rng.int(4, quarters - 3) : null,
      };
      members.push(member);
      ins.member.run(member.id, cellId, member.name, member.birthYear, member.status, member.role,
        m >= 5 ? rng.pick(T.POSITIONS) : role === 'bi_thu' ? 'Bí thư chi bộ' : 'Chi ủy viên', member.exempt ? 1 : 0,
        member.left === null ? 1 : 0, created, created);
    }
    memberCount += members.length;

    let previousForumId: string | null = null;
    const nqNumberInTerm = new Map<number, number>();
    const openItems: { id: string; created: string; deadline: string | null }[] = [];
    for (let q = 0; q < quarters; q++) {
      const year = FIRST_YEAR + Math.floor(q / 4);
      const quarter = q % 4;
      const date = `${year}-${String(quarter * 3 + 2).padStart(2, '0')}-${String(rng.int(5, 20)).padStart(2, '0')}`;
      const startTime = rng.chance(0.6) ? '14:00' : '08:00';
      const forumId = rng.uuid();
      const present = members.filter((m) => m.joined <= q && (m.left === null || m.left > q));
      const chair = present.find((m) => m.role === 'bi_thu') ?? present[0];
      const secretary = present.find((m) => m.role === 'chi_uy_vien') ?? present[1];
      // Focus: three to six indicators, most from one group (rotating), now and then one from another.
      const mainGroup = (['I', 'II', 'III'] as const)[q % 3];
      const extraGroup = (['II', 'I', 'I'] as const)[q % 3];
      const chosen = new Set<number>();
      const wanted = rng.int(3, 6);
      while (chosen.size < wanted) chosen.add(rng.pick(groupNos(mainGroup)));
      if (rng.chance(0.3)) chosen.add(rng.pick(groupNos(extraGroup)));
      const focus = [...chosen].sort((a, b) => a - b);
      const guests = rng.chance(0.5) ? [{ name: memberName(rng), position: 'Ủy viên Ban Thường vụ Đảng ủy' }] : [];
      const ended = iso(date, startTime, 90);
      const topic = `Sinh hoạt chuyên đề "tự soi, tự sửa" đối chiếu các biểu hiện suy thoái theo Nghị quyết số 04-NQ/TW, quý ${T.TOPIC_QUARTERS[quarter]} năm ${year}`;
      ins.forum.run(forumId, cellId, catalogue.id, topic, date, startTime, `Hội trường ${cellName}`, basis, chair.id, secretary.id,
        JSON.stringify(guests), JSON.stringify(focus), iso(date, '07:00', -7 * 24 * 60), ended, ended);
      forumCount++;
      const phases = ['khai_mac', 'de_dan', 'tu_soi', 'gop_y', 'y_kien_cap_tren', 'ket_luan'];
      const minutes = [6, 8, 36, 20, 8, 12];
      let at = 0;
      phases.forEach((phase, i) => {
        ins.phase.run(forumId, i + 1, phase, iso(date, startTime, at), iso(date, startTime, at + minutes[i]));
        at += minutes[i];
      });

      // Roll call.
      const attending: GenMember[] = [];
      for (const m of present) {
        let presence: 'present' | 'absent_excused' | 'absent_unexcused' = 'present';
        let reason = '';
        if (m.exempt && rng.chance(0.6)) [presence, reason] = ['absent_excused', 'Miễn sinh hoạt, đã báo cáo chi ủy'];
        else if (rng.chance(0.06)) [presence, reason] = ['absent_excused', rng.pick(T.ABSENT_REASONS)];
        else if (rng.chance(0.015)) presence = 'absent_unexcused';
        if (presence === 'present') attending.push(m);
        ins.attendance.run(forumId, m.id, presence, reason, iso(date, startTime, 2));
      }

      // Texts.
      const stamp = iso(date, startTime, 80);
      ins.text.run(forumId, 'framing', '', rng.pick(T.FRAMINGS), stamp);
      if (guests.length > 0) ins.text.run(forumId, 'guest_remarks', '', rng.pick(T.GUEST_REMARKS), stamp);
      ins.text.run(forumId, 'collective_review', mainGroup, rng.pick(T.COLLECTIVE_REVIEWS), stamp);
      ins.text.run(forumId, 'conclusion', 'collective', rng.pick(T.CONCLUSIONS), stamp);

      // Self-reviews: mostly "không có", a few "có nguy cơ", rare "có biểu hiện"; group III almost never.
      const commitments: { subject: string; no: number; statement: string; commitment: string; due: string }[] = [];
      const subjects: (GenMember | null)[] = [null, ...attending];
      for (const subject of subjects) {
        const named: number[] = [];
        for (const no of focus) {
          const group = groupOf.get(no)!;
          const pRisk = group === 'III' ? 0.01 : subject === null ? 0.25 : 0.07;
          const pShow = group === 'III' ? 0.002 : subject === null ? 0.08 : 0.012;
          const r = rng.next();
          const assessment = r < pShow ? 'co_bieu_hien' : r < pShow + pRisk ? 'co_nguy_co' : 'khong_co';
          let statement = '';
          let commitment = '';
          let due: string | null = null;
          if (assessment !== 'khong_co') {
            statement = rng.pick(T.STATEMENTS[group]);
            commitment = rng.pick(T.COMMITMENTS);
            due = addDays(date, rng.pick([45, 60, 90, 120]));
            commitments.push({ subject: subject?.id ?? 'collective', no, statement, commitment, due });
            named.push(no);
          } else if (rng.chance(0.12)) {
            statement = rng.pick(T.NONE_STATEMENTS);
          }
          ins.review.run(forumId, subject?.id ?? null, no, assessment, statement, commitment, due, iso(date, startTime, 20));
        }
        if (subject && named.length > 0) {
          ins.text.run(forumId, 'conclusion', subject.id,
            `Đồng chí ${subject.name} tự nhận ${named.map((n) => `(${n})`).join(', ')}; tiếp thu góp ý của chi bộ. Đề nghị đồng chí thực hiện đúng cam kết, báo cáo kết quả tại kỳ sinh hoạt sau.`, stamp);
        }
      }

      // Comments with responses.
      const commentCount = rng.int(6, 14);
      for (let k = 0; k < commentCount && attending.length > 2; k++) {
        const from = rng.pick(attending);
        const toChiUy = rng.chance(0.12);
        let to = rng.pick(attending);
        while (to.id === from.id) to = rng.pick(attending);
        const no = rng.chance(0.7) ? rng.pick(focus) : null;
        const text = toChiUy ? rng.pick(T.COMMENTS_TO_CHI_UY) : rng.pick(T.COMMENTS)(to.name.split(' ').slice(-1)[0]);
        const r = rng.next();
        const [kind, response] = r < 0.85 ? ['tiep_thu', rng.pick(T.RESPONSES_TIEP_THU)] : r < 0.95 ? ['giai_trinh', rng.pick(T.RESPONSES_GIAI_TRINH)] : [null, ''];
        const when = iso(date, startTime, 50 + k);
        ins.comment.run(rng.uuid(), forumId, from.id, toChiUy ? 'chi_uy' : 'member', toChiUy ? null : to.id, no, text, kind, response, when, when);
      }

      // Vote and the adopted nghị quyết.
      const voters = attending.filter((m) => m.status === 'chinh_thuc').length;
      const against = rng.chance(0.1) ? 1 : 0;
      ins.vote.run(forumId, voters - against, against, 0, rule, iso(date, startTime, 85));
      const term = termOf(date);
      const number = (nqNumberInTerm.get(term) ?? 0) + 1;
      nqNumberInTerm.set(term, number);
      const documentId = rng.uuid();
      const sections = [
        { key: 'can_cu', title: 'Căn cứ, thành phần dự họp', edited: false, blocks: [paragraph(`Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Nghị quyết số 04-NQ/TW; ${topic}. Có mặt ${attending.length}/${present.length} đồng chí.`)] },
        { key: 'uu_diem', title: '1. Ưu điểm', edited: false, blocks: [paragraph(rng.pick(T.CONCLUSIONS))] },
        { key: 'han_che', title: '2. Hạn chế, khuyết điểm', edited: false, blocks: commitments.slice(0, 6).map((c) => paragraph(`- Biểu hiện (${c.no}): ${c.statement}`)) },
        { key: 'nguyen_nhan', title: '3. Nguyên nhân', edited: false, blocks: [paragraph('Nguyên nhân chủ yếu là chủ quan: một số đồng chí chưa thường xuyên tự tu dưỡng, rèn luyện; tự phê bình và phê bình có lúc còn nể nang.')] },
        { key: 'nhiem_vu_chi_uy', title: '1. Đối với chi ủy', edited: false, blocks: [paragraph('Chi ủy theo dõi, đôn đốc việc thực hiện kế hoạch khắc phục; báo cáo kết quả tại kỳ sinh hoạt sau.')] },
        { key: 'nhiem_vu_dang_vien', title: '2. Đối với đảng viên', edited: false, blocks: commitments.slice(0, 6).map((c) => paragraph(`- ${c.commitment}`)) },
        { key: 'to_chuc_thuc_hien', title: 'III- Tổ chức thực hiện', edited: false, blocks: [paragraph('Nghị quyết được phổ biến đến toàn thể đảng viên trong chi bộ.')] },
      ];
      ins.document.run(documentId, forumId, ended);
      ins.docVersion.run(documentId, JSON.stringify(sections), number, term, ended, ended, ended);
      ins.number.run(cellId, term, number, documentId, ended);

      // Progress on the open items at this forum (review of the previous ones), then the new items.
      for (let i = openItems.length - 1; i >= 0; i--) {
        const item = openItems[i];
        const done = rng.chance(0.7);
        const progress = done ? 100 : rng.pick([30, 50, 70]);
        ins.progress.run(rng.uuid(), item.id, date, progress, done ? rng.pick([T.PROGRESS_NOTES[0], T.PROGRESS_NOTES[2], T.PROGRESS_NOTES[4]]) : rng.pick([T.PROGRESS_NOTES[1], T.PROGRESS_NOTES[3]]),
          previousForumId === null ? null : forumId, iso(date, startTime, 15));
        ins.itemProgress.run(progress, done ? iso(date, startTime, 15) : null, iso(date, startTime, 15), item.id);
        if (done) openItems.splice(i, 1);
      }
      commitments.sort((a, b) => (a.subject === 'collective' ? -1 : b.subject === 'collective' ? 1 : 0) || a.no - b.no);
      commitments.forEach((c, i) => {
        const id = rng.uuid();
        const collective = c.subject === 'collective';
        ins.item.run(id, cellId, forumId, i + 1, c.subject, c.no, c.statement, JSON.stringify([c.no]), c.commitment,
          collective ? 'chi_uy' : 'member', collective ? null : c.subject, c.due, 0, null, ended, ended, 1);
        openItems.push({ id, created: ended, deadline: c.due });
      });
      previousForumId = forumId;
    }
  });

  for (let c = 0; c < cells; c++) seedCell(c);
  sqlite.pragma('optimize');
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();

  fs.writeFileSync(path.join(partial, SEED_META_FILE), JSON.stringify({
    format: SEED_LARGE_FORMAT, schemaVersion: SCHEMA_VERSION, cells, membersPerCell, years, seed,
  }, null, 2));
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  fs.renameSync(partial, dataDir);
  return { dataFile: path.join(dataDir, path.basename(partialFile)), cells, forums: forumCount, members: memberCount };
}

/** True when dir holds a data set made by this generator version with these options and schema. */
export function isSeedCurrent(dir: string, options: Omit<SeedLargeOptions, 'dataDir'> = {}): boolean {
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, SEED_META_FILE), 'utf8')) as Record<string, number>;
    return fs.existsSync(path.join(dir, DATABASE_FILE_NAME)) && meta.format === SEED_LARGE_FORMAT && meta.schemaVersion === SCHEMA_VERSION &&
      meta.cells === (options.cells ?? 200) && meta.membersPerCell === (options.membersPerCell ?? 40) &&
      meta.years === (options.years ?? 8) && meta.seed === (options.seed ?? 20261123);
  } catch {
    return false;
  }
}

/** The default large data set, generated once into .bench-data/large when missing or stale. */
export async function ensureLargeDataSet(dir = DEFAULT_LARGE_DIR): Promise<string> {
  if (!isSeedCurrent(dir)) {
    console.log(`  generating the large data set into ${dir} …`);
    const start = performance.now();
    await seedLarge({ dataDir: dir });
    console.log(`  generated in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  return path.join(dir, DATABASE_FILE_NAME);
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const num = (name: string) => {
    const v = argValue(args, name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, got «${v}»`);
    return n;
  };
  const dataDir = path.resolve(argValue(args, '--data-dir') ?? DEFAULT_LARGE_DIR);
  const start = performance.now();
  const result = await seedLarge({ dataDir, cells: num('--cells'), membersPerCell: num('--members'), years: num('--years'), seed: num('--seed') });
  const seconds = (performance.now() - start) / 1000;
  const bytes = fs.statSync(result.dataFile).size;
  console.log(`seed:large: ${result.cells} cells, ${result.members} members, ${result.forums} forums → ${result.dataFile}`);
  console.log(`seed:large: ${seconds.toFixed(1)} s, ${(bytes / (1024 * 1024)).toFixed(1)} MB`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
