// (g) The four DOCX drafted from a real forum record, through the core's own export (drafting from
// the record + layout + DOCX): 60 members, all 27 indicators assessed by everyone with statements,
// 500 comments with responses, conclusions, the plan from the commitments. Target ≤ 1 s together.
// Beside it, LibreOffice's time to convert the same four files to PDF, as a reference.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '../../src-main/core/core';
import { convertToPdf, pdfPages } from '../documents/libreoffice';
import { withCore } from './saves';
import { formatMs, median, type Check } from './stats';

const MEMBERS = 60;
const COMMENTS = 500;
const RUNS = 3;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Hữu', 'Thu', 'Đức', 'Quang', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hằng', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Nhung', 'Phúc', 'Quân', 'Sơn', 'Thảo', 'Tuấn'];

async function ok<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

export async function buildForum(core: Core, cellId: string): Promise<string> {
  const ids: string[] = [];
  for (let i = 0; i < MEMBERS; i++) {
    const m = await ok<{ id: string }>(core, 'member.create', {
      cellId, fullName: `${FAMILY[i % 12]} ${MIDDLE[(i * 7) % 8]} ${GIVEN[(i * 11) % 20]} ${i + 1}`,
      status: i % 8 === 7 ? 'du_bi' : 'chinh_thuc', partyRole: i === 0 ? 'bi_thu' : i === 1 ? 'pho_bi_thu' : 'dang_vien',
    });
    ids.push(m.id);
  }
  const forumId = (await ok<{ id: string }>(core, 'forum.create', {
    cellId, topic: 'Tự soi, tự sửa theo 27 biểu hiện', date: '2026-12-10', startTime: '14:00',
    basisDocuments: ['Nghị quyết số 04-NQ/TW ngày 30/10/2016'], chairMemberId: ids[0], secretaryMemberId: ids[1],
  })).id;
  for (const [i, id] of ids.entries()) {
    await ok(core, 'live.setAttendance', { forumId, memberId: id, presence: i % 20 === 19 ? 'absent_excused' : 'present', reason: i % 20 === 19 ? 'Đi công tác' : '' });
  }
  for (const [i, id] of ids.entries()) {
    for (let no = 1; no <= 27; no++) {
      const identifies = (i + no) % 9 === 0;
      await ok(core, 'live.saveSelfReview', {
        forumId, subject: id, indicatorNo: no, baseVersion: 0,
        assessment: identifies ? 'co_nguy_co' : 'khong_co',
        statement: identifies ? 'Đôi lúc còn nể nang, ngại va chạm khi góp ý cho đồng nghiệp; tự học nghị quyết chưa thường xuyên.' : 'Không có biểu hiện này.',
        ...(identifies ? { commitment: 'Góp ý thẳng thắn trong sinh hoạt; tự học nghị quyết mỗi tuần.', commitmentDue: '2027-03-31' } : {}),
      });
    }
  }
  for (let c = 0; c < COMMENTS; c++) {
    const from = ids[c % MEMBERS];
    const to = ids[(c * 7 + 3) % MEMBERS] === from ? ids[(c + 1) % MEMBERS] : ids[(c * 7 + 3) % MEMBERS];
    const comment = await ok<{ id: string }>(core, 'comment.add', {
      forumId, fromMemberId: from, targetKind: 'member', targetMemberId: to, indicatorNo: (c % 27) + 1,
      text: 'Đề nghị đồng chí khắc phục tình trạng nể nang, ngại va chạm; cần chủ động đề xuất giải pháp.',
    });
    await ok(core, 'comment.respond', { id: comment.id, baseVersion: 1, responseKind: c % 5 === 0 ? 'giai_trinh' : 'tiep_thu', responseText: 'Xin tiếp thu và sửa chữa.' });
  }
  for (const id of ids.slice(0, 10)) await ok(core, 'live.saveText', { forumId, kind: 'conclusion', subject: id, text: 'Đề nghị đồng chí thực hiện đúng cam kết.', baseVersion: 0 });
  for (const phase of ['khai_mac', 'de_dan', 'tu_soi', 'gop_y', 'y_kien_cap_tren', 'ket_luan']) await ok(core, 'live.setPhase', { forumId, phase });
  await ok(core, 'forum.close', { forumId });
  await ok(core, 'vote.record', { forumId, for: 45, against: 1, abstain: 1 });
  return forumId;
}

export async function benchRealDocx(): Promise<Check> {
  return withCore(async (core, cellId) => {
    const forumId = await buildForum(core, cellId);
    const exportAll = async () => {
      const out: Buffer[] = [];
      for (const typeCode of ['NQ', 'BB', 'KH', 'BC']) {
        const file = await ok<{ base64: string }>(core, 'document.export', { forumId, typeCode, format: 'docx' });
        out.push(Buffer.from(file.base64, 'base64'));
      }
      return out;
    };
    let buffers = await exportAll(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      buffers = await exportAll();
      times.push(performance.now() - start);
    }
    const ms = median(times);
    const dir = mkdtempSync(path.join(tmpdir(), 'tusoi-bench-real-docs-'));
    try {
      const files = ['NQ', 'BB', 'KH', 'BC'].map((code, i) => {
        const file = path.join(dir, `${code}.docx`);
        writeFileSync(file, buffers[i]);
        return file;
      });
      const start = performance.now();
      const pdfs = await convertToPdf(files, dir);
      const loMs = performance.now() - start;
      const pages = await Promise.all(pdfs.map((pdf) => pdfPages(pdf)));
      console.log(`  reference: LibreOffice → PDF of the same four: ${formatMs(loMs)} for ${pages.reduce((a, b) => a + b, 0)} pages (${['NQ', 'BB', 'KH', 'BC'].map((c, i) => `${c} ${pages[i]}`).join(', ')})`);
    } catch (error) {
      console.log(`  reference: LibreOffice unavailable: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`  four document.export docx: runs ${times.map(formatMs).join(', ')}`);
    return {
      label: `four DOCX drafted from a real record (${MEMBERS} members × 27 indicators, ${COMMENTS} comments), via document.export`,
      figure: `${formatMs(ms)} median`,
      target: '≤ 1 s together',
      pass: ms <= 1000,
    };
  });
}
