// A member's history across forums: the indicators they self-identified and those peers raised,
// forum by forum, and their commitments with how they were completed. Pure: the repository hands
// over plain rows, the clock arrives as the day overdue is judged on.
import type { MemberHistory } from '../../../contract/reports';

export interface HistoryRows {
  member: MemberHistory['member'];
  forums: readonly MemberHistory['forums'][number][];
  identified: readonly { forumId: string; indicatorNo: number; assessment: string; statement: string }[];
  raised: readonly { forumId: string; indicatorNo: number; fromName: string; text: string; responseKind: 'tiep_thu' | 'giai_trinh' | null; createdAt: string }[];
  commitments: readonly {
    id: string; forumId: string; forumDate: string; indicatorNos: readonly number[]; shortcoming: string; measure: string;
    deadline: string | null; progress: number; completedAt: string | null;
  }[];
  progress: readonly { itemId: string; date: string; progress: number; note: string }[];
  catalogue: readonly { no: number; groupCode: string; text: string }[];
}

export function buildMemberHistory(rows: HistoryRows, today: string): MemberHistory {
  const forums = [...rows.forums].sort((a, b) => a.date.localeCompare(b.date) || a.forumId.localeCompare(b.forumId));
  const known = new Set(forums.map((f) => f.forumId));

  const entries = new Map<string, MemberHistory['entries'][number]>();
  const entry = (forumId: string, indicatorNo: number) => {
    const key = `${forumId}|${indicatorNo}`;
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { forumId, indicatorNo, selfAssessment: null, selfStatement: '', raised: [] }));
    return e;
  };
  for (const r of rows.identified) {
    if (!known.has(r.forumId)) continue;
    const e = entry(r.forumId, r.indicatorNo);
    e.selfAssessment = r.assessment;
    e.selfStatement = r.statement;
  }
  for (const r of [...rows.raised].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (!known.has(r.forumId)) continue;
    entry(r.forumId, r.indicatorNo).raised.push({ fromName: r.fromName, text: r.text, responseKind: r.responseKind });
  }
  const order = new Map(forums.map((f, i) => [f.forumId, i]));
  const sortedEntries = [...entries.values()].sort(
    (a, b) => (order.get(a.forumId) ?? 0) - (order.get(b.forumId) ?? 0) || a.indicatorNo - b.indicatorNo,
  );

  const progressByItem = new Map<string, { date: string; progress: number; note: string }[]>();
  for (const p of rows.progress) {
    const list = progressByItem.get(p.itemId) ?? [];
    list.push({ date: p.date, progress: p.progress, note: p.note });
    progressByItem.set(p.itemId, list);
  }
  const commitments = [...rows.commitments]
    .sort((a, b) => a.forumDate.localeCompare(b.forumDate) || (a.indicatorNos[0] ?? 0) - (b.indicatorNos[0] ?? 0) || a.id.localeCompare(b.id))
    .map((c) => ({
      id: c.id, forumId: c.forumId, forumDate: c.forumDate, indicatorNos: [...c.indicatorNos], shortcoming: c.shortcoming,
      measure: c.measure, deadline: c.deadline, progress: c.progress, completedAt: c.completedAt,
      overdue: isOverdue(c, today),
      history: (progressByItem.get(c.id) ?? []).sort((a, b) => a.date.localeCompare(b.date)),
    }));

  const used = new Set(sortedEntries.map((e) => e.indicatorNo));
  for (const c of commitments) for (const no of c.indicatorNos) used.add(no);
  const indicators = rows.catalogue.filter((i) => used.has(i.no)).sort((a, b) => a.no - b.no).map((i) => ({ no: i.no, groupCode: i.groupCode, text: i.text }));

  return {
    member: rows.member,
    forums,
    indicators,
    entries: sortedEntries,
    commitments,
    summary: {
      forums: forums.length,
      attended: forums.filter((f) => f.presence === 'present').length,
      selfIdentified: sortedEntries.filter((e) => e.selfAssessment !== null).length,
      raised: sortedEntries.reduce((s, e) => s + e.raised.length, 0),
      commitments: commitments.length,
      completed: commitments.filter((c) => c.completedAt !== null).length,
      overdue: commitments.filter((c) => c.overdue).length,
    },
  };
}

export function isOverdue(item: { completedAt: string | null; deadline: string | null }, today: string): boolean {
  return item.completedAt === null && item.deadline !== null && item.deadline < today;
}

/**
 * The commitments the year-end self-review of `year` reports on: those made at that year's forums,
 * and those made earlier that were still open at the start of the year.
 */
export function commitmentsForYear<T extends { forumDate: string; completedAt: string | null }>(commitments: readonly T[], year: number): T[] {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return commitments.filter(
    (c) => c.forumDate <= end && (c.forumDate >= start || c.completedAt === null || c.completedAt.slice(0, 10) >= start),
  );
}
