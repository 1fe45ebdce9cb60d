// Báo cáo (BC) to the higher committee: the forum held and its attendance, the indicators chosen,
// what was identified most, the responses, the solutions in two groups, the action plan in short,
// the progress of earlier open actions, and proposals.
import { COLLECTIVE, type ActionItem } from '../../../../contract';
import type { Block } from '../../../documents/model';
import { comrade, originKey, type Facts } from './facts';
import {
  collectiveNamed, focusPhrase, indicatorLine, itemDeadlineWords, memberTallies, nguyenNhan, nhiemVuChiUy, ownerWords, resolutionSummary, tallyWords,
} from './resolution';
import { boldPara, dayMonthYear, higherCommittee, indicatorList, joinAnd, para, percentText, quoted, roleWords, trimEnd } from './text';

export const reportSummary = (facts: Facts): string => resolutionSummary(facts).replace(/^về /u, '');

export function bcMoDau(facts: Facts): Block[] {
  const { forum } = facts.record.live;
  const plan = [...forum.basisDocuments].reverse().find((d) => /^(căn cứ\s+)?(kế hoạch|hướng dẫn|công văn|chỉ thị|thông báo)\s/iu.test(d.trim()));
  const basis = plan ? trimEnd(plan.trim().replace(/^căn cứ\s+/iu, '')) : `sự chỉ đạo của ${higherCommittee(facts.record.cell.higherBody)}`;
  return [para(`Thực hiện ${basis}, ${facts.cellTitle} báo cáo kết quả sinh hoạt chuyên đề “tự soi, tự sửa” như sau:`)];
}

export function bcKetQua(facts: Facts): Block[] {
  const { live } = facts.record;
  const { forum } = live;
  const c = live.counts;
  const chair = facts.chair ? `; đồng chí ${facts.chair.fullName}, ${roleWords(facts.chair)}, chủ trì` : '';
  const guests = forum.guests.map((g) => `đồng chí ${g.name}${g.position.trim() ? `, ${trimEnd(g.position)}` : ''}`);
  const guestText = guests.length > 0 ? `; ${joinAnd(guests)} dự và phát biểu ý kiến chỉ đạo` : '';
  const place = forum.place.trim() ? ` tại ${trimEnd(forum.place)}` : '';
  const blocks: Block[] = [
    para(`Ngày ${dayMonthYear(forum.date)}, ${facts.cellTitle} tổ chức sinh hoạt chuyên đề${place}${chair}${guestText}.`),
  ];
  const absent = c.absentExcused + c.absentUnexcused;
  const absentText = absent === 0 ? '' : `; vắng ${absent} đồng chí (có lý do ${c.absentExcused}, không có lý do ${c.absentUnexcused})`;
  blocks.push(para(`Chi bộ có ${c.total} đảng viên (chính thức ${c.chinhThuc}, dự bị ${c.duBi}); dự họp ${c.present}/${c.total} đồng chí (chính thức ${c.presentChinhThuc}, dự bị ${c.presentDuBi})${absentText}.`));
  blocks.push(para(`Chi bộ lựa chọn ${facts.focus.length} biểu hiện trọng tâm để tự soi, tự sửa, gồm ${focusPhrase(facts)}.`));
  const comments = live.comments;
  const accepted = comments.filter((x) => x.responseKind === 'tiep_thu').length;
  const explained = comments.filter((x) => x.responseKind === 'giai_trinh').length;
  const open = comments.length - accepted - explained;
  const responses = comments.length === 0 ? '' : `; các đồng chí được góp ý tiếp thu ${accepted} ý kiến, giải trình ${explained} ý kiến${open > 0 ? `, ${open} ý kiến chưa được trả lời` : ''}`;
  blocks.push(para(`Có ${facts.presentWhoReviewed}/${c.present} đồng chí dự họp tự soi; ${comments.length} ý kiến góp ý${responses}.`));
  if (facts.record.vote) {
    const v = facts.record.vote;
    blocks.push(para(`Chi bộ biểu quyết nghị quyết: ${v.for}/${v.basis} đồng chí đảng viên chính thức tán thành (đạt ${percentText(v.percentFor)}%), ${v.passed ? 'nghị quyết được thông qua' : 'chưa được thông qua'}.`));
  }
  return blocks;
}

export function bcHanChe(facts: Facts): Block[] {
  const blocks: Block[] = [];
  const tallies = memberTallies(facts).sort((a, b) => b.self.length + b.raisedOnly.length - (a.self.length + a.raisedOnly.length) || a.no - b.no);
  if (tallies.length > 0) {
    blocks.push(para('Các biểu hiện được đảng viên tự nhận hoặc được góp ý nhiều nhất:'));
    for (const t of tallies) blocks.push(indicatorLine(facts, t.no, '- ', `: ${tallyWords(facts, t)}.`));
  } else {
    blocks.push(para('Qua tự soi và góp ý, chưa xác định đảng viên có biểu hiện trong các biểu hiện trọng tâm.'));
  }
  const collective = collectiveNamed(facts);
  if (collective) blocks.push(para(`Tập thể chi bộ tự nhận ${collective}.`));
  blocks.push(boldPara('Nguyên nhân'));
  blocks.push(...nguyenNhan(facts));
  return blocks;
}

/** The members' side in short: commitments per indicator, how many dated, who is asked to look again. */
function membersInShort(facts: Facts): Block[] {
  const own = facts.commitments.filter((c) => c.subject !== COLLECTIVE);
  const blocks: Block[] = [
    para('- Mỗi đồng chí đảng viên nghiêm túc thực hiện cam kết “tự sửa”, báo cáo tiến độ khắc phục tại sinh hoạt chi bộ hằng tháng.'),
  ];
  if (own.length > 0) {
    const people = new Set(own.map((c) => c.subject)).size;
    const perIndicator = [...new Set(own.map((c) => c.indicatorNo))].sort((a, b) => a - b)
      .map((no) => `biểu hiện (${no}): ${own.filter((c) => c.indicatorNo === no).length}`);
    const undated = own.filter((c) => !c.dueIso && !facts.itemsByOrigin.get(originKey(c.subject, c.indicatorNo))?.deadline).length;
    blocks.push(para(
      `- ${own.length} cam kết “tự sửa” của ${people} đồng chí (${perIndicator.join('; ')})` +
        (undated > 0 ? `; ${undated} cam kết chưa xác định thời hạn, chi ủy yêu cầu bổ sung khi xây dựng kế hoạch khắc phục.` : '; các cam kết đều có thời hạn hoàn thành.'),
    ));
  }
  const blind = [...new Set(facts.tallies.flatMap((t) => t.raisedOnly))];
  if (blind.length > 0) blocks.push(para(`- ${blind.length} đồng chí được đề nghị tự soi lại nội dung được góp ý nhưng chưa tự nhận, bổ sung cam kết khắc phục.`));
  return blocks;
}

export function bcGiaiPhap(facts: Facts): Block[] {
  return [boldPara('1. Đối với chi ủy'), ...nhiemVuChiUy(facts), boldPara('2. Đối với đảng viên'), ...membersInShort(facts)];
}

const itemLine = (item: ActionItem, withProgress: boolean) => {
  const parts = [trimEnd(item.measure), `chủ trì: ${ownerWords(item)}`, item.deadline ? `hạn ${dayMonthYear(item.deadline)}` : itemDeadlineWords(item)];
  if (withProgress) parts.push(`tiến độ ${item.progress}%${item.overdue ? ', quá hạn' : ''}`);
  return para(`- ${parts.join('; ')}.`);
};

export function bcKeHoach(facts: Facts): Block[] {
  const { actionItems, earlierOpenItems } = facts.record;
  const blocks: Block[] = [];
  if (actionItems.length > 0) {
    const count = (kind: ActionItem['ownerKind']) => actionItems.filter((i) => i.ownerKind === kind).length;
    const split = [
      count('chi_uy') ? `chi ủy chủ trì ${count('chi_uy')}` : '',
      count('cell') ? `chi bộ chủ trì ${count('cell')}` : '',
      count('member') ? `cá nhân đảng viên chủ trì ${count('member')}` : '',
    ].filter(Boolean);
    const dated = actionItems.flatMap((i) => (i.deadline ? [i.deadline] : [])).sort();
    const span = dated.length > 0 ? `; thời hạn hoàn thành từ ${dayMonthYear(dated[0])} đến ${dayMonthYear(dated[dated.length - 1])}` : '';
    blocks.push(para(`Chi ủy xây dựng kế hoạch khắc phục gồm ${actionItems.length} nội dung (${split.join(', ')})${span}:`));
    for (const item of actionItems) blocks.push(itemLine(item, false));
  } else if (facts.commitments.length > 0) {
    blocks.push(para(`Tại buổi sinh hoạt có ${facts.commitments.length} cam kết “tự sửa”; chi ủy đang xây dựng kế hoạch khắc phục trên cơ sở các cam kết này.`));
  } else {
    blocks.push(para('Chi bộ chưa xác định nội dung cần khắc phục.'));
  }
  if (earlierOpenItems.length > 0) {
    const overdue = earlierOpenItems.filter((i) => i.overdue).length;
    blocks.push(para(`Việc khắc phục của các kỳ sinh hoạt trước: còn ${earlierOpenItems.length} nội dung chưa hoàn thành${overdue > 0 ? `, trong đó ${overdue} nội dung quá hạn` : ''}:`));
    for (const item of earlierOpenItems) blocks.push(itemLine(item, true));
  } else {
    blocks.push(para('Các nội dung khắc phục của các kỳ sinh hoạt trước không còn nội dung nào chưa hoàn thành.'));
  }
  return blocks;
}

export function bcKienNghi(facts: Facts): Block[] {
  const blocks: Block[] = facts.commentsToCapTren.map((c) => {
    const about = c.indicatorNo === null ? '' : ` (biểu hiện ${indicatorList([c.indicatorNo])})`;
    return para(`- ${quoted(c.text)}${about} – ý kiến của ${comrade(facts, c.fromMemberId)}.`);
  });
  blocks.push(
    para(
      `- Đề nghị ${higherCommittee(facts.record.cell.higherBody)} tiếp tục quan tâm lãnh đạo, chỉ đạo, hướng dẫn chi bộ thực hiện kế hoạch khắc phục; ` +
        'tổ chức kiểm tra, giám sát việc thực hiện cam kết của đảng viên.',
    ),
  );
  return blocks;
}
