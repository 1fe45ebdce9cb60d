// Issue 5: one search box over everything said and written at every forum — statements and
// commitments, comments and responses, forum texts, documents (per section) and action items —
// diacritics-insensitive, ranked, with the matched words as ranges (the renderer marks them).
import { z } from 'zod';
import { idOf, integer, isoDate, listOf, object, oneOf, optionalText } from './fields';

export const SEARCH_KINDS = ['statement', 'commitment', 'comment', 'response', 'forum_text', 'document', 'action'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** How many matches are counted at most; beyond it the total says "more than". */
export const SEARCH_COUNT_CAP = 1000;
/** How many matches are ranked at most: the newest ones. Pages reach no further. */
export const SEARCH_RANK_WINDOW = 400;

export const searchQueryInput = object({
  q: optionalText('Từ khoá tìm kiếm', { max: 200 }),
  cellId: idOf('Chi bộ').optional(),
  memberId: idOf('Đảng viên').optional(),
  indicatorNo: integer('Biểu hiện', 1, 99).optional(),
  kinds: listOf(
    'Loại nội dung',
    oneOf('Loại nội dung', SEARCH_KINDS, 'lời tự soi, cam kết, góp ý, tiếp thu/giải trình, ý kiến và kết luận, văn bản, việc khắc phục'),
    SEARCH_KINDS.length,
  ).optional(),
  from: isoDate('Từ ngày').optional(),
  to: isoDate('Đến ngày').optional(),
  limit: integer('Số kết quả mỗi trang', 1, 100).default(20),
  offset: integer('Vị trí bắt đầu', 0, 400).default(0),
}).refine((v) => !v.from || !v.to || v.from <= v.to, {
  message: '«Từ ngày» phải trước hoặc bằng «Đến ngày».',
  path: ['to'],
});
export type SearchQueryInput = z.input<typeof searchQueryInput>;

export const textRange = z.object({ start: z.number(), end: z.number() });

export const searchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  /** Forum text: framing / guest_remarks / collective_review / conclusion; document: "NQ 2. Hạn chế, khuyết điểm"; comment: its target kind; response: tiep_thu / giai_trinh; action: owner kind. */
  label: z.string(),
  forumId: z.string(),
  forumTopic: z.string(),
  forumDate: z.string(),
  cellId: z.string(),
  cellName: z.string(),
  /** Who said or wrote it (the subject of a statement, the commenter, the responder, the owner); null for the collective. */
  memberId: z.string().nullable(),
  memberName: z.string().nullable(),
  /** The other person of a comment or response (its target, or the commenter). */
  otherMemberId: z.string().nullable(),
  otherMemberName: z.string().nullable(),
  indicatorNo: z.number().nullable(),
  /** For navigation: the comment, action item or document the text belongs to. */
  commentId: z.string().nullable(),
  actionItemId: z.string().nullable(),
  documentType: z.enum(['NQ', 'BB', 'KH', 'BC']).nullable(),
  snippet: z.object({ text: z.string(), ranges: z.array(textRange), cutStart: z.boolean(), cutEnd: z.boolean() }),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchResult = z.object({
  hits: z.array(searchHit),
  /** Matches counted up to SEARCH_COUNT_CAP; totalCapped says there are more. Only the newest SEARCH_RANK_WINDOW are ranked and paged. */
  total: z.number(),
  totalCapped: z.boolean(),
  /** How many of them were ranked (the newest, at most SEARCH_RANK_WINDOW): pages reach that far. */
  ranked: z.number(),
  /** A friendly word when the query has nothing to search for (empty, or only punctuation); else null. */
  hint: z.string().nullable(),
});
export type SearchResult = z.infer<typeof searchResult>;
