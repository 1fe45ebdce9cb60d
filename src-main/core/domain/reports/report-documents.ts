// The two documents of issue 5 in the Party document model, for the same writers as the forum's
// documents: the aggregate report (báo cáo tổng hợp) to the higher committee, and a member's
// "kết quả khắc phục hạn chế, khuyết điểm kỳ trước" (section III of the year-end self-review,
// Mẫu 02A/02B) to paste into their bản kiểm điểm.
import type { MemberHistory, ReportData } from '../../../contract/reports';
import { heading, type Block, type PartyDocument, type TableBlock } from '../../documents/model';
import { formatDocumentDate, formatShortDate } from '../vietnamese';
import { cellTitle, higherCommittee, indicatorList, para, shortIndicator, trimEnd } from '../documents/drafts/text';
import { percent } from './aggregate';
import { commitmentsForYear } from './history';

const GROUP_NAMES: Record<string, string> = { I: 'Nhóm I', II: 'Nhóm II', III: 'Nhóm III' };
const groupName = (code: string) => GROUP_NAMES[code] ?? `Nhóm ${code}`;

const num = (n: number) => n.toLocaleString('vi-VN');

// ---- Báo cáo tổng hợp ----

export interface ReportHeaderFacts {
  /** The cells the report covers (name, higher body, place), as chosen. */
  cells: readonly { name: string; higherBody: string; placeName: string }[];
  /** The document's date, 'YYYY-MM-DD'. */
  dateIso: string;
}

/**
 * One cell reports as that cell (CHI BỘ …, Số …-BC/CB, T/M CHI BỘ). Several cells are reported by
 * their common higher committee (ĐẢNG ỦY …, Số …-BC/ĐU, T/M ĐẢNG ỦY); the line above it, which the
 * app does not know, is left for the writer to fill in, as are the committee and the place when the
 * cells belong to different higher bodies.
 */
export function reportDocument(data: ReportData, facts: ReportHeaderFacts): PartyDocument {
  const single = facts.cells.length === 1 ? facts.cells[0] : null;
  // Cells under different higher bodies have no one committee the app could name: left blank to fill in.
  const highers = [...new Set(facts.cells.map((c) => c.higherBody.trim()))];
  const committee = highers.length === 1 ? higherCommittee(highers[0]) : '';
  const places = [...new Set(facts.cells.map((c) => c.placeName.trim()))];
  const place = single?.placeName ?? (places.length === 1 ? places[0] : '……');
  return {
    profileId: 'HD36-2018',
    typeCode: 'BC',
    draft: false,
    header: single
      ? { higherBody: single.higherBody, issuingBody: cellTitle(single.name), number: null, place, dateIso: facts.dateIso }
      : { higherBody: '', issuingBody: committee, number: null, issuerCode: 'ĐU', place, dateIso: facts.dateIso },
    title: 'BÁO CÁO',
    summary: `tổng hợp kết quả sinh hoạt chuyên đề “tự soi, tự sửa” đối chiếu 27 biểu hiện suy thoái, từ ${formatDocumentDate(data.from)} đến ${formatDocumentDate(data.to)}`,
    blocks: reportBlocks(data, single ? cellTitle(single.name) : null),
    signatures: { left: null, right: { authority: single ? 'T/M CHI BỘ' : 'T/M ĐẢNG ỦY', title: 'BÍ THƯ', name: '' } },
    recipients: single ? [`${higherCommittee(single.higherBody)} (báo cáo);`, 'Lưu Chi bộ.'] : ['Cấp ủy cấp trên (báo cáo);', 'Các chi bộ trực thuộc;', 'Lưu Văn phòng Đảng ủy.'],
  };
}

const table = (columns: TableBlock['columns'], rows: string[][]): TableBlock => ({ kind: 'table', columns, rows });
const bold = (text: string): Block => ({ kind: 'paragraph', runs: [{ text, bold: true }], keepNext: true });

export function reportBlocks(data: ReportData, singleCell: string | null): Block[] {
  const t = data.totals;
  const attended = t.attendedFull + t.attendedProbationary;
  const who = singleCell ?? `${num(t.cellsWithForums)}/${num(t.cells)} chi bộ`;
  const blocks: Block[] = [
    para(`Thực hiện Nghị quyết số 04-NQ/TW về tăng cường xây dựng, chỉnh đốn Đảng, báo cáo tổng hợp kết quả sinh hoạt chuyên đề “tự soi, tự sửa” từ ${formatDocumentDate(data.from)} đến ${formatDocumentDate(data.to)} như sau:`),
    heading('I- Tình hình tổ chức sinh hoạt'),
  ];
  if (t.forums === 0) {
    blocks.push(para(`Trong thời gian trên, ${singleCell ?? 'các chi bộ được chọn'} chưa tổ chức buổi sinh hoạt chuyên đề nào.`));
  } else {
    blocks.push(para(
      `${who} đã tổ chức ${num(t.forums)} buổi sinh hoạt chuyên đề, với ${num(attended)} lượt đảng viên dự (chính thức ${num(t.attendedFull)}, dự bị ${num(t.attendedProbationary)}); bình quân ${num(Math.round(attended / t.forums))} đảng viên mỗi buổi.`,
    ));
  }
  if (!singleCell) {
    blocks.push(table(
      [
        { title: 'TT', width: 5, align: 'center' }, { title: 'Chi bộ', width: 30 }, { title: 'Số buổi', width: 9, align: 'center' },
        { title: 'Lượt dự (chính thức)', width: 12, align: 'center' }, { title: 'Lượt dự (dự bị)', width: 11, align: 'center' },
        { title: 'Lượt tự nhận', width: 11, align: 'center' }, { title: 'Lượt được góp ý', width: 11, align: 'center' },
        { title: 'Việc quá hạn', width: 11, align: 'center' },
      ],
      [
        ...data.cells.map((c, i) => [String(i + 1), c.name, num(c.forums), num(c.attendedFull), num(c.attendedProbationary), num(c.selfIdentified), num(c.raised), num(c.overdue)]),
        ['', 'Cộng', num(t.forums), num(t.attendedFull), num(t.attendedProbationary), num(t.selfIdentified), num(t.raised), num(data.actions.overdue)],
      ],
    ));
  }

  blocks.push(heading('II- Biểu hiện được chọn và kết quả tự soi, góp ý'));
  blocks.push(bold('1. Theo nhóm biểu hiện'));
  blocks.push(table(
    [
      { title: 'Nhóm', width: 40 }, { title: 'Số buổi chọn', width: 14, align: 'center' },
      { title: 'Lượt tự nhận', width: 14, align: 'center' }, { title: 'Lượt được góp ý', width: 14, align: 'center' },
    ],
    data.groups.map((g) => [`${groupName(g.code)}. ${g.title}`, num(g.focusForums), num(g.selfIdentified), num(g.raised)]),
  ));
  blocks.push(bold('2. Theo từng biểu hiện'));
  blocks.push(table(
    [
      { title: 'Số', width: 6, align: 'center' }, { title: 'Biểu hiện', width: 50 }, { title: 'Số buổi chọn', width: 11, align: 'center' },
      { title: 'Lượt tự nhận', width: 11, align: 'center' }, { title: 'Lượt được góp ý', width: 11, align: 'center' },
    ],
    data.indicators.map((i) => [`(${i.no})`, shortIndicator(i), num(i.focusForums), num(i.selfIdentified), num(i.raised)]),
  ));
  blocks.push(bold('3. Những hạn chế, khuyết điểm nổi bật'));
  if (data.top.length === 0) blocks.push(para('Chưa có biểu hiện nào được tự nhận hoặc được góp ý.'));
  else {
    blocks.push(para(`Các biểu hiện được tự nhận và góp ý nhiều nhất là ${indicatorList(data.top.map((i) => i.no))}:`));
    for (const i of data.top) {
      blocks.push(para(`- Biểu hiện (${i.no}) ${trimEnd(shortIndicator(i))}: ${num(i.selfIdentified)} lượt tự nhận, ${num(i.raised)} lượt được góp ý.`));
    }
  }

  blocks.push(heading('III- Kết quả thực hiện kế hoạch khắc phục'));
  const a = data.actions;
  if (a.total === 0) blocks.push(para('Chưa có nội dung khắc phục nào trong kế hoạch của các buổi sinh hoạt trên.'));
  else {
    blocks.push(para(
      `Các kế hoạch khắc phục có ${num(a.total)} nội dung; đã hoàn thành ${num(a.completed)} (${percent(a.completed, a.total)}%), trong đó ${num(a.completedOnTime)} nội dung đúng hạn; còn ${num(a.open)} nội dung đang thực hiện, trong đó ${num(a.overdue)} nội dung quá hạn (tính đến ${formatDocumentDate(data.asOf)}).`,
    ));
  }
  if (data.overdueItems.length > 0) {
    blocks.push(bold(`Các nội dung quá hạn${a.overdue > data.overdueItems.length ? ` (${num(data.overdueItems.length)} nội dung có thời hạn sớm nhất)` : ''}:`));
    blocks.push(table(
      [
        { title: 'TT', width: 5, align: 'center' }, ...(singleCell ? [] : [{ title: 'Chi bộ', width: 18 }]),
        { title: 'Hạn chế, khuyết điểm', width: 34 }, { title: 'Chủ trì', width: 18 },
        { title: 'Thời hạn', width: 12, align: 'center' as const }, { title: 'Tiến độ (%)', width: 9, align: 'center' as const },
      ],
      data.overdueItems.map((o, i) => [
        String(i + 1), ...(singleCell ? [] : [o.cellName]), o.shortcoming, o.ownerName, formatShortDate(o.deadline), String(o.progress),
      ]),
    ));
  }
  return blocks;
}

// ---- Kết quả khắc phục hạn chế, khuyết điểm kỳ trước (Mẫu 02A/02B, mục III) ----

export const SELF_REVIEW_SECTION_TITLE = 'KẾT QUẢ KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM KỲ TRƯỚC';

export function memberRemediationDocument(
  history: MemberHistory,
  facts: { year: number; higherBody: string; placeName: string; dateIso: string },
): PartyDocument {
  const items = commitmentsForYear(history.commitments, facts.year);
  const { member } = history;
  const done = items.filter((c) => c.completedAt !== null);
  const open = items.filter((c) => c.completedAt === null);
  const overdue = open.filter((c) => c.overdue);

  const blocks: Block[] = [
    { kind: 'paragraph', runs: [{ text: 'Họ và tên: ', bold: true }, { text: member.fullName }], indent: false },
    { kind: 'paragraph', runs: [{ text: 'Chi bộ: ', bold: true }, { text: cellTitle(member.cellName) }], indent: false },
    heading(`III- ${SELF_REVIEW_SECTION_TITLE}`),
  ];
  if (items.length === 0) {
    blocks.push(para(`Năm ${facts.year}, tôi không có nội dung khắc phục nào từ các buổi sinh hoạt chuyên đề “tự soi, tự sửa” cần báo cáo.`));
  } else {
    blocks.push(para(
      `Thực hiện các cam kết “tự sửa” tại các buổi sinh hoạt chuyên đề, tôi có ${items.length} nội dung khắc phục; đã hoàn thành ${done.length}, đang thực hiện ${open.length}${overdue.length > 0 ? `, trong đó ${overdue.length} nội dung quá hạn` : ''}. Cụ thể:`,
    ));
    blocks.push(table(
      [
        { title: 'TT', width: 5, align: 'center' }, { title: 'Hạn chế, khuyết điểm', width: 26 }, { title: 'Biểu hiện', width: 10, align: 'center' },
        { title: 'Biện pháp khắc phục', width: 24 }, { title: 'Thời hạn', width: 14, align: 'center' }, { title: 'Kết quả', width: 21 },
      ],
      items.map((c, i) => [
        String(i + 1),
        `${c.shortcoming}\n(sinh hoạt ngày ${formatShortDate(c.forumDate)})`,
        c.indicatorNos.map((n) => `(${n})`).join(', '),
        c.measure,
        c.deadline ? formatShortDate(c.deadline) : '',
        resultWords(c),
      ]),
    ));
    if (done.length > 0) blocks.push(para(`Đã khắc phục: ${done.map((c) => trimEnd(c.shortcoming)).join('; ')}.`));
    if (open.length > 0) blocks.push(para(`Chưa khắc phục xong: ${open.map((c) => `${trimEnd(c.shortcoming)} (tiến độ ${c.progress}%${c.overdue ? ', quá hạn' : ''})`).join('; ')}; tôi tiếp tục khắc phục trong thời gian tới.`));
  }
  return {
    profileId: 'HD36-2018',
    typeCode: 'BC',
    draft: false,
    header: { higherBody: facts.higherBody, issuingBody: cellTitle(member.cellName), number: null, noNumber: true, place: facts.placeName, dateIso: facts.dateIso },
    title: 'BẢN KIỂM ĐIỂM CÁ NHÂN',
    summary: `Năm ${facts.year} — phần ${SELF_REVIEW_SECTION_TITLE.toLocaleLowerCase('vi')}`,
    blocks,
    signatures: { left: null, right: { authority: null, title: 'NGƯỜI TỰ KIỂM ĐIỂM', name: member.fullName } },
    recipients: null,
  };
}

/** "Hoàn thành ngày 05/03/2026", "Đang thực hiện (60%)", "Quá hạn (40%)". */
export function resultWords(c: { completedAt: string | null; progress: number; overdue: boolean }): string {
  if (c.completedAt) return `Hoàn thành ngày ${formatShortDate(c.completedAt)}`;
  return `${c.overdue ? 'Quá hạn' : 'Đang thực hiện'} (${c.progress}%)`;
}
