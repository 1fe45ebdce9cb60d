// search.query: one box over every forum's record. The query is folded and quoted by the domain
// rules (search-text.ts), matched and ranked by FTS5, and each hit's snippet carries the matched
// words as ranges on the original text, so the renderer marks exactly what the user typed.
import { SEARCH_COUNT_CAP, type SearchHit, type SearchResult } from '../../contract/search';
import type { ParsedInput } from '../../contract';
import { buildMatchExpression, makeSnippet, matchRanges, parseQuery } from '../domain/search-text';
import { createSearchRepo, type SearchDocRow } from '../db/repos/search.repo';
import type { ServiceContext } from './context';

export const SEARCH_HINT_EMPTY = 'Gõ vài từ cần tìm, ví dụ tên một đồng chí hay «hồ sơ tồn đọng». Không cần gõ dấu: «nguyen» cũng tìm thấy «Nguyễn».';
export const SEARCH_HINT_NO_WORDS = 'Từ khoá chỉ có dấu câu hoặc ký hiệu. Hãy gõ ít nhất một chữ hoặc một con số.';

function documentType(row: SearchDocRow): SearchHit['documentType'] {
  if (row.kind !== 'document') return null;
  const type = row.label.slice(0, 2);
  return type === 'NQ' || type === 'BB' || type === 'KH' || type === 'BC' ? type : null;
}

export async function searchForums(ctx: ServiceContext, input: ParsedInput<'search.query'>): Promise<SearchResult> {
  const terms = parseQuery(input.q);
  const match = buildMatchExpression(terms);
  if (match === null) {
    return { hits: [], total: 0, totalCapped: false, hint: input.q.trim() === '' ? SEARCH_HINT_EMPTY : SEARCH_HINT_NO_WORDS };
  }
  const filters = { cellId: input.cellId, memberId: input.memberId, indicatorNo: input.indicatorNo, kinds: input.kinds, from: input.from, to: input.to };
  const repo = createSearchRepo(ctx.db);
  const ids = await repo.rankedIds(match, filters, input.limit, input.offset);
  // A short page is the last one, so the total is known; a full one may have many more behind it:
  // count them, up to the cap.
  const total = ids.length < input.limit ? input.offset + ids.length : await repo.count(match, filters, SEARCH_COUNT_CAP);
  const byId = new Map((await repo.details(ids)).map((r) => [r.id, r]));
  const hits = ids.flatMap((id): SearchHit[] => {
    const row = byId.get(id);
    if (!row) return [];
    const text = row.text;
    return [{
      kind: row.kind,
      label: row.kind === 'document' ? row.label.slice(3) : row.label,
      forumId: row.forum_id,
      forumTopic: row.forum_topic,
      forumDate: row.date,
      cellId: row.cell_id,
      cellName: row.cell_name,
      memberId: row.member_id,
      memberName: row.member_name,
      otherMemberId: row.other_member_id,
      otherMemberName: row.other_member_name,
      indicatorNo: row.indicator_no,
      commentId: row.kind === 'comment' || row.kind === 'response' ? row.ref : null,
      actionItemId: row.kind === 'action' ? row.ref : null,
      documentType: documentType(row),
      snippet: makeSnippet(text, matchRanges(text, terms)),
    }];
  });
  return { hits, total: Math.min(total, SEARCH_COUNT_CAP), totalCapped: total > SEARCH_COUNT_CAP, hint: null };
}
