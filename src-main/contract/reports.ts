// Issue 5: what the cell and its higher committee read between meetings — a member's history
// across forums (indicators self-identified and raised by peers, commitments and how they were
// completed) and the aggregate report (báo cáo tổng hợp) over a date range and a set of cells.
import { z } from 'zod';
import { MEMBER_STATUSES, PARTY_ROLES } from './schemas';
import { idOf, integer, isoDate, listOf, object, oneOf } from './fields';

/** The assessments that count as "self-identified": có nguy cơ, có biểu hiện. */
export const IDENTIFIED_ASSESSMENTS = ['co_nguy_co', 'co_bieu_hien'] as const;

const dateRange = {
  from: isoDate('Từ ngày'),
  to: isoDate('Đến ngày'),
};
const rangeOrder = (v: { from: string; to: string }) => v.from <= v.to;
const rangeOrderError = { message: '«Đến ngày» phải từ «Từ ngày» trở đi.', path: ['to'] };

// ---- Member history ----
export const memberHistoryInput = object({ memberId: idOf('Đảng viên') });

export const historyForum = z.object({
  forumId: z.string(),
  cellId: z.string(),
  date: z.string(),
  topic: z.string(),
  presence: z.enum(['present', 'absent_excused', 'absent_unexcused']).nullable(),
});
export const historyEntry = z.object({
  forumId: z.string(),
  indicatorNo: z.number(),
  /** The member's own assessment when it was có nguy cơ / có biểu hiện; null otherwise. */
  selfAssessment: z.string().nullable(),
  selfStatement: z.string(),
  /** Comments with this indicator addressed to the member at this forum. */
  raised: z.array(z.object({ fromName: z.string(), text: z.string(), responseKind: z.enum(['tiep_thu', 'giai_trinh']).nullable() })),
});
export const historyCommitment = z.object({
  id: z.string(),
  forumId: z.string(),
  forumDate: z.string(),
  indicatorNos: z.array(z.number()),
  shortcoming: z.string(),
  measure: z.string(),
  deadline: z.string().nullable(),
  progress: z.number(),
  completedAt: z.string().nullable(),
  overdue: z.boolean(),
  history: z.array(z.object({ date: z.string(), progress: z.number(), note: z.string() })),
});
export const memberHistory = z.object({
  member: z.object({
    id: z.string(), fullName: z.string(), cellId: z.string(), cellName: z.string(),
    status: z.enum(MEMBER_STATUSES), partyRole: z.enum(PARTY_ROLES), active: z.boolean(),
  }),
  /** Forums of the member's record, oldest first. */
  forums: z.array(historyForum),
  /** The indicators that appear in the record, by number, with their wording. */
  indicators: z.array(z.object({ no: z.number(), groupCode: z.string(), text: z.string() })),
  entries: z.array(historyEntry),
  commitments: z.array(historyCommitment),
  summary: z.object({
    forums: z.number(), attended: z.number(), selfIdentified: z.number(), raised: z.number(),
    commitments: z.number(), completed: z.number(), overdue: z.number(),
  }),
});
export type MemberHistory = z.infer<typeof memberHistory>;

/** The "kết quả khắc phục hạn chế, khuyết điểm kỳ trước" section for the year-end self-review (Mẫu 02A/02B). */
export const memberHistoryExportInput = object({
  memberId: idOf('Đảng viên'),
  /** The year under review; the commitments of that year's forums and those still open from before. */
  year: integer('Năm kiểm điểm', 2000, 2100),
});

// ---- Aggregate report (báo cáo tổng hợp) ----
export const reportInput = object({
  cellIds: listOf('Chi bộ', idOf('Chi bộ'), 1000).min(1, 'Hãy chọn ít nhất một chi bộ.'),
  ...dateRange,
}).refine(rangeOrder, rangeOrderError);

export const REPORT_FORMATS = ['docx', 'xlsx'] as const;
export const reportExportInput = object({
  cellIds: listOf('Chi bộ', idOf('Chi bộ'), 1000).min(1, 'Hãy chọn ít nhất một chi bộ.'),
  ...dateRange,
  format: oneOf('Định dạng', REPORT_FORMATS, 'docx, xlsx'),
}).refine(rangeOrder, rangeOrderError);

const indicatorCounts = {
  /** Forums that chose the indicator (or, for a group, at least one of its indicators) as focus. */
  focusForums: z.number(),
  /** Members' self-reviews assessed có nguy cơ or có biểu hiện. */
  selfIdentified: z.number(),
  /** Comments with the indicator addressed to a member. */
  raised: z.number(),
};
export const reportData = z.object({
  from: z.string(),
  to: z.string(),
  /** The day overdue is judged on (today in Vietnam). */
  asOf: z.string(),
  cells: z.array(z.object({
    id: z.string(), name: z.string(), higherBody: z.string(),
    forums: z.number(), attendedFull: z.number(), attendedProbationary: z.number(),
    selfIdentified: z.number(), raised: z.number(),
    actions: z.number(), completed: z.number(), overdue: z.number(),
  })),
  totals: z.object({
    cells: z.number(), cellsWithForums: z.number(), forums: z.number(), attendedFull: z.number(), attendedProbationary: z.number(),
    selfIdentified: z.number(), raised: z.number(),
  }),
  groups: z.array(z.object({ code: z.string(), title: z.string(), ...indicatorCounts })),
  indicators: z.array(z.object({ no: z.number(), groupCode: z.string(), text: z.string(), ...indicatorCounts })),
  /** Sparse: only the pairs with a count. */
  heatmap: z.array(z.object({ cellId: z.string(), indicatorNo: z.number(), selfIdentified: z.number(), raised: z.number() })),
  /** The indicators most often identified or raised, most first (up to 5). */
  top: z.array(z.object({ no: z.number(), text: z.string(), total: z.number(), selfIdentified: z.number(), raised: z.number() })),
  actions: z.object({ total: z.number(), completed: z.number(), completedOnTime: z.number(), open: z.number(), overdue: z.number() }),
  /** The overdue items, earliest deadline first (up to 100). */
  overdueItems: z.array(z.object({
    id: z.string(), cellName: z.string(), forumDate: z.string(), shortcoming: z.string(), measure: z.string(),
    ownerName: z.string(), deadline: z.string(), progress: z.number(),
  })),
});
export type ReportData = z.infer<typeof reportData>;
