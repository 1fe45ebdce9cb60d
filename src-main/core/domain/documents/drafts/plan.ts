// Kế hoạch khắc phục (KH): purpose and requirements, the plan table (the forum's action items, or
// the commitments made at the forum while no item exists yet), and how it is carried out.
import { COLLECTIVE, type ActionItem } from '../../../../contract';
import type { Block } from '../../../documents/model';
import { planTableBlock, type PlanItem } from '../../../documents/plan';
import { formatShortDate } from '../../vietnamese';
import { nameOf, type Facts } from './facts';
import { identifiedNumbers } from './resolution';
import { dayMonthYear, higherCommittee, indicatorList, para, shortIndicator, trimEnd, upperFirst } from './text';

export const planSummary = (): string => 'khắc phục hạn chế, khuyết điểm sau sinh hoạt chuyên đề “tự soi, tự sửa”';

/** "Đồng chí Nguyễn Văn Tuấn" → "Đ/c Nguyễn Văn Tuấn", the short form of a narrow table column. */
const shortOwner = (owner: string) => owner.replace(/^đồng chí\s+/iu, 'Đ/c ');

/** The forum's action items as plan rows (dates stay ISO; the table prints them dd/mm/yyyy). */
export function planRowsFromItems(items: readonly ActionItem[]): PlanItem[] {
  return items.map((item) => ({
    shortcoming: item.shortcoming,
    indicators: indicatorList(item.indicatorNos),
    cause: item.cause,
    measure: item.measure,
    owner: shortOwner(item.ownerName),
    supporting: item.supporting,
    deadlineIso: item.deadline,
    expectedResult: item.expectedResult,
    monitor: item.monitor,
    progressPercent: item.history.length === 0 && item.progress === 0 && !item.completedAt ? null : item.progress,
    note: [item.note.trim(), item.completedAt ? `Hoàn thành ngày ${formatShortDate(item.completedAt)}` : ''].filter(Boolean).join('; '),
  }));
}

/** While no action item exists, the commitments made at the forum stand in as the plan's rows. */
export function planRowsFromCommitments(facts: Facts): PlanItem[] {
  return facts.commitments.map((c) => {
    const review = (facts.reviews.get(c.subject) ?? []).find((r) => r.indicatorNo === c.indicatorNo);
    const shortcoming = review?.statement.trim() ? trimEnd(review.statement) : upperFirst(shortIndicator(facts.indicators.get(c.indicatorNo)));
    return {
      shortcoming,
      indicators: `(${c.indicatorNo})`,
      cause: '',
      measure: trimEnd(c.text),
      owner: c.subject === COLLECTIVE ? 'Chi ủy' : `Đ/c ${nameOf(facts, c.subject)}`,
      supporting: '',
      deadlineIso: c.dueIso,
      expectedResult: '',
      monitor: 'Chi ủy',
      progressPercent: null,
      note: c.subject === COLLECTIVE ? 'Cam kết của tập thể' : 'Cam kết cá nhân',
    };
  });
}

export function khMoDau(facts: Facts): Block[] {
  const date = dayMonthYear(facts.record.live.forum.date);
  return [
    para(
      `Thực hiện Nghị quyết của ${facts.cellTitle} về kết quả sinh hoạt chuyên đề “tự soi, tự sửa” ngày ${date}, ` +
        'Chi ủy xây dựng kế hoạch khắc phục hạn chế, khuyết điểm như sau:',
    ),
  ];
}

export function khMucDich(facts: Facts): Block[] {
  const identified = identifiedNumbers(facts);
  const target = identified.length > 0 ? `, trọng tâm là các biểu hiện ${indicatorList(identified)}` : '';
  return [
    para(
      `1. Mục đích: khắc phục dứt điểm các hạn chế, khuyết điểm đã được chỉ ra qua tự soi và góp ý tại buổi sinh hoạt chuyên đề${target}; ` +
        'nâng cao chất lượng sinh hoạt chi bộ, ý thức tự phê bình và phê bình của mỗi đảng viên.',
    ),
    para(
      '2. Yêu cầu: mỗi nội dung khắc phục có người chủ trì, thời hạn và kết quả cần đạt cụ thể; việc khắc phục thực chất, ' +
        'được kiểm tra, giám sát và đánh giá công khai tại sinh hoạt chi bộ.',
    ),
  ];
}

export function khNoiDung(facts: Facts): Block[] {
  const { actionItems } = facts.record;
  if (actionItems.length > 0) {
    const count = (kind: ActionItem['ownerKind']) => actionItems.filter((i) => i.ownerKind === kind).length;
    const split = [
      count('chi_uy') ? `chi ủy chủ trì ${count('chi_uy')}` : '',
      count('cell') ? `chi bộ chủ trì ${count('cell')}` : '',
      count('member') ? `đảng viên chủ trì ${count('member')}` : '',
    ].filter(Boolean);
    return [para(`Kế hoạch gồm ${actionItems.length} nội dung (${split.join(', ')}), cụ thể:`), planTableBlock(planRowsFromItems(actionItems))];
  }
  const rows = planRowsFromCommitments(facts);
  if (rows.length === 0) return [para('Chi bộ chưa xác định nội dung khắc phục; chi ủy bổ sung khi có hạn chế, khuyết điểm cần khắc phục.')];
  return [para(`Kế hoạch gồm ${rows.length} nội dung theo cam kết “tự sửa” của tập thể và đảng viên tại buổi sinh hoạt, cụ thể:`), planTableBlock(rows)];
}

export function khToChuc(facts: Facts): Block[] {
  return [
    para('1. Chi ủy phân công chi ủy viên theo dõi, đôn đốc từng nội dung; kiểm điểm tiến độ tại sinh hoạt chi bộ hằng tháng.'),
    para('2. Các đồng chí được giao chủ trì chủ động thực hiện, báo cáo kết quả với chi ủy đúng thời hạn; nội dung chậm tiến độ phải nêu rõ lý do và biện pháp tiếp theo.'),
    para(`3. Kết quả khắc phục được kiểm điểm tại kỳ sinh hoạt chuyên đề tiếp theo và là căn cứ đánh giá, xếp loại đảng viên cuối năm ${facts.record.live.forum.date.slice(0, 4)}.`),
    para(`4. Chi ủy tổng hợp, báo cáo kết quả thực hiện kế hoạch về ${higherCommittee(facts.record.cell.higherBody)} theo quy định.`),
  ];
}
