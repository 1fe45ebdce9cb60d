// Biên bản (BB): the minutes of the forum, with the contents forum-procedure.md lists — start time
// and place, chair, secretary, guests, roll call, agenda, đề dẫn, each subject's self-mirror,
// comments with who said what and the response, conclusions, the guest's remarks, the vote and
// reservations, end time and the approval sentence.
import { COLLECTIVE, type Comment, type SelfReview } from '../../../../contract';
import type { Block } from '../../../documents/model';
import { assessmentWords, comrade, identifies, type Facts } from './facts';
import {
  boldPara, clockWords, dayMonthYear, indicatorList, lowerFirst, para, percentText, quoted, roleWords, runsPara,
  sentence, trimEnd, upperFirst, vietnamClock,
} from './text';
import { formatDocumentDate } from '../../vietnamese';
import { itemDeadlineWords, namedByLevel, ownerWords } from './resolution';

const straightToCurly = (text: string) => text.replace(/"([^"]*)"/gu, '“$1”');

/** A free text as paragraphs, the first one led by `lead` in italics. */
function textParas(text: string, lead = ''): Block[] {
  const lines = text.split(/\n+/u).map((l) => l.trim()).filter(Boolean);
  return lines.map((line, i) => (i === 0 && lead ? runsPara({ text: lead, italic: true }, { text: line }) : para(line)));
}

export const minutesSummary = (facts: Facts): string => `sinh hoạt chuyên đề “tự soi, tự sửa” của ${facts.cellTitle}`;

export function thoiGian(facts: Facts): Block[] {
  const { forum } = facts.record.live;
  const [h, m] = forum.startTime.split(':').map(Number);
  const place = forum.place.trim() ? `, tại ${trimEnd(forum.place)}` : '';
  return [
    para(`Vào lúc ${clockWords(h, m)}, ${formatDocumentDate(forum.date)}${place}, ${facts.cellTitle} tiến hành sinh hoạt chuyên đề.`),
    runsPara({ text: 'Chủ đề: ', italic: true }, { text: sentence(straightToCurly(forum.topic)) }),
  ];
}

export function thanhPhan(facts: Facts): Block[] {
  const { live } = facts.record;
  const c = live.counts;
  const who = (id: string | null) => {
    const m = id ? facts.members.get(id) : undefined;
    return m ? `đồng chí ${m.fullName}, ${roleWords(m)}.` : 'chưa phân công.';
  };
  const blocks: Block[] = [
    runsPara({ text: 'Chủ trì: ', italic: true }, { text: who(live.forum.chairMemberId) }),
    runsPara({ text: 'Thư ký: ', italic: true }, { text: who(live.forum.secretaryMemberId) }),
  ];
  if (live.forum.guests.length > 0) {
    const guests = live.forum.guests.map((g) => `đồng chí ${g.name}${g.position.trim() ? `, ${trimEnd(g.position)}` : ''}`);
    blocks.push(runsPara({ text: 'Đại biểu cấp ủy cấp trên: ', italic: true }, { text: `${guests.join('; ')}.` }));
  }
  const exempt = c.exempt > 0 ? `; ${c.exempt} đồng chí miễn sinh hoạt` : '';
  blocks.push(para(`Tổng số đảng viên của chi bộ: ${c.total} đồng chí (chính thức ${c.chinhThuc}, dự bị ${c.duBi}${exempt}).`));
  blocks.push(para(`Có mặt: ${c.present} đồng chí (chính thức ${c.presentChinhThuc}, dự bị ${c.presentDuBi}).`));
  const absent = live.members.filter((m) => m.presence === 'absent_excused' || m.presence === 'absent_unexcused');
  if (absent.length > 0) {
    const names = absent.map((m) =>
      m.presence === 'absent_excused'
        ? `đồng chí ${m.fullName} (có lý do${m.absenceReason.trim() ? `: ${lowerFirst(trimEnd(m.absenceReason))}` : ''})`
        : `đồng chí ${m.fullName} (không có lý do)`,
    );
    const split = c.absentUnexcused === 0 ? 'đều có lý do' : c.absentExcused === 0 ? 'đều không có lý do' : `có lý do ${c.absentExcused}, không có lý do ${c.absentUnexcused}`;
    blocks.push(para(`Vắng mặt: ${absent.length} đồng chí (${split}), gồm: ${names.join('; ')}.`));
  } else {
    blocks.push(para('Vắng mặt: không.'));
  }
  const unrecorded = live.members.filter((m) => m.presence === null);
  if (unrecorded.length > 0) blocks.push(para(`Chưa điểm danh: ${unrecorded.map((m) => `đồng chí ${m.fullName}`).join('; ')}.`));
  blocks.push(para(live.quorum.explanation));
  return blocks;
}

export function chuongTrinh(facts: Facts): Block[] {
  const { live } = facts.record;
  const steps = [
    'khai mạc, điểm danh, giới thiệu đại biểu',
    'đề dẫn và kiểm điểm tập thể',
    'đảng viên tự soi theo thứ tự: tập thể chi bộ, Bí thư, Phó Bí thư, chi ủy viên, đảng viên',
    'góp ý, tiếp thu, giải trình',
    ...(live.forum.guests.length > 0 ? ['ý kiến của đại biểu cấp ủy cấp trên'] : []),
    'kết luận của chủ trì',
    'biểu quyết dự thảo nghị quyết',
    'thông qua biên bản',
  ];
  return [para(`Chương trình sinh hoạt gồm: ${steps.join('; ')}. Thời lượng dự kiến ${live.settings.meetingMinutes} phút.`)];
}

/** One self-review as a line: "- Biểu hiện (5) – có nguy cơ: … Cam kết tự sửa: …; hạn 31/12/2026." */
function reviewLine(facts: Facts, r: SelfReview): Block {
  const level = assessmentWords(facts, r.assessment);
  const head = `- Biểu hiện (${r.indicatorNo})${level ? ` – ${level}` : ''}`;
  const statement = r.statement.trim() ? `: ${sentence(r.statement)}` : '.';
  const commitment = r.commitment.trim()
    ? ` Cam kết tự sửa: ${lowerFirst(trimEnd(r.commitment))}${r.commitmentDue ? `; hạn ${dayMonthYear(r.commitmentDue)}` : ''}.`
    : '';
  return para(`${head}${statement}${commitment}`);
}

/** A subject's self-mirror: a summary sentence, then the indicators they spoke to. */
function selfMirror(facts: Facts, subject: string): Block[] {
  const reviews = facts.reviews.get(subject) ?? [];
  const spoken = reviews.filter((r) => r.assessment !== null || r.statement.trim() !== '' || r.commitment.trim() !== '');
  if (spoken.length === 0) return [runsPara({ text: 'Tự soi: ', italic: true }, { text: 'chưa trình bày tự soi đối với các biểu hiện trọng tâm.' })];
  const named = spoken.filter((r) => identifies(facts, r.assessment)).map((r) => ({ no: r.indicatorNo, code: r.assessment! }));
  const detailed = spoken.filter((r) => identifies(facts, r.assessment) || r.statement.trim() !== '' || r.commitment.trim() !== '');
  const bare = spoken.filter((r) => !detailed.includes(r));
  const bareByLevel = new Map<string, number[]>();
  for (const r of bare) bareByLevel.set(r.assessment ?? '', [...(bareByLevel.get(r.assessment ?? '') ?? []), r.indicatorNo]);
  const summary = named.length > 0 ? `tự nhận ${namedByLevel(facts, named)}.` : 'tự đánh giá không có biểu hiện nào trong các biểu hiện trọng tâm đã đối chiếu.';
  return [
    runsPara({ text: 'Tự soi: ', italic: true }, { text: summary }),
    ...detailed.map((r) => reviewLine(facts, r)),
    ...[...bareByLevel.entries()].map(([code, nos]) => para(`- ${upperFirst(assessmentWords(facts, code || null) || 'chưa đánh giá')}: ${indicatorList(nos)}.`)),
  ];
}

/** "- Đồng chí A góp ý về biểu hiện (14): “…”. Đồng chí B tiếp thu: “…”." */
function commentLine(facts: Facts, c: Comment, responder: string): Block {
  const about = c.indicatorNo === null ? '' : ` về biểu hiện (${c.indicatorNo})`;
  const response =
    c.responseKind === null
      ? ` ${responder} chưa trả lời.`
      : ` ${responder} ${c.responseKind === 'tiep_thu' ? 'tiếp thu' : 'giải trình'}${c.responseText.trim() ? `: ${quoted(c.responseText)}.` : '.'}`;
  return para(`- ${upperFirst(comrade(facts, c.fromMemberId))} góp ý${about}: ${quoted(c.text)}.${response}`);
}

export function deDan(facts: Facts): Block[] {
  const { live } = facts.record;
  const blocks: Block[] = [];
  const chair = facts.chair ? `Đồng chí ${facts.chair.fullName}, ${roleWords(facts.chair)}, trình bày đề dẫn` : 'Đồng chí chủ trì trình bày đề dẫn';
  const framing = facts.text('framing');
  blocks.push(...(framing ? textParas(framing, `${chair}: `) : [para(`${chair}.`)]));
  for (const g of live.groups) {
    const text = facts.text('collective_review', g.code);
    if (text) blocks.push(...textParas(text, `Kiểm điểm tập thể nhóm ${g.code} (${lowerFirst(g.title)}): `));
  }
  if ((facts.reviews.get(COLLECTIVE) ?? []).length > 0) {
    blocks.push(...selfMirror(facts, COLLECTIVE).map((b, i) => (i === 0 && b.kind === 'paragraph' ? { ...b, runs: [{ text: 'Tập thể chi bộ tự soi: ', italic: true }, ...b.runs.slice(1)] } : b)));
  }
  return blocks;
}

export function tuSoi(facts: Facts): Block[] {
  const blocks: Block[] = [];
  if (facts.subjects.length === 0) return [para('Chưa có đồng chí nào tự soi.')];
  facts.subjects.forEach((id, i) => {
    const m = facts.members.get(id)!;
    const away = m.presence === 'present' ? '' : ' (vắng mặt, gửi bản tự soi)';
    blocks.push(boldPara(`3.${i + 1}. Đồng chí ${m.fullName}, ${roleWords(m)}${away}`));
    blocks.push(...selfMirror(facts, id));
    const received = facts.commentsTo.get(id) ?? [];
    if (received.length === 0) blocks.push(runsPara({ text: 'Góp ý: ', italic: true }, { text: 'không có ý kiến góp ý.' }));
    else {
      blocks.push(runsPara({ text: 'Góp ý: ', italic: true }, { text: `${received.length} ý kiến.` }));
      for (const c of received) blocks.push(commentLine(facts, c, `Đồng chí ${m.fullName}`));
    }
    const conclusion = facts.text('conclusion', id);
    if (conclusion) blocks.push(...textParas(conclusion, 'Kết luận của chủ trì: '));
  });
  return blocks;
}

export function gopYTapThe(facts: Facts): Block[] {
  const blocks: Block[] = [];
  for (const c of facts.commentsToChiUy) blocks.push(commentLineTo(facts, c, 'chi ủy', 'Chi ủy'));
  for (const c of facts.commentsToCapTren) blocks.push(commentLineTo(facts, c, 'cấp ủy cấp trên', 'Đại biểu cấp ủy cấp trên'));
  return blocks.length > 0 ? blocks : [para('Không có ý kiến góp ý đối với chi ủy và cấp ủy cấp trên.')];
}

function commentLineTo(facts: Facts, c: Comment, target: string, responder: string): Block {
  const about = c.indicatorNo === null ? '' : ` về biểu hiện (${c.indicatorNo})`;
  const verb = target === 'chi ủy' ? `góp ý đối với chi ủy${about}` : `kiến nghị với cấp ủy cấp trên${about}`;
  const response =
    c.responseKind === null
      ? ''
      : ` ${responder} ${c.responseKind === 'tiep_thu' ? 'tiếp thu' : 'giải trình'}${c.responseText.trim() ? `: ${quoted(c.responseText)}.` : '.'}`;
  return para(`- ${upperFirst(comrade(facts, c.fromMemberId))} ${verb}: ${quoted(c.text)}.${response}`);
}

export function yKienCapTren(facts: Facts): Block[] {
  const { live } = facts.record;
  const remarks = facts.text('guest_remarks');
  if (remarks) {
    const guest = live.forum.guests[0];
    const lead = /^đồng chí\s/iu.test(remarks) || !guest ? '' : `Đồng chí ${guest.name} phát biểu: `;
    return textParas(remarks, lead);
  }
  return [para(live.forum.guests.length > 0 ? 'Đại biểu cấp ủy cấp trên không phát biểu ý kiến.' : 'Buổi sinh hoạt không có đại biểu cấp ủy cấp trên dự.')];
}

export function ketLuan(facts: Facts): Block[] {
  const { record } = facts;
  const blocks: Block[] = [];
  const text = facts.text('conclusion', COLLECTIVE) || record.live.conclusionDrafts.find((d) => d.subject === COLLECTIVE)?.text.trim() || '';
  const chair = facts.chair ? `Đồng chí ${facts.chair.fullName} kết luận: ` : 'Đồng chí chủ trì kết luận: ';
  if (text) blocks.push(...textParas(text, chair));
  if (record.actionItems.length > 0) {
    blocks.push(para(`Chi bộ thống nhất ${record.actionItems.length} việc khắc phục, đưa vào kế hoạch khắc phục:`));
    for (const item of record.actionItems) {
      const when = item.deadline ? `hạn ${dayMonthYear(item.deadline)}` : itemDeadlineWords(item);
      blocks.push(para(`- ${trimEnd(item.measure)}; chủ trì: ${ownerWords(item)}; ${when}.`));
    }
  }
  return blocks.length > 0 ? blocks : [para('Đồng chí chủ trì kết luận buổi sinh hoạt.')];
}

export function bieuQuyet(facts: Facts): Block[] {
  const { record } = facts;
  const vote = record.vote;
  if (!vote) return [para('Chưa biểu quyết dự thảo nghị quyết.')];
  const blocks: Block[] = [
    para(`Chi bộ biểu quyết dự thảo nghị quyết (chỉ đảng viên chính thức có mặt biểu quyết): ${lowerFirst(vote.explanation)}`),
  ];
  const duBi = record.live.counts.presentDuBi;
  if (duBi > 0) blocks.push(para(`Đảng viên dự bị có mặt (${duBi} đồng chí) không biểu quyết.`));
  blocks.push(
    para(
      vote.passed
        ? `Nghị quyết được thông qua với ${vote.for}/${vote.basis} đồng chí tán thành (đạt ${percentText(vote.percentFor)}%).`
        : `Dự thảo nghị quyết chưa được thông qua (${vote.for}/${vote.basis} đồng chí tán thành, đạt ${percentText(vote.percentFor)}%).`,
    ),
  );
  if (record.reservations.length === 0) blocks.push(para('Không có ý kiến bảo lưu.'));
  else {
    blocks.push(para('Ý kiến bảo lưu:'));
    for (const r of record.reservations) blocks.push(para(`- Đồng chí ${r.memberName}: ${quoted(r.text)}.`));
  }
  return blocks;
}

export function ketThuc(facts: Facts): Block[] {
  const { record } = facts;
  const present = record.live.counts.present;
  let ended = 'Buổi sinh hoạt kết thúc cùng ngày.';
  if (record.endedAt) {
    const at = vietnamClock(record.endedAt);
    const day = at.dateIso === record.live.forum.date ? 'cùng ngày' : formatDocumentDate(at.dateIso);
    ended = `Buổi sinh hoạt kết thúc vào lúc ${clockWords(at.hours, at.minutes)} ${day}.`;
  }
  const secretary = facts.secretary ? `Đồng chí thư ký ${facts.secretary.fullName}` : 'Thư ký';
  return [
    para(ended),
    para(`${secretary} đã đọc lại biên bản. Biên bản đã được thông qua trước cuộc họp, ${present} đồng chí dự họp nhất trí với nội dung biên bản.`),
  ];
}

