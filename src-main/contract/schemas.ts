// The shapes that cross the contract: inputs validated at the door, outputs as plain JSON.
import { z } from 'zod';
import {
  boolean, clockTime, idOf, integer, isoDate, listOf, object, oneOf, optionalText, requiredText,
} from './fields';

// ---- Enumerations (identifiers map one to one to the Party terms; see the README glossary) ----
export const MEMBER_STATUSES = ['chinh_thuc', 'du_bi'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const PARTY_ROLES = ['bi_thu', 'pho_bi_thu', 'chi_uy_vien', 'dang_vien'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** How sure we are of an item's wording; `user_edited` is wording a user typed in. */
export const VERIFICATION_LEVELS = ['verbatim', 'near_verbatim', 'partial', 'gist_only', 'user_edited'] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];

export const FORUM_STATUSES = ['draft', 'in_progress', 'closed'] as const;
export type ForumStatus = (typeof FORUM_STATUSES)[number];

const isoTimestamp = z.string();
const version = integer('Phiên bản', 1, Number.MAX_SAFE_INTEGER);

// ---- Chi bộ (cell) ----
export const cellFields = {
  name: requiredText('Tên chi bộ', { max: 200 }),
  higherBody: requiredText('Đảng bộ cấp trên', { max: 200 }),
  placeName: requiredText('Địa danh', { max: 100 }),
  termStartYear: integer('Năm bắt đầu nhiệm kỳ', 1930, 2100),
  termEndYear: integer('Năm kết thúc nhiệm kỳ', 1930, 2100),
};
const termOrder = <T extends { termStartYear: number; termEndYear: number }>(v: T) =>
  v.termEndYear > v.termStartYear;
const termOrderError = { message: '«Năm kết thúc nhiệm kỳ» phải sau năm bắt đầu.', path: ['termEndYear'] };

export const cellCreateInput = object(cellFields).refine(termOrder, termOrderError);
export const cellUpdateInput = object({ id: idOf('Chi bộ'), version, ...cellFields }).refine(termOrder, termOrderError);

export const memberCounts = z.object({
  total: z.number(), // active members, exempt included
  chinhThuc: z.number(),
  duBi: z.number(),
  exempt: z.number(),
  left: z.number(),
});
export type MemberCounts = z.infer<typeof memberCounts>;

export const cell = z.object({
  id: z.string(),
  name: z.string(),
  higherBody: z.string(),
  placeName: z.string(),
  termStartYear: z.number(),
  termEndYear: z.number(),
  isSample: z.boolean(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  version: z.number(),
  memberCounts,
});
export type Cell = z.infer<typeof cell>;

// ---- Đảng viên (member) ----
export const memberFields = {
  fullName: requiredText('Họ và tên', { max: 120 }),
  birthYear: integer('Năm sinh', 1900, 2100).nullable().default(null),
  status: oneOf('Loại đảng viên', MEMBER_STATUSES, 'chính thức, dự bị'),
  partyRole: oneOf('Chức vụ Đảng', PARTY_ROLES, 'bí thư, phó bí thư, chi ủy viên, đảng viên'),
  otherPositions: optionalText('Chức vụ khác', { max: 300 }),
  exempt: boolean('Miễn sinh hoạt').default(false),
  active: boolean('Đang sinh hoạt').default(true),
};
export const memberCreateInput = object({ cellId: idOf('Chi bộ'), ...memberFields });
export const memberUpdateInput = object({ id: idOf('Đảng viên'), version, ...memberFields });

export const member = z.object({
  id: z.string(),
  cellId: z.string(),
  fullName: z.string(),
  birthYear: z.number().nullable(),
  status: z.enum(MEMBER_STATUSES),
  partyRole: z.enum(PARTY_ROLES),
  otherPositions: z.string(),
  exempt: z.boolean(),
  active: z.boolean(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  version: z.number(),
});
export type Member = z.infer<typeof member>;

// ---- Danh mục biểu hiện (indicator catalogue), versioned ----
export const indicator = z.object({
  no: z.number(),
  groupCode: z.string(),
  text: z.string(),
  verification: z.enum(VERIFICATION_LEVELS),
  /** When a user confirmed the wording against the printed resolution; null if never. */
  confirmedAt: isoTimestamp.nullable(),
  /** True only for wording seen verbatim or confirmed by a user: the only wording shown as official. */
  official: z.boolean(),
});
export type Indicator = z.infer<typeof indicator>;

export const indicatorGroup = z.object({
  code: z.string(),
  title: z.string(),
  indicators: z.array(indicator),
});
export type IndicatorGroup = z.infer<typeof indicatorGroup>;

export const catalogueSummary = z.object({
  id: z.string(),
  code: z.string(),
  version: z.number(),
  title: z.string(),
  source: z.string(),
  note: z.string(),
  createdAt: isoTimestamp,
  isLatest: z.boolean(),
  indicatorCount: z.number(),
  officialCount: z.number(),
  forumCount: z.number(),
});
export type CatalogueSummary = z.infer<typeof catalogueSummary>;

export const catalogue = catalogueSummary.extend({ groups: z.array(indicatorGroup) });
export type Catalogue = z.infer<typeof catalogue>;

export const catalogueReviseInput = object({
  catalogueId: idOf('Danh mục'),
  note: optionalText('Ghi chú sửa đổi', { max: 500 }),
  changes: listOf(
    'Các sửa đổi',
    object({
      no: integer('Số thứ tự biểu hiện', 1, 999),
      text: requiredText('Nội dung biểu hiện', { max: 2000, multiline: true }),
      confirmed: boolean('Đã đối chiếu bản in'),
    }, 'Sửa đổi biểu hiện'),
    200,
  ).min(1, '«Các sửa đổi» phải có ít nhất một biểu hiện.'),
});

// ---- Diễn đàn (forum) ----
export const guest = object({
  name: requiredText('Họ tên khách mời', { max: 120 }),
  position: optionalText('Chức vụ khách mời', { max: 200 }),
}, 'Khách mời');
export type Guest = z.infer<typeof guest>;

export const forumFields = {
  topic: requiredText('Chủ đề', { max: 500 }),
  date: isoDate('Ngày họp'),
  startTime: clockTime('Giờ bắt đầu'),
  place: optionalText('Địa điểm', { max: 300 }),
  basisDocuments: listOf('Căn cứ', requiredText('Văn bản căn cứ', { max: 500 }), 30).default([]),
  chairMemberId: idOf('Chủ trì').nullable().default(null),
  secretaryMemberId: idOf('Thư ký').nullable().default(null),
  guests: listOf('Khách mời cấp trên', guest, 20).default([]),
  /** Indicator numbers of the catalogue version the forum uses; default all. */
  focus: listOf('Biểu hiện trọng tâm', integer('Số biểu hiện', 1, 999), 200)
    .min(1, '«Biểu hiện trọng tâm» phải có ít nhất một biểu hiện; hãy chọn nhóm hoặc biểu hiện.')
    .optional(),
};
export const forumCreateInput = object({ cellId: idOf('Chi bộ'), ...forumFields });
export const forumUpdateInput = object({ id: idOf('Diễn đàn'), version, ...forumFields });

export const forumSummary = z.object({
  id: z.string(),
  cellId: z.string(),
  topic: z.string(),
  date: z.string(),
  startTime: z.string(),
  status: z.enum(FORUM_STATUSES),
  focusCount: z.number(),
});
export type ForumSummary = z.infer<typeof forumSummary>;

export const forum = forumSummary.extend({
  catalogueId: z.string(),
  place: z.string(),
  basisDocuments: z.array(z.string()),
  chairMemberId: z.string().nullable(),
  secretaryMemberId: z.string().nullable(),
  guests: z.array(z.object({ name: z.string(), position: z.string() })),
  focus: z.array(z.number()),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  version: z.number(),
});
export type Forum = z.infer<typeof forum>;

export const byId = (label: string) => object({ id: idOf(label) });
export const byCell = object({ cellId: idOf('Chi bộ') });
export const noInput = object({});
