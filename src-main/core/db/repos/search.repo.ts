// The search index (migration 2026-11-23-06-search): matching candidates with filters, word counts
// for ranking, and the details of one page of hits. Triggers keep the index current: nothing here writes.
import { sql, type Kysely } from 'kysely';
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

export interface SearchCandidate {
  id: number;
  text: string;
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

// Years a date range spans, when few enough to name them as filter tokens.
function yearsOf(from: string | undefined, to: string | undefined): number[] | null {
  if (!to) return null; // open-ended towards today: the newest-first scan meets those texts first anyway
  const first = from ? Number(from.slice(0, 4)) : 1990;
  const last = Number(to.slice(0, 4));
  if (last - first > 60) return null;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * The text expression AND the filters as `tags` terms (see the migration): FTS5 intersects them
 * itself. Ids are [A-Za-z0-9_-] (the contract checks), so quoting them is safe.
 */
export function withFilterTerms(match: string, f: SearchFilters): string {
  const parts = [match];
  // As the migration writes them: ids without hyphens.
  const tagId = (id: string) => id.replace(/-/g, '');
  if (f.cellId) parts.push(`tags : "c${tagId(f.cellId)}"`);
  if (f.memberId) parts.push(`tags : "m${tagId(f.memberId)}"`);
  if (f.indicatorNo !== undefined) parts.push(`tags : "i${f.indicatorNo}"`);
  if (f.kinds && f.kinds.length > 0) parts.push(`tags : (${f.kinds.map((k) => `"k${k}"`).join(' OR ')})`);
  const years = yearsOf(f.from, f.to);
  if (years) parts.push(`tags : (${years.map((y) => `"y${y}"`).join(' OR ')})`);
  return parts.join(' AND ');
}

// Word counts change slowly and only weigh words against each other: remembered for a while per
// database, so typing a query does not count "đồng chí" across the whole index at every key.
const COUNT_TTL_MS = 10 * 60_000;
const countCaches = new WeakMap<object, Map<string, { n: number; at: number }>>();

export function createSearchRepo(db: Kysely<Database>) {
  let cache = countCaches.get(db);
  if (!cache) countCaches.set(db, (cache = new Map()));
  const counts = cache;
  return {
    /** Up to `limit` matching texts, newest first (FTS5 walks its index backwards and stops there). */
    candidates: async (match: string, filters: SearchFilters, limit: number): Promise<SearchCandidate[]> => {
      const expression = withFilterTerms(match, filters);
      const { rows } = await sql<SearchCandidate>`
        SELECT d.id, d.text FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
        WHERE search_fts MATCH ${expression}
          ${filters.from ? sql`AND d.date >= ${filters.from}` : sql``}
          ${filters.to ? sql`AND d.date <= ${filters.to}` : sql``}
        ORDER BY search_fts.rowid DESC LIMIT ${limit}`.execute(db);
      return rows;
    },
    /** How many texts match, counting no further than cap + 1 (ids only: cheap even for a common word). */
    count: async (match: string, filters: SearchFilters, cap: number): Promise<number> => {
      const expression = withFilterTerms(match, filters);
      const dated = Boolean(filters.from || filters.to);
      const { rows } = await sql<{ n: number }>`
        SELECT count(*) AS n FROM (
          SELECT search_fts.rowid FROM search_fts ${dated ? sql`JOIN search_docs d ON d.id = search_fts.rowid` : sql``}
          WHERE search_fts MATCH ${expression}
            ${filters.from ? sql`AND d.date >= ${filters.from}` : sql``}
            ${filters.to ? sql`AND d.date <= ${filters.to}` : sql``}
          LIMIT ${cap + 1})`.execute(db);
      return rows[0]?.n ?? 0;
    },
    /** How many texts hold this folded word (one word of the text column). */
    documentCount: async (word: string): Promise<number> => {
      const hit = counts.get(word);
      const now = Date.now();
      if (hit && now - hit.at < COUNT_TTL_MS) return hit.n;
      const { rows } = await sql<{ n: number }>`SELECT doc AS n FROM search_vocab WHERE term = ${word} AND col = 'body'`.execute(db);
      const n = rows[0]?.n ?? 0;
      if (counts.size > 5000) counts.clear();
      counts.set(word, { n, at: now });
      return n;
    },
    /** About how many texts there are (ids only grow; deletions are few). */
    total: async (): Promise<number> => {
      const { rows } = await sql<{ n: number | null }>`SELECT max(id) AS n FROM search_docs`.execute(db);
      return rows[0]?.n ?? 0;
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
