// The live forum's shapes: what the facilitator's screen sends while the meeting runs, and the one
// state snapshot it reads back (`live.get`). The projector reads a narrower view (`presenter.get`)
// that holds no member's statement unless the facilitator chose to show it.
import { z } from 'zod';
import { idOf, integer, isoDate, listOf, object, oneOf, optionalText, partialText, requiredText } from './fields';
import { forum, indicator } from './schemas';

// ---- Enumerations (see the README glossary) ----
export const FORUM_PHASES = ['chuan_bi', 'khai_mac', 'de_dan', 'tu_soi', 'gop_y', 'y_kien_cap_tren', 'ket_luan'] as const;
export type ForumPhase = (typeof FORUM_PHASES)[number];

export const PRESENCES = ['present', 'absent_excused', 'absent_unexcused'] as const;
export type Presence = (typeof PRESENCES)[number];

/** Who a comment (góp ý) is addressed to. */
export const COMMENT_TARGETS = ['member', 'chi_uy', 'cap_tren'] as const;
export type CommentTarget = (typeof COMMENT_TARGETS)[number];

/** The recipient's answer to a comment: tiếp thu (accepts) or giải trình (explains). */
export const RESPONSE_KINDS = ['tiep_thu', 'giai_trinh'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

/** The editable texts of a forum, each keyed by kind and subject. */
export const TEXT_KINDS = ['framing', 'guest_remarks', 'collective_review', 'conclusion'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

export const QUEUE_STATUSES = ['waiting', 'speaking', 'done'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** The subject of self-mirroring and of a conclusion: a member id, or 'collective' (the chi bộ). */
export const COLLECTIVE = 'collective';
const subjectKey = (label: string) => idOf(label);
const forumId = idOf('Diễn đàn');
/** The version the caller last read; 0 when the caller believes nothing is stored yet. */
const baseVersion = integer('Phiên bản đang sửa', 0, Number.MAX_SAFE_INTEGER);
const indicatorNo = integer('Số biểu hiện', 1, 999);

/** 100 KB is far beyond any spoken statement; the limit stops pasted documents, not people. */
export const STATEMENT_MAX = 20_000;

// ---- Inputs ----
export const byForum = object({ forumId });

export const livePhaseInput = object({ forumId, phase: oneOf('Bước', FORUM_PHASES, 'các bước của buổi sinh hoạt') });

export const quorumRule = object({
  basis: oneOf('Căn cứ tính', ['full_not_exempt', 'full'] as const, 'đảng viên chính thức không miễn sinh hoạt, đảng viên chính thức'),
  numerator: integer('Tử số', 1, 99),
  denominator: integer('Mẫu số', 1, 99),
  strictlyMore: z.boolean({ error: '«Quá (không tính bằng)» phải là đúng hoặc sai.' }),
}, 'Quy định số lượng có mặt').refine((r) => r.numerator <= r.denominator, {
  message: '«Tử số» không được lớn hơn «Mẫu số».',
  path: ['numerator'],
});
export type QuorumRule = z.infer<typeof quorumRule>;

const phaseMinutes = integer('Số phút', 0, 600);
export const phaseBudgets = object(
  Object.fromEntries(FORUM_PHASES.map((p) => [p, phaseMinutes])) as Record<ForumPhase, typeof phaseMinutes>,
  'Thời lượng các bước',
);
export type PhaseBudgets = z.infer<typeof phaseBudgets>;

const settingsFields = {
  meetingMinutes: integer('Thời lượng cuộc họp (phút)', 10, 600),
  speakerSeconds: integer('Thời gian mỗi lượt phát biểu (giây)', 15, 3600),
  /** null: computed from the members and focus indicators. */
  budgets: phaseBudgets.nullable(),
  quorumRule,
};
/** The agenda settings as stored: what `expected` holds and what a CONFLICT carries as `current`. */
export const liveSettingsValues = object(settingsFields, 'Chương trình đã đọc');
export type LiveSettingsValues = z.infer<typeof liveSettingsValues>;

export const liveSettingsInput = object({
  forumId,
  ...settingsFields,
  /**
   * The stored settings this edit started from. When given and the settings were changed since
   * (another window), nothing is written and CONFLICT carries the stored settings. Omitted: the
   * write is unconditional (scripts, imports).
   */
  expected: liveSettingsValues.optional(),
});

const chairMemberId = idOf('Chủ trì').nullable();
const secretaryMemberId = idOf('Thư ký').nullable();
/** Each role given is set (null: none); a role left out stays as it is. */
export const liveRolesInput = object({
  forumId,
  chairMemberId: chairMemberId.optional(),
  secretaryMemberId: secretaryMemberId.optional(),
  /** The roles this choice started from: a role given here that changed since refuses the write (CONFLICT). */
  expected: object({ chairMemberId: chairMemberId.optional(), secretaryMemberId: secretaryMemberId.optional() }, 'Chủ trì và thư ký đã đọc').optional(),
});

const presenceField = oneOf('Có mặt', PRESENCES, 'có mặt, vắng có lý do, vắng không lý do').nullable();
/** A member's roll-call record as stored (presence null: not called yet). */
export const attendanceValues = object({ presence: presenceField, reason: z.string() }, 'Điểm danh đã đọc');
export type AttendanceValues = z.infer<typeof attendanceValues>;

export const attendanceInput = object({
  forumId,
  memberId: idOf('Đảng viên'),
  /** null clears the record (not yet called). */
  presence: presenceField,
  reason: optionalText('Lý do vắng', { max: 300 }),
  /**
   * The record this change started from. When given and the record was changed since (another
   * window), nothing is written and CONFLICT carries the stored record. Omitted: unconditional.
   */
  expected: attendanceValues.optional(),
});

export const reviewOrderInput = object({
  forumId,
  order: listOf('Thứ tự tự soi', subjectKey('Người tự soi'), 500).min(1, '«Thứ tự tự soi» không được để trống.'),
  /** The order this move started from: when the order in effect differs (another window), CONFLICT. */
  expected: listOf('Thứ tự tự soi đã đọc', subjectKey('Người tự soi'), 500).optional(),
});

export const saveTextInput = object({
  forumId,
  kind: oneOf('Loại nội dung', TEXT_KINDS, 'đề dẫn, ý kiến cấp trên, kiểm điểm tập thể, kết luận'),
  /** '' for framing and guest remarks; the group code for a collective review; the subject for a conclusion. */
  subject: z.union([z.literal(''), subjectKey('Đối tượng')]).default(''),
  text: optionalText('Nội dung', { max: STATEMENT_MAX, multiline: true }),
  baseVersion,
});

export const selfReviewInput = object({
  forumId,
  subject: subjectKey('Người tự soi'),
  indicatorNo,
  baseVersion,
  /** Only the fields given are written; the rest stay as stored. */
  assessment: z.string({ error: '«Mức tự đánh giá» phải là văn bản.' }).nullable().optional(),
  statement: partialText('Nội dung tự soi', { max: STATEMENT_MAX, multiline: true }),
  commitment: partialText('Cam kết tự sửa', { max: STATEMENT_MAX, multiline: true }),
  commitmentDue: isoDate('Hạn sửa').nullable().optional(),
});

const commentFields = {
  fromMemberId: idOf('Người góp ý'),
  targetKind: oneOf('Góp ý cho', COMMENT_TARGETS, 'một đồng chí, chi ủy, cấp ủy cấp trên'),
  targetMemberId: idOf('Đồng chí được góp ý').nullable().default(null),
  indicatorNo: indicatorNo.nullable().default(null),
  text: requiredText('Nội dung góp ý', { max: STATEMENT_MAX, multiline: true }),
};
const targetRule = <T extends { targetKind: CommentTarget; targetMemberId: string | null }>(c: T) =>
  (c.targetKind === 'member') === (c.targetMemberId !== null);
const targetRuleError = {
  message: 'Góp ý cho một đồng chí thì phải chọn «Đồng chí được góp ý»; góp ý cho chi ủy hoặc cấp trên thì không chọn.',
  path: ['targetMemberId'],
};
export const commentAddInput = object({ forumId, ...commentFields }).refine(targetRule, targetRuleError);
export const commentUpdateInput = object({ id: idOf('Góp ý'), baseVersion, ...commentFields }).refine(targetRule, targetRuleError);
export const commentRespondInput = object({
  id: idOf('Góp ý'),
  baseVersion,
  /** null withdraws the response. */
  responseKind: oneOf('Hình thức trả lời', RESPONSE_KINDS, 'tiếp thu, giải trình').nullable(),
  responseText: optionalText('Nội dung trả lời', { max: STATEMENT_MAX, multiline: true }),
});
export const byComment = object({ id: idOf('Góp ý') });

export const queueAddInput = object({ forumId, memberId: idOf('Người phát biểu') });
export const queueMoveInput = object({ id: idOf('Lượt phát biểu'), toPosition: integer('Vị trí mới', 0, 10_000) });
export const byQueueEntry = object({ id: idOf('Lượt phát biểu') });

export const timerInput = object({
  forumId,
  action: oneOf('Thao tác đồng hồ', ['start', 'stop', 'reset'] as const, 'bắt đầu, dừng, đặt lại'),
  /** For reset: a new duration; default the forum's speaker time. */
  seconds: integer('Số giây', 15, 3600).optional(),
});

export const presenterSetInput = object({
  forumId,
  subject: subjectKey('Người đang tự soi').nullable(),
  indicatorNo: indicatorNo.nullable(),
  /** Show the subject's statement on this indicator on the projector (off by default). */
  showStatement: z.boolean({ error: '«Chiếu nội dung tự soi» phải là đúng hoặc sai.' }),
});

// ---- Outputs ----
const ts = z.string();

export const scaleLevel = z.object({ code: z.string(), label: z.string(), identifies: z.boolean() });
export type ScaleLevel = z.infer<typeof scaleLevel>;

export const liveMember = z.object({
  id: z.string(),
  fullName: z.string(),
  status: z.enum(['chinh_thuc', 'du_bi']),
  partyRole: z.enum(['bi_thu', 'pho_bi_thu', 'chi_uy_vien', 'dang_vien']),
  exempt: z.boolean(),
  presence: z.enum(PRESENCES).nullable(),
  absenceReason: z.string(),
});
export type LiveMember = z.infer<typeof liveMember>;

export const attendanceCounts = z.object({
  total: z.number(), chinhThuc: z.number(), duBi: z.number(), exempt: z.number(),
  present: z.number(), presentChinhThuc: z.number(), presentDuBi: z.number(),
  absentExcused: z.number(), absentUnexcused: z.number(), unrecorded: z.number(),
});
export type AttendanceCountsDto = z.infer<typeof attendanceCounts>;

export const quorumResult = z.object({
  eligible: z.number(), present: z.number(), required: z.number(), met: z.boolean(), explanation: z.string(),
});

export const forumText = z.object({ kind: z.enum(TEXT_KINDS), subject: z.string(), text: z.string(), version: z.number(), updatedAt: ts });
export type ForumText = z.infer<typeof forumText>;

export const selfReview = z.object({
  subject: z.string(),
  indicatorNo: z.number(),
  assessment: z.string().nullable(),
  statement: z.string(),
  commitment: z.string(),
  commitmentDue: z.string().nullable(),
  updatedAt: ts,
  version: z.number(),
});
export type SelfReview = z.infer<typeof selfReview>;

export const comment = z.object({
  id: z.string(),
  forumId: z.string(),
  fromMemberId: z.string(),
  targetKind: z.enum(COMMENT_TARGETS),
  targetMemberId: z.string().nullable(),
  indicatorNo: z.number().nullable(),
  text: z.string(),
  responseKind: z.enum(RESPONSE_KINDS).nullable(),
  responseText: z.string(),
  createdAt: ts,
  updatedAt: ts,
  version: z.number(),
});
export type Comment = z.infer<typeof comment>;

export const queueEntry = z.object({
  id: z.string(),
  memberId: z.string(),
  position: z.number(),
  status: z.enum(QUEUE_STATUSES),
  addedAt: ts,
  startedAt: ts.nullable(),
  finishedAt: ts.nullable(),
});
export type QueueEntry = z.infer<typeof queueEntry>;

export const timerState = z.object({ durationMs: z.number(), startedAt: ts.nullable(), remainingMs: z.number() });
export type TimerStateDto = z.infer<typeof timerState>;

export const presenterState = z.object({ subject: z.string().nullable(), indicatorNo: z.number().nullable(), showStatement: z.boolean() });

export const mirror = z.object({
  subject: z.string(),
  selfIdentified: z.array(z.number()),
  raisedByPeers: z.array(z.number()),
  raisedNotSelf: z.array(z.number()),
  selfNotRaised: z.array(z.number()),
  commentsReceived: z.number(),
});
export type MirrorDto = z.infer<typeof mirror>;

export const coverage = z.object({
  notYetSpoken: z.array(z.string()),
  indicatorsWithoutStatement: z.array(z.number()),
  membersWithoutComment: z.array(z.string()),
  emptyCells: z.number(),
});

export const phaseTime = z.object({
  phase: z.enum(FORUM_PHASES),
  budgetMinutes: z.number(),
  /** Seconds spent in the phase so far (all visits). */
  usedSeconds: z.number(),
});

export const liveState = z.object({
  forum,
  cellName: z.string(),
  phase: z.enum(FORUM_PHASES),
  settings: z.object({
    meetingMinutes: z.number(),
    speakerSeconds: z.number(),
    budgetsEdited: z.boolean(),
    quorumRule: z.object({ basis: z.enum(['full_not_exempt', 'full']), numerator: z.number(), denominator: z.number(), strictlyMore: z.boolean() }),
  }),
  phaseTimes: z.array(phaseTime),
  /** The assessment scale, as data. */
  scale: z.array(scaleLevel),
  /** The focus indicators, in catalogue order, with their group. */
  indicators: z.array(indicator),
  groups: z.array(z.object({ code: z.string(), title: z.string() })),
  /** Active members of the cell, in Vietnamese name order, with their roll-call record. */
  members: z.array(liveMember),
  counts: attendanceCounts,
  quorum: quorumResult,
  /** Why the facilitator cannot move past khai mạc yet; null when the roll call allows it. */
  rollCallBlocker: z.string().nullable(),
  reviewOrder: z.array(z.string()),
  texts: z.array(forumText),
  selfReviews: z.array(selfReview),
  comments: z.array(comment),
  queue: z.array(queueEntry),
  timer: timerState,
  presenter: presenterState,
  mirrors: z.array(mirror),
  coverage,
  /** The app's starting text for each conclusion, built from the record. */
  conclusionDrafts: z.array(z.object({ subject: z.string(), text: z.string() })),
  serverNow: ts,
});
export type LiveState = z.infer<typeof liveState>;

/** What the projector shows: no statement unless the facilitator chose one. */
export const presenterView = z.object({
  forumId: z.string(),
  cellName: z.string(),
  topic: z.string(),
  phase: z.enum(FORUM_PHASES),
  subjectName: z.string().nullable(),
  /** `official` false: the wording is not confirmed against the printed resolution; the projector says so. */
  indicator: z.object({ no: z.number(), groupCode: z.string(), groupTitle: z.string(), text: z.string(), official: z.boolean() }).nullable(),
  shownStatement: z.object({ subjectName: z.string(), indicatorNo: z.number(), assessmentLabel: z.string().nullable(), statement: z.string() }).nullable(),
  queue: z.array(z.object({ id: z.string(), memberName: z.string(), status: z.enum(QUEUE_STATUSES) })),
  timer: timerState,
  serverNow: ts,
});
export type PresenterView = z.infer<typeof presenterView>;

