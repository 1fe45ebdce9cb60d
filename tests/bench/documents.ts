// (f) Party documents: the four DOCX of a large forum (60 members, all 27 indicators, 500 comments):
// the resolution, the minutes listing every comment, the action plan with ~100 rows and the report
// upward, rendered together (target ≤ 1 s). Beside it, as a reference, LibreOffice's time to
// convert the same four files to PDF in one call (what a user waits for a PDF made that way).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderDocx } from '../../src-main/core/documents/docx-writer';
import { heading, paragraph, type Block, type PartyDocument } from '../../src-main/core/documents/model';
import { planTableBlock, type PlanItem } from '../../src-main/core/documents/plan';
import { convertToPdf, pdfPages } from '../documents/libreoffice';
import { formatBytes, formatMs, median, type Check } from './stats';

const MEMBERS = 60;
const INDICATORS = 27;
const COMMENTS = 500;
const PLAN_ROWS = 100;
const RUNS = 5;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Hữu', 'Thị Thu', 'Đức', 'Quang', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hằng', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Nhung', 'Phúc', 'Quân', 'Sơn', 'Thảo', 'Tuấn'];

const memberName = (i: number) => `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 11) % GIVEN.length]}`;

const COMMENT =
  'Đề nghị đồng chí khắc phục tình trạng nể nang, ngại va chạm khi góp ý trong tổ chuyên môn; ' +
  'cần nói thẳng, nói đúng việc và chủ động đề xuất giải pháp, không để việc tồn đọng kéo dài.';
const STATEMENT =
  'Bản thân đôi lúc còn nể nang, ngại va chạm khi góp ý cho đồng nghiệp; việc tự học tập, nghiên cứu ' +
  'nghị quyết chưa thường xuyên. Tôi xin nghiêm túc nhận khuyết điểm và cam kết sửa chữa trước 31/12/2026.';

const HEADER = { higherBody: 'Đảng bộ phường Đông Hà', issuingBody: 'Chi bộ Văn phòng', place: 'Đông Hà', dateIso: '2026-09-20' };
const SIGNED = { left: null, right: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: memberName(0) } };
const RECIPIENTS = ['Đảng ủy phường Đông Hà (báo cáo);', 'Đảng viên trong chi bộ (thực hiện);', 'Lưu Chi bộ.'];

/** The four documents of a large forum, as the drafting code would build them. */
export function largeForumDocuments(): Record<'NQ' | 'BB' | 'KH' | 'BC', PartyDocument> {
  const counts = Array.from({ length: INDICATORS }, (_, i) => ((i * 17) % 23) + 1);
  const indicatorLines = counts.map((n, i) => paragraph(`Biểu hiện (${i + 1}): ${n} đồng chí tự nhận; ${Math.floor(n / 2)} đồng chí được góp ý thêm.`));

  const resolution: PartyDocument = {
    profileId: 'HD36-2018',
    typeCode: 'NQ',
    draft: true,
    header: { ...HEADER, number: '01' },
    title: 'NGHỊ QUYẾT',
    summary: 'về kết quả sinh hoạt chuyên đề “tự soi, tự sửa” đối chiếu 27 biểu hiện theo Nghị quyết số 04-NQ/TW',
    blocks: [
      paragraph('- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;'),
      paragraph('- Căn cứ Nghị quyết số 04-NQ/TW, ngày 30/10/2016 của Ban Chấp hành Trung ương Đảng (khóa XII);'),
      paragraph(`Chi bộ Văn phòng họp ngày 20/9/2026, có ${MEMBERS - 2}/${MEMBERS} đảng viên dự, sau khi thảo luận,`),
      { kind: 'paragraph', runs: [{ text: 'QUYẾT NGHỊ:', bold: true }], align: 'center', indent: false },
      heading('I- Đánh giá kết quả'),
      ...indicatorLines,
      heading('II- Nhiệm vụ, giải pháp khắc phục'),
      ...counts.map((_, i) => paragraph(`${i + 1}. Khắc phục biểu hiện (${i + 1}): chi ủy chỉ đạo, đảng viên cam kết cụ thể việc làm và thời hạn.`)),
      heading('III- Tổ chức thực hiện'),
      paragraph(`Nghị quyết được ${MEMBERS - 10}/${MEMBERS - 8} đồng chí đảng viên chính thức biểu quyết tán thành (đạt 96,2%).`),
    ],
    signatures: SIGNED,
    recipients: RECIPIENTS,
  };

  const minutesBlocks: Block[] = [
    paragraph('Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 20 tháng 9 năm 2026.'),
    paragraph(`Tổng số đảng viên: ${MEMBERS}; có mặt ${MEMBERS - 2}; vắng 2 (có lý do).`),
    heading('I- Tự soi và góp ý'),
  ];
  let comment = 0;
  for (let m = 0; m < MEMBERS; m++) {
    minutesBlocks.push({ kind: 'paragraph', runs: [{ text: `${m + 1}. Đồng chí ${memberName(m)}`, bold: true }] });
    const own = counts.map((_, i) => i + 1).filter((i) => (i + m) % 9 === 0);
    minutesBlocks.push(paragraph(`Tự soi: tự nhận biểu hiện ${own.map((i) => `(${i})`).join(', ')}. ${STATEMENT}`));
    const share = Math.floor(COMMENTS / MEMBERS) + (m < COMMENTS % MEMBERS ? 1 : 0);
    for (let c = 0; c < share; c++, comment++) {
      minutesBlocks.push(paragraph(`Góp ý ${comment + 1}: đồng chí ${memberName((m + c + 1) % MEMBERS)}: “${COMMENT}” Đồng chí ${memberName(m)} tiếp thu.`));
    }
    minutesBlocks.push(paragraph(`Kết luận của chủ trì: đồng chí ${memberName(m)} cần khắc phục biểu hiện ${own.map((i) => `(${i})`).join(', ')}.`));
  }
  minutesBlocks.push(paragraph('Biên bản kết thúc lúc 18 giờ 30 phút cùng ngày, đã đọc lại và được nhất trí thông qua.'));
  if (comment !== COMMENTS) throw new Error(`built ${comment} comments`);

  const minutes: PartyDocument = {
    profileId: 'HD36-2018',
    typeCode: 'BB',
    draft: true,
    header: { ...HEADER, number: null },
    title: 'BIÊN BẢN',
    summary: 'sinh hoạt chuyên đề “tự soi, tự sửa” của Chi bộ Văn phòng',
    blocks: minutesBlocks,
    signatures: { left: { authority: null, title: 'THƯ KÝ', name: memberName(1) }, right: { authority: null, title: 'CHỦ TRÌ', name: memberName(0) } },
    recipients: null,
  };

  const items: PlanItem[] = Array.from({ length: PLAN_ROWS }, (_, i) => ({
    shortcoming: `Hạn chế ${i + 1}: còn nể nang, né tránh khi góp ý; chưa thường xuyên tự học tập, nghiên cứu nghị quyết`,
    indicators: `(${(i % INDICATORS) + 1})`,
    cause: 'Chưa thường xuyên tự tu dưỡng, rèn luyện; khối lượng công việc lớn',
    measure: 'Góp ý trực tiếp, cụ thể tại sinh hoạt chi bộ hằng tháng; báo cáo kết quả khắc phục với chi ủy',
    owner: i % 3 === 0 ? 'Chi ủy' : `Đ/c ${memberName(i % MEMBERS)}`,
    supporting: 'Chi ủy',
    deadlineIso: `2026-${String(10 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    expectedResult: 'Không còn biểu hiện đã chỉ ra; được chi bộ đánh giá đạt',
    monitor: `Đ/c ${memberName((i + 5) % MEMBERS)}`,
    progressPercent: (i * 10) % 110,
    note: i % 4 === 0 ? 'Cam kết cá nhân' : '',
  }));
  const plan: PartyDocument = {
    profileId: 'HD36-2018',
    typeCode: 'KH',
    draft: true,
    header: { ...HEADER, number: '01' },
    title: 'KẾ HOẠCH',
    summary: 'khắc phục hạn chế, khuyết điểm sau sinh hoạt chuyên đề “tự soi, tự sửa”',
    landscape: true,
    blocks: [heading('I- Mục đích, yêu cầu'), paragraph('Khắc phục dứt điểm các hạn chế, khuyết điểm đã được chỉ ra.'), heading('II- Nội dung'), planTableBlock(items)],
    signatures: SIGNED,
    recipients: RECIPIENTS,
  };

  const report: PartyDocument = {
    profileId: 'HD36-2018',
    typeCode: 'BC',
    draft: true,
    header: { ...HEADER, number: '01' },
    title: 'BÁO CÁO',
    summary: 'kết quả sinh hoạt chuyên đề “tự soi, tự sửa” đối chiếu 27 biểu hiện',
    blocks: [
      heading('I- Kết quả tổ chức sinh hoạt'),
      paragraph(`Có ${MEMBERS - 2}/${MEMBERS} đảng viên dự; ${COMMENTS} ý kiến góp ý.`),
      heading('II- Các biểu hiện được chỉ ra'),
      {
        kind: 'table',
        columns: [
          { title: 'Biểu hiện', width: 1, align: 'center' },
          { title: 'Số đồng chí tự nhận', width: 2, align: 'center' },
          { title: 'Số ý kiến góp ý', width: 2, align: 'center' },
        ],
        rows: counts.map((n, i) => [`(${i + 1})`, String(n), String(n * 2)]),
      },
      heading('III- Kiến nghị, đề xuất'),
      paragraph('Đề nghị Đảng ủy phường tổ chức tập huấn kỹ năng góp ý cho chi ủy các chi bộ.'),
    ],
    signatures: SIGNED,
    recipients: ['Đảng ủy phường Đông Hà (báo cáo);', 'Lưu Chi bộ.'],
  };

  return { NQ: resolution, BB: minutes, KH: plan, BC: report };
}

export async function benchDocx(): Promise<Check> {
  const docs = largeForumDocuments();
  // One after the other, as an export of the four does (the work is synchronous CPU anyway).
  const renderAll = async () => {
    const out: Buffer[] = [];
    for (const doc of Object.values(docs)) out.push(await renderDocx(doc));
    return out;
  };
  let buffers = await renderAll(); // warm-up: module loading and JIT
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    buffers = await renderAll();
    times.push(performance.now() - start);
  }
  const ms = median(times);
  const bytes = buffers.reduce((sum, b) => sum + b.length, 0);

  // Reference: LibreOffice converting the same four files in one call (start-up included).
  let reference: string;
  const dir = mkdtempSync(path.join(tmpdir(), 'tusoi-bench-docs-'));
  try {
    const files = Object.keys(docs).map((code, i) => {
      const file = path.join(dir, `${code}.docx`);
      writeFileSync(file, buffers[i]);
      return file;
    });
    const start = performance.now();
    const pdfs = await convertToPdf(files, dir);
    const loMs = performance.now() - start;
    const pages = await Promise.all(pdfs.map((pdf) => pdfPages(pdf)));
    reference = `LibreOffice → PDF of the same four: ${formatMs(loMs)} for ${pages.reduce((a, b) => a + b, 0)} pages (${Object.keys(docs).map((c, i) => `${c} ${pages[i]}`).join(', ')})`;
  } catch (error) {
    reference = `LibreOffice reference unavailable: ${(error as Error).message.split('\n')[0]}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`  four DOCX: median ${formatMs(ms)} over ${RUNS} runs (min ${formatMs(Math.min(...times))}, max ${formatMs(Math.max(...times))}), ${formatBytes(bytes)} in all`);
  console.log(`  ${reference}`);
  return {
    label: `four DOCX (${MEMBERS} members, ${INDICATORS} indicators, ${COMMENTS} comments, plan ${PLAN_ROWS} rows)`,
    figure: `${formatMs(ms)} median`,
    target: '≤ 1 s together',
    pass: ms <= 1000,
  };
}
