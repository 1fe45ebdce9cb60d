// Nghị quyết (NQ): the sections of the resolution a cell adopts after its forum, drafted from the
// record. Each builder returns the section's body; the section titles ("1. Ưu điểm") and the part
// headings ("I- Đánh giá kết quả") are printed by assemble.ts from sections.ts.
import { COLLECTIVE, type ActionItem, type VoteResult } from '../../../../contract';
import type { Block, Run } from '../../../documents/model';
import { assessmentWords, comrade, originKey, type Facts, type IndicatorTally } from './facts';
import {
  asTask, classifySentence, dayMonthYear, indicatorList, indicatorsPhrase, joinAnd, lowerFirst, namedCauses, numberRanges, para, percentText,
  responseSubstance, runsPara, sentence, sentences, shortIndicator, trimEnd, withoutContrast, higherCommittee,
} from './text';

// ---- Shared phrases ----

/**
 * What the forum mirrored against, for summary lines: all 27 in the usual words, otherwise each
 * group's title with the focus numbers in it, e.g. "các biểu hiện suy thoái về đạo đức, lối sống
 * (từ 10 đến 18)".
 */
export function focusPhrase(facts: Facts): string {
  const { live } = facts.record;
  if (facts.focus.length === 27 && live.groups.length === 3) {
    return '27 biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hoá”';
  }
  const parts = live.groups
    .map((g) => {
      const nos = live.indicators.filter((i) => i.groupCode === g.code && facts.focus.includes(i.no)).map((i) => i.no);
      const title = g.title.replace(/^những biểu hiện\s+/iu, '').replace(/"([^"]*)"/gu, '“$1”');
      return nos.length === 0 ? '' : `${lowerFirst(title)} (${nos.length === 1 ? 'biểu hiện ' : ''}${numberRanges(nos)})`;
    })
    .filter(Boolean);
  return parts.length === 0 ? 'các biểu hiện suy thoái' : `các biểu hiện ${joinAnd(parts)}`;
}

export const resolutionSummary = (facts: Facts): string =>
  `về kết quả sinh hoạt chuyên đề “tự soi, tự sửa” đối chiếu ${focusPhrase(facts)} theo Nghị quyết số 04-NQ/TW`;

/** "Nghị quyết được 5/6 đồng chí đảng viên chính thức biểu quyết tán thành (đạt 83,3%)." */
export const voteLine = (vote: VoteResult): string =>
  `Nghị quyết được ${vote.for}/${vote.basis} đồng chí đảng viên chính thức biểu quyết tán thành (đạt ${percentText(vote.percentFor)}%).`;

/** "biểu hiện (5) – trong tự phê bình còn giấu giếm, …" with the wording in italics (it is a reference, not a quotation). */
export function indicatorRuns(facts: Facts, no: number, capital = false): Run[] {
  const short = shortIndicator(facts.indicators.get(no));
  const head = `${capital ? 'Biểu hiện' : 'biểu hiện'} (${no})`;
  return short ? [{ text: `${head} – ` }, { text: lowerFirst(short), italic: true }] : [{ text: head }];
}

/** A list line about one indicator: "- Biểu hiện (5) – wording: tail". */
export const indicatorLine = (facts: Facts, no: number, lead: string, tail: string): Block =>
  runsPara({ text: lead }, ...indicatorRuns(facts, no, lead === '- '), { text: tail });

/** "1 đồng chí tự nhận có biểu hiện, 2 đồng chí tự nhận có nguy cơ, 1 đồng chí được góp ý" */
export function tallyWords(facts: Facts, t: IndicatorTally): string {
  const levels = facts.record.live.scale.filter((l) => l.identifies).reverse();
  const parts = levels
    .map((l) => ({ l, n: t.self.filter((s) => s.assessment === l.code).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n} đồng chí tự nhận ${assessmentWords(facts, x.l.code)}`);
  if (t.raisedOnly.length > 0) parts.push(`${t.raisedOnly.length} đồng chí được góp ý`);
  return parts.join(', ');
}

/** The indicators members named or were told about (not the collective alone). */
export const memberTallies = (facts: Facts) => facts.tallies.filter((t) => t.self.length + t.raisedOnly.length > 0);

/** Every indicator identified by anyone, the collective included. */
export const identifiedNumbers = (facts: Facts) =>
  facts.tallies.filter((t) => t.self.length + t.raisedOnly.length > 0 || t.collective !== null || t.raisedToChiUy > 0).map((t) => t.no);

/** "có nguy cơ ở biểu hiện (5), (14) và có biểu hiện (15)": indicators grouped by the level named. */
export function namedByLevel(facts: Facts, named: readonly { no: number; code: string }[]): string {
  const byLevel = new Map<string, number[]>();
  for (const n of named) byLevel.set(n.code, [...(byLevel.get(n.code) ?? []), n.no]);
  const levels = facts.record.live.scale.filter((l) => byLevel.has(l.code)).reverse();
  const parts = levels.map((l) => {
    const words = assessmentWords(facts, l.code);
    const nos = indicatorList(byLevel.get(l.code)!);
    return /biểu hiện$/u.test(words) ? `${words} ${nos}` : `${words} ở biểu hiện ${nos}`;
  });
  return joinAnd(parts);
}

/** The collective's own assessments, e.g. "có biểu hiện (15) và có nguy cơ ở biểu hiện (14)". */
export const collectiveNamed = (facts: Facts): string =>
  namedByLevel(facts, facts.tallies.flatMap((t) => (t.collective ? [{ no: t.no, code: t.collective }] : [])));

/** "đồng chí Nguyễn Văn Tuấn", "Chi ủy", "Chi bộ": an item's owner inside a sentence. */
export const ownerWords = (item: ActionItem): string => item.ownerName.replace(/^Đồng chí\s/u, 'đồng chí ');

const deadlineWords = (dueIso: string | null) => (dueIso ? `hoàn thành trước ngày ${dayMonthYear(dueIso)}` : 'chưa xác định thời hạn');

/** An item's deadline in words; an undated item its note calls ongoing is "thực hiện thường xuyên". */
export const itemDeadlineWords = (item: ActionItem): string =>
  !item.deadline && /thường xuyên/iu.test(item.note) ? 'thực hiện thường xuyên' : deadlineWords(item.deadline);

/** Sentences of the chair's and the guest's texts, sorted by what they say. */
export function textSentences(facts: Facts) {
  const { live } = facts.record;
  const reviews = live.groups.map((g) => facts.text('collective_review', g.code)).filter(Boolean);
  const of = (texts: string[], kind: ReturnType<typeof classifySentence>) =>
    texts.flatMap(sentences).filter((s) => classifySentence(s) === kind);
  const conclusion = [facts.text('conclusion', COLLECTIVE)].filter(Boolean);
  const guest = [facts.text('guest_remarks')].filter(Boolean);
  return {
    reviewStrengths: of(reviews, 'strength'),
    reviewShortcomings: of(reviews, 'shortcoming').map(withoutContrast),
    conclusionStrengths: of(conclusion, 'strength'),
    conclusionShortcomings: of(conclusion, 'shortcoming').map(withoutContrast),
    conclusionTasks: of(conclusion, 'task'),
    guestStrengths: of(guest, 'strength'),
    guestTasks: of(guest, 'task'),
  };
}

// ---- Căn cứ ----

export function canCu(facts: Facts): Block[] {
  const { live } = facts.record;
  const basis = live.forum.basisDocuments.map((d) => trimEnd(d.replace(/^[-–\s]*căn cứ\s+/iu, ''))).filter(Boolean);
  if (!basis.some((d) => /điều lệ đảng/iu.test(d))) basis.unshift('Điều lệ Đảng Cộng sản Việt Nam');
  const c = live.counts;
  const composition = c.duBi > 0 ? `chính thức ${c.presentChinhThuc}, dự bị ${c.presentDuBi}` : `chính thức ${c.presentChinhThuc}`;
  return [
    ...basis.map((d) => para(`- Căn cứ ${d};`)),
    para(`${facts.cellTitle} họp ngày ${dayMonthYear(live.forum.date)}, có ${c.present}/${c.total} đảng viên dự (${composition}), sau khi thảo luận,`),
    { kind: 'paragraph', runs: [{ text: 'QUYẾT NGHỊ:', bold: true }], align: 'center', indent: false },
  ];
}

// ---- I. Đánh giá kết quả ----

/** How the forum went, in numbers: preparation, attendance, order, comments and responses. */
export function conductSentences(facts: Facts): string[] {
  const { live } = facts.record;
  const c = live.counts;
  const out: string[] = [];
  const prepared = facts.text('framing') ? 'Chi ủy chuẩn bị đề dẫn, ' : 'Chi bộ ';
  out.push(`${prepared}xác định ${facts.focus.length} biểu hiện trọng tâm để đảng viên tự soi, tự sửa.`);
  const absent = c.absentExcused + c.absentUnexcused;
  const absentWords = absent === 0 ? '' : c.absentUnexcused === 0 ? `; ${absent} đồng chí vắng đều có lý do` : '';
  out.push(`Có ${c.present}/${c.total} đảng viên dự họp${absentWords}; ${facts.presentWhoReviewed}/${c.present} đồng chí dự họp đã tự soi, đối chiếu bản thân với các biểu hiện trọng tâm.`);
  const first = facts.subjects[0] ? facts.members.get(facts.subjects[0]) : undefined;
  if (live.reviewOrder[0] === COLLECTIVE && first?.partyRole === 'bi_thu') {
    out.push('Chi bộ kiểm điểm tập thể trước; đồng chí Bí thư gương mẫu tự soi trước, tiếp đến các đồng chí chi ủy viên và đảng viên.');
  }
  const comments = live.comments;
  if (comments.length > 0) {
    const toMembers = comments.filter((x) => x.targetKind === 'member').length;
    const toChiUy = comments.filter((x) => x.targetKind === 'chi_uy').length;
    const toCapTren = comments.filter((x) => x.targetKind === 'cap_tren').length;
    const split = [
      toMembers ? `${toMembers} ý kiến góp ý cho các đồng chí` : '',
      toChiUy ? `${toChiUy} ý kiến góp ý cho chi ủy` : '',
      toCapTren ? `${toCapTren} ý kiến kiến nghị với cấp ủy cấp trên` : '',
    ].filter(Boolean);
    const answered = comments.filter((x) => x.responseKind !== null).length;
    const answers = answered === comments.length ? 'các ý kiến đều được tiếp thu hoặc giải trình' : `${answered}/${comments.length} ý kiến đã được tiếp thu hoặc giải trình`;
    out.push(`Có ${comments.length} ý kiến phát biểu (${joinAnd(split)}); ${answers}.`);
  }
  return out;
}

export function uuDiem(facts: Facts): Block[] {
  const blocks: Block[] = [para(conductSentences(facts).join(' '))];
  const s = textSentences(facts);
  const strengths = [...s.reviewStrengths, ...s.conclusionStrengths];
  if (strengths.length > 0) blocks.push(para(strengths.map(sentence).join(' ')));
  if (s.guestStrengths.length > 0) blocks.push(para(s.guestStrengths.map(sentence).join(' ')));
  const cleared = facts.clearedByAll;
  if (cleared.length > 0) {
    blocks.push(para(`Toàn thể ${facts.present.length} đồng chí dự họp tự đánh giá không có biểu hiện ${indicatorList(cleared)}.`));
  }
  const quiet = facts.unidentified.filter((no) => !cleared.includes(no));
  if (quiet.length > 0) {
    blocks.push(para(`Qua tự soi và góp ý, không có đồng chí nào tự nhận hoặc được góp ý về ${indicatorsPhrase(quiet)}.`));
  }
  return blocks;
}

export function hanChe(facts: Facts): Block[] {
  const { live } = facts.record;
  const blocks: Block[] = [];
  const s = textSentences(facts);

  // The collective's own.
  const named = collectiveNamed(facts);
  const collectiveReviews = (facts.reviews.get(COLLECTIVE) ?? []).filter((r) => r.statement.trim() !== '' && facts.scale.get(r.assessment ?? '')?.identifies);
  const chiUyRaised = facts.tallies.filter((t) => t.raisedToChiUy > 0 && t.collective === null).map((t) => t.no);
  const collectiveText = [
    named ? `tự nhận ${named}` : '',
    chiUyRaised.length > 0 ? `được đảng viên góp ý về biểu hiện ${indicatorList(chiUyRaised)}` : '',
  ].filter(Boolean);
  if (collectiveText.length > 0 || collectiveReviews.length > 0 || s.reviewShortcomings.length > 0 || s.conclusionShortcomings.length > 0) {
    const lead = collectiveText.length > 0 ? `Đối với tập thể chi bộ: ${joinAnd(collectiveText)}.` : 'Đối với tập thể chi bộ:';
    const said = [...s.reviewShortcomings, ...s.conclusionShortcomings].map(sentence).join(' ');
    blocks.push(para(said ? `${lead} ${said}` : lead));
    for (const r of collectiveReviews) blocks.push(para(`- Biểu hiện (${r.indicatorNo}): ${lowerFirst(sentence(r.statement))}`));
  }

  // The members'.
  const tallies = [...facts.tallies].filter((t) => t.self.length + t.raisedOnly.length > 0);
  if (tallies.length > 0) {
    blocks.push(para(`Đối với đảng viên: qua tự soi và góp ý, chi bộ xác định còn biểu hiện ${indicatorList(tallies.map((t) => t.no))} ở một số đồng chí, cụ thể:`));
    for (const t of tallies) blocks.push(indicatorLine(facts, t.no, '- ', `: ${tallyWords(facts, t)}.`));
  }
  const blind = [...new Set(facts.tallies.flatMap((t) => t.raisedOnly))];
  if (blind.length > 0) {
    const nos = facts.tallies.filter((t) => t.raisedOnly.length > 0).map((t) => t.no);
    blocks.push(para(`Có ${blind.length} đồng chí chưa tự nhận nội dung được các đồng chí góp ý (biểu hiện ${indicatorList(nos)}).`));
  }
  const uncommented = live.coverage.membersWithoutComment.length;
  if (uncommented > 0 && facts.present.length > 0) {
    blocks.push(para(`Việc góp ý cho nhau còn ít: ${uncommented}/${facts.present.length} đồng chí dự họp chưa nhận được ý kiến góp ý nào.`));
  }
  if (live.counts.absentUnexcused > 0) blocks.push(para(`Còn ${live.counts.absentUnexcused} đồng chí vắng sinh hoạt không có lý do.`));
  if (blocks.length === 0) {
    blocks.push(para('Qua tự soi và góp ý, chi bộ chưa xác định đồng chí nào có biểu hiện trong các biểu hiện trọng tâm; chi ủy tiếp tục theo dõi, nắm tình hình tư tưởng của đảng viên.'));
  }
  return blocks;
}

export function nguyenNhan(facts: Facts): Block[] {
  const { live } = facts.record;
  const texts = [
    ...live.selfReviews.filter((r) => facts.scale.get(r.assessment ?? '')?.identifies).map((r) => r.statement),
    ...live.comments.filter((c) => c.responseKind === 'giai_trinh').map((c) => c.responseText),
  ];
  const causes = [...new Set(texts.flatMap(namedCauses))];
  const subjective = causes.filter((c) => /(bản thân|chưa|ngại|nể|thiếu|ý thức|tinh thần|chủ quan)/iu.test(c));
  const objective = causes.filter((c) => !subjective.includes(c));

  const objectiveText =
    objective.length > 0
      ? `theo ý kiến tự soi và giải trình của các đồng chí, do ${objective.join('; ')}`
      : 'khối lượng công việc chuyên môn lớn, có thời điểm dồn dập; thời gian dành cho học tập, tu dưỡng, rèn luyện có lúc chưa nhiều';
  const subjectiveParts = ['một số đồng chí chưa thường xuyên tự học tập, tu dưỡng, rèn luyện, tự soi, tự sửa'];
  if (live.coverage.membersWithoutComment.length > 0 || facts.tallies.some((t) => t.raisedOnly.length > 0)) {
    subjectiveParts.push('tinh thần tự phê bình và phê bình có lúc chưa cao, còn tâm lý nể nang, ngại va chạm');
  }
  if (facts.tallies.some((t) => t.raisedOnly.length > 0)) subjectiveParts.push('có đồng chí chưa nhận thức đầy đủ khuyết điểm được góp ý');
  if (facts.tallies.some((t) => t.collective !== null) || facts.commentsToChiUy.length > 0) {
    subjectiveParts.push('công tác lãnh đạo, quản lý, kiểm tra, giám sát của chi ủy có lúc chưa thường xuyên, chưa sâu sát');
  }
  subjectiveParts.push(...subjective);
  return [
    para(`- Nguyên nhân khách quan: ${objectiveText}.`),
    para(`- Nguyên nhân chủ quan (là chủ yếu): ${subjectiveParts.join('; ')}.`),
  ];
}

// ---- II. Nhiệm vụ, giải pháp khắc phục ----

const itemLine = (item: ActionItem, withOwner: boolean) => {
  const parts = [trimEnd(item.measure)];
  if (item.indicatorNos.length > 0) parts.push(`khắc phục biểu hiện ${indicatorList(item.indicatorNos)}`);
  if (withOwner) parts.push(`chủ trì: ${ownerWords(item)}`);
  parts.push(itemDeadlineWords(item));
  return parts.join('; ');
};

export function nhiemVuChiUy(facts: Facts): Block[] {
  const { record } = facts;
  const blocks: Block[] = [];
  const identified = identifiedNumbers(facts);
  blocks.push(
    para(
      '- Tăng cường giáo dục chính trị tư tưởng, quản lý đảng viên; duy trì nền nếp tự phê bình và phê bình trong sinh hoạt chi bộ' +
        (identified.length > 0 ? `; kiểm tra, giám sát việc khắc phục ${indicatorsPhrase(identified)} đã được chỉ ra.` : '.'),
    ),
  );
  // Items the chi ủy or the cell own (they supersede the commitments they came from).
  for (const item of record.actionItems.filter((i) => i.ownerKind !== 'member')) blocks.push(para(`- ${itemLine(item, true)}.`));
  // The collective's own commitments not yet made into items.
  for (const c of facts.commitments.filter((x) => x.subject === COLLECTIVE && !facts.itemsByOrigin.has(originKey(x.subject, x.indicatorNo)))) {
    blocks.push(para(`- ${trimEnd(c.text)}; khắc phục biểu hiện (${c.indicatorNo}); ${deadlineWords(c.dueIso)}.`));
  }
  if (record.actionItems.every((i) => i.ownerKind === 'member') && !facts.commitments.some((x) => x.subject === COLLECTIVE)) {
    for (const t of textSentences(facts).conclusionTasks) blocks.push(para(`- ${trimEnd(asTask(t))}.`));
  }
  // Comments to the chi ủy it accepted.
  for (const c of facts.commentsToChiUy.filter((x) => x.responseKind === 'tiep_thu')) {
    const substance = responseSubstance(c.responseText);
    blocks.push(para(`- ${trimEnd(asTask(c.text))}${substance ? `; ${lowerFirst(substance)}` : ''}.`));
  }
  const guestTasks = textSentences(facts).guestTasks.map((t) => lowerFirst(trimEnd(asTask(t))));
  if (guestTasks.length > 0) blocks.push(para(`- Tiếp thu ý kiến chỉ đạo của đại biểu cấp ủy cấp trên: ${guestTasks.join('; ')}.`));
  return blocks;
}

/** At most this many members are named on a summary line of the members' tasks; beyond, only the count. */
export const NAMED_MEMBERS_LIMIT = 3;

/** "đồng chí Nguyễn Văn Tuấn", "các đồng chí Nguyễn Văn Tuấn và Trần Thị Hằng". */
const comradesWords = (facts: Facts, ids: readonly string[]): string => {
  const names = ids.map((id) => comrade(facts, id).replace(/^đồng chí /u, ''));
  return names.length === 1 ? `đồng chí ${names[0]}` : `các đồng chí ${joinAnd(names)}`;
};

/**
 * "3 đồng chí cam kết tự sửa (các đồng chí A, B và C), hoàn thành chậm nhất trước ngày 31/12/2026, 1 đồng chí chưa xác định
 * thời hạn": the latest deadline stands for all ("trước ngày" alone when they share one).
 */
function committedWords(facts: Facts, lines: readonly { memberId: string; dueIso: string | null; ongoing: boolean }[]): string {
  const ids = [...new Set(lines.map((l) => l.memberId))];
  const parts = [`${ids.length} đồng chí cam kết tự sửa${ids.length <= NAMED_MEMBERS_LIMIT ? ` (${comradesWords(facts, ids)})` : ''}`];
  const dated = lines.flatMap((l) => (l.dueIso ? [l.dueIso] : [])).sort();
  if (dated.length > 0) {
    const last = dayMonthYear(dated[dated.length - 1]);
    parts.push(dated[0] === dated[dated.length - 1] ? `hoàn thành trước ngày ${last}` : `hoàn thành chậm nhất trước ngày ${last}`);
  }
  const ongoing = new Set(lines.filter((l) => !l.dueIso && l.ongoing).map((l) => l.memberId)).size;
  const undated = new Set(lines.filter((l) => !l.dueIso && !l.ongoing).map((l) => l.memberId)).size;
  if (ongoing > 0) parts.push(dated.length === 0 && undated === 0 ? 'thực hiện thường xuyên' : `${ongoing} đồng chí thực hiện thường xuyên`);
  if (undated > 0) parts.push(dated.length === 0 && ongoing === 0 ? 'chưa xác định thời hạn' : `${undated} đồng chí chưa xác định thời hạn`);
  return parts.join(', ');
}

/**
 * The members' tasks, summarised per indicator with counts (a resolution does not list every
 * member's commitment: those are in the action plan, item by item). A few members are named.
 */
export function nhiemVuDangVien(facts: Facts): Block[] {
  const { record } = facts;
  const blocks: Block[] = [
    para('- Mỗi đồng chí đảng viên nghiêm túc thực hiện cam kết “tự sửa”, ghi rõ việc làm, thời hạn và kết quả cần đạt; báo cáo tiến độ khắc phục tại sinh hoạt chi bộ hằng tháng.'),
  ];
  interface Line { memberId: string; dueIso: string | null; ongoing: boolean }
  const committed = new Map<number | null, Line[]>();
  const add = (no: number | null, line: Line) => committed.set(no, [...(committed.get(no) ?? []), line]);
  for (const c of facts.commitments.filter((x) => x.subject !== COLLECTIVE)) {
    const item = facts.itemsByOrigin.get(originKey(c.subject, c.indicatorNo));
    add(c.indicatorNo, item ? { memberId: c.subject, dueIso: item.deadline, ongoing: /thường xuyên/iu.test(item.note) } : { memberId: c.subject, dueIso: c.dueIso, ongoing: false });
  }
  for (const item of record.actionItems.filter((i) => i.ownerKind === 'member' && !i.origin && i.ownerMemberId)) {
    add(item.indicatorNos[0] ?? null, { memberId: item.ownerMemberId!, dueIso: item.deadline, ongoing: /thường xuyên/iu.test(item.note) });
  }
  // Told about an indicator by peers, not named, no commitment on it: asked to look again.
  const lookAgain = new Map<number, string[]>();
  for (const t of facts.tallies) {
    const ids = t.raisedOnly.filter((id) => !facts.commitments.some((c) => c.subject === id && c.indicatorNo === t.no));
    if (ids.length > 0) lookAgain.set(t.no, ids);
  }
  const nos = [...new Set([...committed.keys(), ...lookAgain.keys()].filter((no): no is number => no !== null))].sort((a, b) => a - b);
  for (const no of nos) {
    const parts: string[] = [];
    const lines = committed.get(no);
    if (lines) parts.push(committedWords(facts, lines));
    const again = lookAgain.get(no);
    if (again) {
      const named = again.length <= NAMED_MEMBERS_LIMIT ? ` (${comradesWords(facts, again)})` : '';
      parts.push(`${again.length} đồng chí được góp ý cần tự soi lại, bổ sung cam kết khắc phục cụ thể${named}`);
    }
    blocks.push(indicatorLine(facts, no, '- Khắc phục ', `: ${parts.join('; ')}.`));
  }
  const other = committed.get(null);
  if (other) blocks.push(para(`- Các nội dung khác: ${committedWords(facts, other)}.`));
  if (nos.length > 0 || other) {
    blocks.push(para('Nội dung, biện pháp và thời hạn khắc phục của từng đồng chí được ghi cụ thể trong kế hoạch khắc phục của chi bộ.'));
  }
  return blocks;
}

// ---- III. Tổ chức thực hiện ----

export function toChucThucHien(facts: Facts): Block[] {
  const { record } = facts;
  const year = record.live.forum.date.slice(0, 4);
  return [
    para('1. Chi ủy xây dựng, ban hành kế hoạch khắc phục hạn chế, khuyết điểm trong thời hạn 15 ngày kể từ ngày ban hành nghị quyết; phân công chi ủy viên theo dõi từng nội dung.'),
    para('2. Các đồng chí đảng viên rà soát, bổ sung bản cam kết “tự sửa” theo nghị quyết, gửi chi ủy để theo dõi.'),
    para('3. Chi ủy thường xuyên kiểm tra, giám sát việc thực hiện cam kết của đảng viên và kế hoạch khắc phục của chi bộ; đánh giá tiến độ tại sinh hoạt chi bộ hằng tháng.'),
    para(`4. Chi ủy báo cáo kết quả thực hiện về ${higherCommittee(record.cell.higherBody)} theo quy định.`),
    para(`5. Chi bộ kiểm điểm kết quả khắc phục tại kỳ sinh hoạt chuyên đề tiếp theo và khi kiểm điểm, đánh giá, xếp loại đảng viên cuối năm ${year}.`),
    para('Nghị quyết này được phổ biến đến toàn thể đảng viên trong chi bộ để thực hiện.'),
  ];
}
