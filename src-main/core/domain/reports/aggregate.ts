// The aggregate report (báo cáo tổng hợp) from grouped counts. The repository does the heavy
// counting in SQL (millions of self-reviews become a few thousand grouped rows); these functions
// only add the groups up, order them and pick the most frequent, so they are tested with literal rows.
import type { ReportData } from '../../../contract/reports';

export interface ReportCellRow { id: string; name: string; higherBody: string }
/** A held forum (not a draft) in the range, with its focus indicators. */
export interface ReportForumRow { id: string; cellId: string; date: string; focus: readonly number[] }
export interface ReportAttendanceRow { cellId: string; status: 'chinh_thuc' | 'du_bi'; count: number }
export interface ReportIndicatorCountRow { cellId: string; indicatorNo: number; count: number }
export interface ReportActionCountRow { cellId: string; total: number; completed: number; completedOnTime: number; overdue: number }
export interface ReportOverdueRow {
  id: string; cellId: string; forumDate: string; shortcoming: string; measure: string;
  ownerKind: 'member' | 'chi_uy' | 'cell'; ownerName: string | null; deadline: string; progress: number;
}
export interface ReportCatalogue {
  groups: readonly { code: string; title: string }[];
  indicators: readonly { no: number; groupCode: string; text: string }[];
}

export interface ReportRows {
  cells: readonly ReportCellRow[];
  forums: readonly ReportForumRow[];
  attendance: readonly ReportAttendanceRow[];
  identified: readonly ReportIndicatorCountRow[];
  raised: readonly ReportIndicatorCountRow[];
  actions: readonly ReportActionCountRow[];
  overdueItems: readonly ReportOverdueRow[];
}

export const TOP_SHORTCOMINGS = 5;
export const OVERDUE_LIST_MAX = 100;

/** Who leads an item, as the plan names them. */
export function ownerLabel(row: Pick<ReportOverdueRow, 'ownerKind' | 'ownerName'>): string {
  if (row.ownerKind === 'chi_uy') return 'Chi ủy';
  if (row.ownerKind === 'cell') return 'Chi bộ';
  return row.ownerName ? `Đồng chí ${row.ownerName}` : 'Đảng viên';
}

const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

export function buildReport(
  rows: ReportRows,
  catalogue: ReportCatalogue,
  range: { from: string; to: string; asOf: string },
  /** Cells are listed by name in Vietnamese alphabetical order (a cell's name is not a person's). */
  compareNames: (a: string, b: string) => number = (a, b) => a.localeCompare(b, 'vi', { numeric: true }),
): ReportData {
  const groupOf = new Map(catalogue.indicators.map((i) => [i.no, i.groupCode]));

  // Per cell.
  const forumsByCell = new Map<string, number>();
  const focusByIndicator = new Map<number, number>();
  const focusByGroup = new Map<string, number>();
  for (const f of rows.forums) {
    add(forumsByCell, f.cellId, 1);
    const distinct = [...new Set(f.focus)];
    for (const no of distinct) focusByIndicator.set(no, (focusByIndicator.get(no) ?? 0) + 1);
    for (const g of new Set(distinct.map((no) => groupOf.get(no)).filter((g): g is string => g !== undefined))) add(focusByGroup, g, 1);
  }
  const full = new Map<string, number>();
  const probationary = new Map<string, number>();
  for (const a of rows.attendance) add(a.status === 'chinh_thuc' ? full : probationary, a.cellId, a.count);

  const selfByCell = new Map<string, number>();
  const raisedByCell = new Map<string, number>();
  const selfByIndicator = new Map<number, number>();
  const raisedByIndicator = new Map<number, number>();
  const heat = new Map<string, { cellId: string; indicatorNo: number; selfIdentified: number; raised: number }>();
  const cellOf = (cellId: string, indicatorNo: number) => {
    const key = `${cellId}|${indicatorNo}`;
    let h = heat.get(key);
    if (!h) heat.set(key, (h = { cellId, indicatorNo, selfIdentified: 0, raised: 0 }));
    return h;
  };
  for (const r of rows.identified) {
    add(selfByCell, r.cellId, r.count);
    selfByIndicator.set(r.indicatorNo, (selfByIndicator.get(r.indicatorNo) ?? 0) + r.count);
    cellOf(r.cellId, r.indicatorNo).selfIdentified += r.count;
  }
  for (const r of rows.raised) {
    add(raisedByCell, r.cellId, r.count);
    raisedByIndicator.set(r.indicatorNo, (raisedByIndicator.get(r.indicatorNo) ?? 0) + r.count);
    cellOf(r.cellId, r.indicatorNo).raised += r.count;
  }
  const actionsByCell = new Map(rows.actions.map((a) => [a.cellId, a]));

  const cells = [...rows.cells]
    .sort((a, b) => compareNames(a.name, b.name) || a.id.localeCompare(b.id))
    .map((c) => {
      const a = actionsByCell.get(c.id);
      return {
        id: c.id, name: c.name, higherBody: c.higherBody,
        forums: forumsByCell.get(c.id) ?? 0,
        attendedFull: full.get(c.id) ?? 0,
        attendedProbationary: probationary.get(c.id) ?? 0,
        selfIdentified: selfByCell.get(c.id) ?? 0,
        raised: raisedByCell.get(c.id) ?? 0,
        actions: a?.total ?? 0, completed: a?.completed ?? 0, overdue: a?.overdue ?? 0,
      };
    });
  const sum = (pick: (c: (typeof cells)[number]) => number) => cells.reduce((s, c) => s + pick(c), 0);

  const indicators = [...catalogue.indicators]
    .sort((a, b) => a.no - b.no)
    .map((i) => ({
      no: i.no, groupCode: i.groupCode, text: i.text,
      focusForums: focusByIndicator.get(i.no) ?? 0,
      selfIdentified: selfByIndicator.get(i.no) ?? 0,
      raised: raisedByIndicator.get(i.no) ?? 0,
    }));
  const groups = catalogue.groups.map((g) => {
    const mine = indicators.filter((i) => i.groupCode === g.code);
    return {
      code: g.code, title: g.title,
      focusForums: focusByGroup.get(g.code) ?? 0,
      selfIdentified: mine.reduce((s, i) => s + i.selfIdentified, 0),
      raised: mine.reduce((s, i) => s + i.raised, 0),
    };
  });

  const top = indicators
    .map((i) => ({ no: i.no, text: i.text, total: i.selfIdentified + i.raised, selfIdentified: i.selfIdentified, raised: i.raised }))
    .filter((i) => i.total > 0)
    .sort((a, b) => b.total - a.total || b.selfIdentified - a.selfIdentified || a.no - b.no)
    .slice(0, TOP_SHORTCOMINGS);

  const total = rows.actions.reduce((s, a) => s + a.total, 0);
  const completed = rows.actions.reduce((s, a) => s + a.completed, 0);
  const cellName = new Map(rows.cells.map((c) => [c.id, c.name]));
  const overdueItems = [...rows.overdueItems]
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.forumDate.localeCompare(b.forumDate) || a.id.localeCompare(b.id))
    .slice(0, OVERDUE_LIST_MAX)
    .map((o) => ({
      id: o.id, cellName: cellName.get(o.cellId) ?? '', forumDate: o.forumDate, shortcoming: o.shortcoming, measure: o.measure,
      ownerName: ownerLabel(o), deadline: o.deadline, progress: o.progress,
    }));

  return {
    from: range.from, to: range.to, asOf: range.asOf,
    cells,
    totals: {
      cells: cells.length,
      cellsWithForums: cells.filter((c) => c.forums > 0).length,
      forums: sum((c) => c.forums),
      attendedFull: sum((c) => c.attendedFull),
      attendedProbationary: sum((c) => c.attendedProbationary),
      selfIdentified: sum((c) => c.selfIdentified),
      raised: sum((c) => c.raised),
    },
    groups,
    indicators,
    heatmap: [...heat.values()].sort((a, b) => a.indicatorNo - b.indicatorNo || a.cellId.localeCompare(b.cellId)),
    top,
    actions: {
      total, completed,
      completedOnTime: rows.actions.reduce((s, a) => s + a.completedOnTime, 0),
      open: total - completed,
      overdue: rows.actions.reduce((s, a) => s + a.overdue, 0),
    },
    overdueItems,
  };
}

/** "45 %" of a part; 0 % of nothing. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
