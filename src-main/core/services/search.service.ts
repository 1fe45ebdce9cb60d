// search.query: one box over every forum's record. The query is folded and quoted by the domain
// rules (search-text.ts), matched and ranked by FTS5, and each hit's snippet carries the matched
// words as ranges on the original text, so the renderer marks exactly what the user typed.
import { SEARCH_COUNT_CAP, SEARCH_RANK_WINDOW, type SearchHit, type SearchResult } from '../../contract/search';
import type { ParsedInput } from '../../contract';
import { buildMatchExpression, makeSnippet, matchRanges, parseQuery, rankBm25, type QueryTerm } from '../domain/search-text';
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
    return { hits: [], total: 0, totalCapped: false, ranked: 0, hint: input.q.trim() === '' ? SEARCH_HINT_EMPTY : SEARCH_HINT_NO_WORDS };
  }
  const filters = { cellId: input.cellId, memberId: input.memberId, indicatorNo: input.indicatorNo, kinds: input.kinds, from: input.from, to: input.to };
  const repo = createSearchRepo(ctx.db);
  // The newest SEARCH_RANK_WINDOW matches are ranked; a word found in more texts than that (a common
  // one, with no filter) is ranked among its most recent uses, which is what a cell looks for first.
  const candidates = await repo.candidates(match, filters, SEARCH_RANK_WINDOW);
  const matched = candidates.length < SEARCH_RANK_WINDOW ? candidates.length : await repo.count(match, filters, SEARCH_COUNT_CAP);
  const counts = new Map<string, number>();
  for (const term of terms) {
    for (const word of term.words) if (!counts.has(word)) counts.set(word, await repo.documentCount(word));
  }
  const total = candidates.length < SEARCH_RANK_WINDOW ? candidates.length : await repo.total();
  // A phrase is as rare as its rarest word; a prefix as common as the word itself, or as what was found.
  const documentCount = (term: QueryTerm) =>
    Math.max(Math.min(...term.words.map((w) => counts.get(w) ?? 0)), term.prefix ? candidates.length : 0);
  const ranked = rankBm25(candidates, terms, documentCount, Math.max(total, candidates.length, 1));
  const page = ranked.slice(input.offset, input.offset + input.limit);
  const byId = new Map((await repo.details(page.map((c) => c.id))).map((r) => [r.id, r]));
  const hits = page.flatMap(({ id }): SearchHit[] => {
    const row = byId.get(id);
    if (!row) return [];
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
      snippet: makeSnippet(row.text, matchRanges(row.text, terms)),
    }];
  });
  return { hits, total: Math.min(matched, SEARCH_COUNT_CAP), totalCapped: matched > SEARCH_COUNT_CAP, ranked: candidates.length, hint: null };
}
