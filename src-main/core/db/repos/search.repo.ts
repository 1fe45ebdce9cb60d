// The search index (migration 2026-11-23-06-search): ranked matches with filters, and the details
// of one page of hits. The index itself is kept current by triggers, so nothing here writes.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { SearchKind } from '../../../contract/search';
import type { Database } from '../schema';

export interface SearchFilters {
  cellId?: string;
  memberId?: string;
  indicatorNo?: number;
  kinds?: readonly SearchKind[];
  from?: string;
  to?: string;
}

export interface SearchDocRow {
  id: number;
  kind: SearchKind;
  ref: string;
  label: string;
  forum_id: string;
  forum_topic: string;
  cell_id: string;
  cell_name: string;
  member_id: string | null;
  member_name: string | null;
  other_member_id: string | null;
  other_member_name: string | null;
  indicator_no: number | null;
  date: string;
  text: string;
}

function whereFilters(match: string, f: SearchFilters): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`search_fts MATCH ${match}`];
  if (f.cellId) parts.push(sql`d.cell_id = ${f.cellId}`);
  if (f.memberId) parts.push(sql`(d.member_id = ${f.memberId} OR d.other_member_id = ${f.memberId})`);
  if (f.indicatorNo !== undefined) parts.push(sql`d.indicator_no = ${f.indicatorNo}`);
  if (f.kinds && f.kinds.length > 0) parts.push(sql`d.kind IN (${sql.join(f.kinds.map((k) => sql`${k}`))})`);
  if (f.from) parts.push(sql`d.date >= ${f.from}`);
  if (f.to) parts.push(sql`d.date <= ${f.to}`);
  return sql.join(parts, sql` AND `);
}

export function createSearchRepo(db: Kysely<Database>) {
  return {
    /** How many entries match, counting no further than cap + 1. */
    count: async (match: string, filters: SearchFilters, cap: number): Promise<number> => {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*) AS n FROM (
          SELECT 1 FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
          WHERE ${whereFilters(match, filters)} LIMIT ${cap + 1})`.execute(db);
      return rows[0]?.n ?? 0;
    },
    /** Ids of one page of matches, best first (FTS5's rank: bm25). */
    rankedIds: async (match: string, filters: SearchFilters, limit: number, offset: number): Promise<number[]> => {
      const { rows } = await sql<{ id: number }>`
        SELECT search_fts.rowid AS id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
        WHERE ${whereFilters(match, filters)}
        ORDER BY rank LIMIT ${limit} OFFSET ${offset}`.execute(db);
      return rows.map((r) => r.id);
    },
    /** The entries with the names the result list shows, in no particular order. */
    details: async (ids: readonly number[]): Promise<SearchDocRow[]> => {
      if (ids.length === 0) return [];
      const { rows } = await sql<SearchDocRow>`
        SELECT d.id, d.kind, d.ref, d.label, d.forum_id, f.topic AS forum_topic, d.cell_id, c.name AS cell_name,
          d.member_id, m.full_name AS member_name, d.other_member_id, o.full_name AS other_member_name,
          d.indicator_no, d.date, d.text
        FROM search_docs d
        JOIN forums f ON f.id = d.forum_id
        JOIN cells c ON c.id = d.cell_id
        LEFT JOIN members m ON m.id = d.member_id
        LEFT JOIN members o ON o.id = d.other_member_id
        WHERE d.id IN (${sql.join(ids.map((id) => sql`${id}`))})`.execute(db);
      return rows;
    },
  };
}
