// What the drafts say, worked out once from a forum's record: who was there, who spoke in which
// order, which indicators each subject named in themself or was told about, commitments, comments
// and the chair's texts. Every document builder reads these facts, never the raw record twice.
import { COLLECTIVE, type ActionItem, type Comment, type Indicator, type LiveMember, type ScaleLevel, type SelfReview } from '../../../../contract';
import type { ForumRecord } from '../record';
import { cellTitle } from './text';

/** One member's part in an indicator's tally. */
export interface Identification {
  memberId: string;
  /** The member's own assessment code when they named it; null when only peers raised it. */
  assessment: string | null;
}

/** How an indicator was identified at the forum. */
export interface IndicatorTally {
  no: number;
  /** Members who named it in themself, in review order. */
  self: Identification[];
  /** Members peers raised it about who did not name it themself, in review order. */
  raisedOnly: string[];
  /** The collective's own assessment when it named the indicator in itself; null otherwise. */
  collective: string | null;
  /** Comments to the chi ủy citing it. */
  raisedToChiUy: number;
}

/** A commitment to correct (tự sửa) a subject made on one indicator. */
export interface Commitment {
  subject: string;
  indicatorNo: number;
  text: string;
  dueIso: string | null;
}

export interface Facts {
  record: ForumRecord;
  cellTitle: string;
  members: Map<string, LiveMember>;
  present: LiveMember[];
  chair: LiveMember | null;
  secretary: LiveMember | null;
  /** The bí thư if the cell has one, else the chair. */
  signer: LiveMember | null;
  scale: Map<string, ScaleLevel>;
  indicators: Map<number, Indicator>;
  focus: number[];
  groupTitles: Map<string, string>;
  /** Member subjects in review order who took part: present, or absent with a written self-review. */
  subjects: string[];
  reviews: Map<string, SelfReview[]>;
  commentsTo: Map<string, Comment[]>;
  commentsToChiUy: Comment[];
  commentsToCapTren: Comment[];
  /** Indicators someone named or was told about, in catalogue order. */
  tallies: IndicatorTally[];
  /** Focus indicators nobody named in themself and no comment cited. */
  unidentified: number[];
  /** Focus indicators every present member assessed at a level that does not identify it. */
  clearedByAll: number[];
  commitments: Commitment[];
  /** Action items made from a commitment, by "subject|indicator". */
  itemsByOrigin: Map<string, ActionItem>;
  text: (kind: 'framing' | 'guest_remarks' | 'collective_review' | 'conclusion', subject?: string) => string;
  /** Present members with at least one assessment or statement. */
  presentWhoReviewed: number;
}

export const originKey = (subject: string, indicatorNo: number) => `${subject}|${indicatorNo}`;

/** The level's label as running text: 'Có nguy cơ' → 'có nguy cơ'. */
export function assessmentWords(facts: Facts, code: string | null): string {
  if (code === null) return '';
  const label = facts.scale.get(code)?.label ?? code;
  return label ? label[0].toLocaleLowerCase('vi') + label.slice(1) : label;
}

export const identifies = (facts: Facts, code: string | null): boolean => code !== null && facts.scale.get(code)?.identifies === true;

export function computeFacts(record: ForumRecord): Facts {
  const { live } = record;
  const members = new Map(live.members.map((m) => [m.id, m]));
  const scale = new Map(live.scale.map((l) => [l.code, l]));
  const indicators = new Map(live.indicators.map((i) => [i.no, i]));
  const present = live.members.filter((m) => m.presence === 'present');
  const chair = live.forum.chairMemberId ? members.get(live.forum.chairMemberId) ?? null : null;
  const secretary = live.forum.secretaryMemberId ? members.get(live.forum.secretaryMemberId) ?? null : null;
  const signer = live.members.find((m) => m.partyRole === 'bi_thu') ?? chair;

  const reviews = new Map<string, SelfReview[]>();
  for (const r of [...live.selfReviews].sort((a, b) => a.indicatorNo - b.indicatorNo)) {
    const list = reviews.get(r.subject) ?? [];
    list.push(r);
    reviews.set(r.subject, list);
  }
  const spoke = (subject: string) => (reviews.get(subject) ?? []).some((r) => r.assessment !== null || r.statement.trim() !== '');

  const commentsTo = new Map<string, Comment[]>();
  const commentsToChiUy: Comment[] = [];
  const commentsToCapTren: Comment[] = [];
  for (const c of [...live.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (c.targetKind === 'member' && c.targetMemberId) {
      const list = commentsTo.get(c.targetMemberId) ?? [];
      list.push(c);
      commentsTo.set(c.targetMemberId, list);
    } else if (c.targetKind === 'chi_uy') commentsToChiUy.push(c);
    else commentsToCapTren.push(c);
  }

  const ordered = [...live.reviewOrder, ...live.members.map((m) => m.id).filter((id) => !live.reviewOrder.includes(id))];
  const subjects = ordered.filter((s) => {
    if (s === COLLECTIVE) return false;
    const m = members.get(s);
    return m !== undefined && (m.presence === 'present' || spoke(s) || commentsTo.has(s));
  });
  const rank = new Map(subjects.map((s, i) => [s, i]));

  const facts: Facts = {
    record,
    cellTitle: cellTitle(record.cell.name),
    members, present, chair, secretary, signer, scale, indicators,
    focus: [...live.forum.focus].sort((a, b) => a - b),
    groupTitles: new Map(live.groups.map((g) => [g.code, g.title])),
    subjects, reviews, commentsTo, commentsToChiUy, commentsToCapTren,
    tallies: [], unidentified: [], clearedByAll: [], commitments: [],
    itemsByOrigin: new Map(record.actionItems.flatMap((i) => (i.origin ? [[originKey(i.origin.subject, i.origin.indicatorNo), i] as const] : []))),
    text: (kind, subject = '') => live.texts.find((t) => t.kind === kind && t.subject === subject)?.text.trim() ?? '',
    presentWhoReviewed: present.filter((m) => spoke(m.id)).length,
  };

  // Tallies per indicator.
  const byNo = new Map<number, IndicatorTally>();
  const tally = (no: number) => {
    let t = byNo.get(no);
    if (!t) byNo.set(no, (t = { no, self: [], raisedOnly: [], collective: null, raisedToChiUy: 0 }));
    return t;
  };
  for (const r of live.selfReviews) {
    if (!identifies(facts, r.assessment)) continue;
    if (r.subject === COLLECTIVE) tally(r.indicatorNo).collective = r.assessment;
    else if (members.has(r.subject)) tally(r.indicatorNo).self.push({ memberId: r.subject, assessment: r.assessment });
  }
  for (const c of live.comments) {
    if (c.indicatorNo === null) continue;
    if (c.targetKind === 'chi_uy') tally(c.indicatorNo).raisedToChiUy++;
    if (c.targetKind !== 'member' || !c.targetMemberId || !members.has(c.targetMemberId)) continue;
    const t = tally(c.indicatorNo);
    if (!t.self.some((s) => s.memberId === c.targetMemberId) && !t.raisedOnly.includes(c.targetMemberId)) t.raisedOnly.push(c.targetMemberId);
  }
  const byRank = (a: string, b: string) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9);
  for (const t of byNo.values()) {
    t.self.sort((a, b) => byRank(a.memberId, b.memberId));
    // A member who named it after a peer's comment counts once, as naming it.
    t.raisedOnly = t.raisedOnly.filter((id) => !t.self.some((s) => s.memberId === id)).sort(byRank);
  }
  facts.tallies = [...byNo.values()].sort((a, b) => a.no - b.no);
  const touched = new Set(live.comments.flatMap((c) => (c.indicatorNo === null ? [] : [c.indicatorNo])));
  facts.unidentified = facts.focus.filter((no) => !byNo.has(no) && !touched.has(no));
  const assessed = new Map(live.selfReviews.map((r) => [originKey(r.subject, r.indicatorNo), r.assessment]));
  facts.clearedByAll =
    present.length === 0
      ? []
      : facts.focus.filter((no) =>
          present.every((m) => {
            const a = assessed.get(originKey(m.id, no)) ?? null;
            return a !== null && !identifies(facts, a);
          }),
        );

  const subjectRank = (s: string) => (s === COLLECTIVE ? -1 : rank.get(s) ?? 1e9);
  facts.commitments = live.selfReviews
    .filter((r) => r.commitment.trim() !== '' && (r.subject === COLLECTIVE || members.has(r.subject)))
    .map((r) => ({ subject: r.subject, indicatorNo: r.indicatorNo, text: r.commitment.trim(), dueIso: r.commitmentDue }))
    .sort((a, b) => subjectRank(a.subject) - subjectRank(b.subject) || a.indicatorNo - b.indicatorNo);
  return facts;
}

/** "đồng chí Nguyễn Văn Tuấn" (or the id's stand-in for a member no longer listed). */
export function comrade(facts: Facts, memberId: string | null): string {
  const m = memberId ? facts.members.get(memberId) : undefined;
  return m ? `đồng chí ${m.fullName}` : 'một đồng chí';
}

/** The full name alone, '' if unknown. */
export const nameOf = (facts: Facts, memberId: string | null): string => (memberId ? facts.members.get(memberId)?.fullName ?? '' : '');
