// Issue 4: the documents drafted from a forum's record (nghị quyết, biên bản, kế hoạch khắc phục,
// báo cáo), the vote, adoption with numbering, amendments, the action plan's items and their
// follow-up, and exports.
import { z } from 'zod';
import { idOf, integer, isoDate, listOf, object, oneOf, optionalText, requiredText } from './fields';

export const DOCUMENT_TYPES = ['NQ', 'BB', 'KH', 'BC'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
const documentType = oneOf('Loại văn bản', DOCUMENT_TYPES, 'nghị quyết (NQ), biên bản (BB), kế hoạch (KH), báo cáo (BC)');

export const DOCUMENT_STATUSES = ['draft', 'adopted'] as const;
export const EXPORT_FORMATS = ['docx', 'html', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ACTION_OWNER_KINDS = ['member', 'chi_uy', 'cell'] as const;
export type ActionOwnerKind = (typeof ACTION_OWNER_KINDS)[number];

const forumId = idOf('Diễn đàn');
const baseVersion = integer('Phiên bản đang sửa', 0, Number.MAX_SAFE_INTEGER);
const TEXT_MAX = 20_000;

// ---- Rich text of a section, as the document model's blocks ----
export const run = object({
  text: z.string({ error: '«Nội dung» phải là văn bản.' }).max(TEXT_MAX, `Một đoạn văn quá dài: tối đa ${TEXT_MAX} ký tự.`).normalize('NFC'),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
}, 'Đoạn chữ');
export const block = z.discriminatedUnion('kind', [
  object({ kind: z.literal('heading'), text: requiredText('Tiêu đề mục', { max: 500 }) }, 'Tiêu đề mục'),
  object({
    kind: z.literal('paragraph'),
    runs: listOf('Đoạn văn', run, 500),
    align: z.enum(['justify', 'center', 'left', 'right']).optional(),
    indent: z.boolean().optional(),
  }, 'Đoạn văn'),
  object({
    kind: z.literal('table'),
    columns: listOf('Cột', object({ title: z.string().max(200), width: z.number().positive(), align: z.enum(['left', 'center', 'right']).optional() }, 'Cột'), 30),
    rows: listOf('Hàng', listOf('Ô', z.string().max(TEXT_MAX).normalize('NFC'), 30), 2000),
  }, 'Bảng'),
], { error: 'Mỗi khối nội dung phải là tiêu đề, đoạn văn hoặc bảng.' });
export type BlockDto = z.infer<typeof block>;

export const documentSection = z.object({
  key: z.string(),
  title: z.string(),
  blocks: z.array(block),
  /** Changed by hand since it was drafted: regenerating another section leaves it as it is. */
  edited: z.boolean(),
});
export type DocumentSection = z.infer<typeof documentSection>;

export const documentVersionSummary = z.object({
  versionNo: z.number(),
  status: z.enum(DOCUMENT_STATUSES),
  /** "Số 01-NQ/CB" once adopted; null while a draft. */
  numberText: z.string().nullable(),
  adoptedAt: z.string().nullable(),
  author: z.string(),
  note: z.string(),
  createdAt: z.string(),
});

export const documentState = z.object({
  forumId: z.string(),
  typeCode: z.enum(DOCUMENT_TYPES),
  /** The version shown and edited: the open draft if there is one, else the latest adopted. */
  current: documentVersionSummary.extend({ sections: z.array(documentSection), version: z.number() }),
  versions: z.array(documentVersionSummary),
  /** A draft can be edited; an adopted version only through an amendment. */
  editable: z.boolean(),
  /** Why adoption is not possible yet (e.g. the vote did not pass); null when it is. */
  adoptBlocker: z.string().nullable(),
});
export type DocumentState = z.infer<typeof documentState>;

// ---- Vote and reservations ----
export const voteRule = object({
  basis: oneOf('Căn cứ tính', ['full_not_exempt', 'full', 'full_present'] as const, 'đảng viên chính thức không miễn sinh hoạt, đảng viên chính thức, đảng viên chính thức có mặt'),
  numerator: integer('Tử số', 1, 99),
  denominator: integer('Mẫu số', 1, 99),
  strictlyMore: z.boolean({ error: '«Quá (không tính bằng)» phải là đúng hoặc sai.' }),
}, 'Quy định biểu quyết');
export const voteInput = object({
  forumId,
  for: integer('Số tán thành', 0, 10_000),
  against: integer('Số không tán thành', 0, 10_000),
  abstain: integer('Số không biểu quyết', 0, 10_000),
  rule: voteRule.optional(),
});
export const voteResult = z.object({
  forumId: z.string(),
  for: z.number(),
  against: z.number(),
  abstain: z.number(),
  rule: z.object({ basis: z.enum(['full_not_exempt', 'full', 'full_present']), numerator: z.number(), denominator: z.number(), strictlyMore: z.boolean() }),
  eligibleVoters: z.number(),
  basis: z.number(),
  required: z.number(),
  passed: z.boolean(),
  percentFor: z.number(),
  explanation: z.string(),
  recordedAt: z.string(),
});
export type VoteResult = z.infer<typeof voteResult>;

export const reservationInput = object({ forumId, memberId: idOf('Đảng viên'), text: requiredText('Ý kiến bảo lưu', { max: TEXT_MAX, multiline: true }) });
export const reservation = z.object({ id: z.string(), forumId: z.string(), memberId: z.string(), text: z.string(), createdAt: z.string() });

// ---- Documents ----
export const byDocument = object({ forumId, typeCode: documentType });
export const saveSectionInput = object({ forumId, typeCode: documentType, key: requiredText('Mục', { max: 64 }), blocks: listOf('Nội dung mục', block, 2000), baseVersion });
export const regenerateSectionInput = object({ forumId, typeCode: documentType, key: requiredText('Mục', { max: 64 }), baseVersion });
export const amendInput = object({
  forumId, typeCode: documentType,
  author: requiredText('Người sửa đổi', { max: 120 }),
  note: requiredText('Lý do sửa đổi', { max: 1000, multiline: true }),
});
export const exportInput = object({
  forumId, typeCode: documentType,
  format: oneOf('Định dạng', EXPORT_FORMATS, 'docx, html (bản in), xlsx'),
  /** A version number; default the current one. */
  versionNo: integer('Phiên bản', 1, 10_000).optional(),
});
export const exportedFile = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), draft: z.boolean() });

// ---- Action plan items (kế hoạch khắc phục) and follow-up ----
const actionFields = {
  shortcoming: requiredText('Hạn chế, khuyết điểm', { max: 2000, multiline: true }),
  indicatorNos: listOf('Biểu hiện liên quan', integer('Số biểu hiện', 1, 999), 30).default([]),
  cause: optionalText('Nguyên nhân', { max: 2000, multiline: true }),
  measure: requiredText('Nội dung, giải pháp khắc phục', { max: 2000, multiline: true }),
  ownerKind: oneOf('Chủ trì', ACTION_OWNER_KINDS, 'một đồng chí, chi ủy, chi bộ'),
  ownerMemberId: idOf('Đồng chí chủ trì').nullable().default(null),
  supporting: optionalText('Phối hợp', { max: 500 }),
  deadline: isoDate('Thời hạn').nullable().default(null),
  expectedResult: optionalText('Kết quả cần đạt', { max: 2000, multiline: true }),
  monitor: optionalText('Người theo dõi', { max: 200 }),
  note: optionalText('Ghi chú', { max: 1000, multiline: true }),
};
const ownerRule = <T extends { ownerKind: ActionOwnerKind; ownerMemberId: string | null }>(a: T) => (a.ownerKind === 'member') === (a.ownerMemberId !== null);
const ownerRuleError = { message: 'Chủ trì là một đồng chí thì phải chọn «Đồng chí chủ trì»; chủ trì là chi ủy hoặc chi bộ thì không chọn.', path: ['ownerMemberId'] };
export const actionCreateInput = object({ forumId, ...actionFields }).refine(ownerRule, ownerRuleError);
export const actionUpdateInput = object({ id: idOf('Việc khắc phục'), baseVersion, ...actionFields }).refine(ownerRule, ownerRuleError);
export const actionProgressInput = object({
  id: idOf('Việc khắc phục'),
  date: isoDate('Ngày cập nhật'),
  progress: integer('Tiến độ (%)', 0, 100),
  note: optionalText('Ghi chú tiến độ', { max: 2000, multiline: true }),
  /** The forum where the progress was reviewed, if any. */
  forumId: idOf('Diễn đàn').nullable().default(null),
});
export const actionListInput = object({
  cellId: idOf('Chi bộ'),
  forumId: idOf('Diễn đàn').optional(),
  only: oneOf('Lọc', ['all', 'open', 'overdue'] as const, 'tất cả, chưa xong, quá hạn').default('all'),
});

export const actionProgressEntry = z.object({ id: z.string(), date: z.string(), progress: z.number(), note: z.string(), forumId: z.string().nullable(), createdAt: z.string() });
export const actionItem = z.object({
  id: z.string(),
  cellId: z.string(),
  forumId: z.string(),
  /** The self-review commitment it came from, if any. */
  origin: z.object({ subject: z.string(), indicatorNo: z.number() }).nullable(),
  shortcoming: z.string(),
  indicatorNos: z.array(z.number()),
  cause: z.string(),
  measure: z.string(),
  ownerKind: z.enum(ACTION_OWNER_KINDS),
  ownerMemberId: z.string().nullable(),
  ownerName: z.string(),
  supporting: z.string(),
  deadline: z.string().nullable(),
  expectedResult: z.string(),
  monitor: z.string(),
  note: z.string(),
  progress: z.number(),
  completedAt: z.string().nullable(),
  overdue: z.boolean(),
  history: z.array(actionProgressEntry),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type ActionItem = z.infer<typeof actionItem>;
