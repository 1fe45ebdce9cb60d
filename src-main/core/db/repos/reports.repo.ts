// The SQL of issue 5's reading side: grouped counts for the aggregate report and a member's record
// across forums. The report counts in SQL (a 200-cell, 8-year database holds millions of
// self-reviews) and hands the domain a few thousand grouped rows; the partial indexes of migration
// 2026-11-23-09 match the WHERE clauses here word for word, so keep them in step.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema';
import type {
  ReportActionCountRow, ReportAttendanceRow, ReportCellRow, ReportForumRow, ReportIndicatorCountRow, ReportOverdueRow,
} from '../../domain/reports/aggregate';

interface Range { cellIds: readonly string[]; from: string; to: string }

/** The held forums (not drafts) of the chosen cells in the range, as a CTE body. */
const forumsIn = (r: Range): RawBuilder<unknown> =>
  sql`SELECT id, cell_id FROM forums
      WHERE cell_id IN (${sql.join(r.cellIds)}) AND date >= ${r.from} AND date <= ${r.to} AND status <> 'draft'`;

export function createReportsRepo(db: Kysely<Database>) {
  return {
    cells: async (cellIds: readonly string[]) =>
      db.selectFrom('cells').select(['id', 'name', 'higher_body', 'place_name']).where('id', 'in', [...cellIds]).execute(),

    forums: async (r: Range): Promise<ReportForumRow[]> => {
      const rows = await sql<{ id: string; cell_id: string; date: string; focus: string }>`
        SELECT id, cell_id, date, focus FROM forums
        WHERE cell_id IN (${sql.join(r.cellIds)}) AND date >= ${r.from} AND date <= ${r.to} AND status <> 'draft'`.execute(db);
      return rows.rows.map((f) => ({ id: f.id, cellId: f.cell_id, date: f.date, focus: parseNumbers(f.focus) }));
    },

    /**
     * Present members per cell and status. All present members are counted from the roll calls by
     * forum; the probationary ones (a minority) from the members' side, so no row-by-row lookup of
     * each attendee's status is needed. Status is the member's current one.
     */
    attendance: async (r: Range): Promise<ReportAttendanceRow[]> => {
      const all = await sql<{ cellId: string; count: number }>`
        WITH f AS (${forumsIn(r)})
        SELECT f.cell_id AS cellId, count(*) AS count
        FROM f JOIN attendance a ON a.forum_id = f.id
        WHERE a.presence = 'present'
        GROUP BY f.cell_id`.execute(db);
      const probationary = await sql<{ cellId: string; count: number }>`
        SELECT fo.cell_id AS cellId, count(*) AS count
        FROM members m CROSS JOIN attendance a ON a.member_id = m.id CROSS JOIN forums fo ON fo.id = a.forum_id
        WHERE m.status = 'du_bi' AND a.presence = 'present'
          AND fo.cell_id IN (${sql.join(r.cellIds)}) AND fo.date >= ${r.from} AND fo.date <= ${r.to} AND fo.status <> 'draft'
        GROUP BY fo.cell_id`.execute(db);
      const du = new Map(probationary.rows.map((p) => [p.cellId, p.count]));
      return all.rows.flatMap((a) => [
        { cellId: a.cellId, status: 'chinh_thuc' as const, count: a.count - (du.get(a.cellId) ?? 0) },
        ...(du.has(a.cellId) ? [{ cellId: a.cellId, status: 'du_bi' as const, count: du.get(a.cellId)! }] : []),
      ]);
    },

    /** Members' self-reviews assessed có nguy cơ / có biểu hiện, per cell and indicator. */
    identified: async (r: Range): Promise<ReportIndicatorCountRow[]> => {
      const rows = await sql<ReportIndicatorCountRow>`
        WITH f AS (${forumsIn(r)})
        SELECT f.cell_id AS cellId, s.indicator_no AS indicatorNo, count(*) AS count
        FROM f JOIN self_reviews s ON s.forum_id = f.id
        WHERE s.subject_member_id IS NOT NULL AND s.assessment IN ('co_nguy_co', 'co_bieu_hien')
        GROUP BY f.cell_id, s.indicator_no`.execute(db);
      return rows.rows;
    },

    /** Comments with an indicator addressed to a member, per cell and indicator. */
    raised: async (r: Range): Promise<ReportIndicatorCountRow[]> => {
      const rows = await sql<ReportIndicatorCountRow>`
        WITH f AS (${forumsIn(r)})
        SELECT f.cell_id AS cellId, c.indicator_no AS indicatorNo, count(*) AS count
        FROM f JOIN comments c ON c.forum_id = f.id
        WHERE c.target_member_id IS NOT NULL AND c.indicator_no IS NOT NULL
        GROUP BY f.cell_id, c.indicator_no`.execute(db);
      return rows.rows;
    },

    /** The action plans of those forums: items, completed (on time), overdue on `today`. */
    actions: async (r: Range, today: string): Promise<ReportActionCountRow[]> => {
      const rows = await sql<ReportActionCountRow>`
        WITH f AS (${forumsIn(r)})
        SELECT f.cell_id AS cellId, count(*) AS total,
          sum(i.completed_at IS NOT NULL) AS completed,
          sum(i.completed_at IS NOT NULL AND (i.deadline IS NULL OR substr(i.completed_at, 1, 10) <= i.deadline)) AS completedOnTime,
          sum(i.completed_at IS NULL AND i.deadline IS NOT NULL AND i.deadline < ${today}) AS overdue
        FROM f JOIN action_items i ON i.forum_id = f.id
        GROUP BY f.cell_id`.execute(db);
      return rows.rows;
    },

    overdueItems: async (r: Range, today: string, limit: number): Promise<ReportOverdueRow[]> => {
      const rows = await sql<ReportOverdueRow>`
        WITH f AS (${forumsIn(r)})
        SELECT i.id AS id, i.cell_id AS cellId, fo.date AS forumDate, i.shortcoming AS shortcoming, i.measure AS measure,
          i.owner_kind AS ownerKind, m.full_name AS ownerName, i.deadline AS deadline, i.progress AS progress
        FROM f JOIN action_items i ON i.forum_id = f.id
        JOIN forums fo ON fo.id = i.forum_id
        LEFT JOIN members m ON m.id = i.owner_member_id
        WHERE i.completed_at IS NULL AND i.deadline IS NOT NULL AND i.deadline < ${today}
        ORDER BY i.deadline, fo.date, i.id
        LIMIT ${limit}`.execute(db);
      return rows.rows;
    },

    // ---- One member's record ----

    member: (memberId: string) =>
      db
        .selectFrom('members as m')
        .innerJoin('cells as c', 'c.id', 'm.cell_id')
        .select(['m.id', 'm.full_name', 'm.cell_id', 'm.status', 'm.party_role', 'm.active', 'c.name as cell_name', 'c.higher_body', 'c.place_name'])
        .where('m.id', '=', memberId)
        .executeTakeFirst(),

    /** Held forums where the member has a roll-call entry, an identified indicator, a comment to them or a commitment. */
    memberForums: async (memberId: string) => {
      const rows = await sql<{ forumId: string; cellId: string; date: string; topic: string; presence: 'present' | 'absent_excused' | 'absent_unexcused' | null }>`
        WITH ids AS (
          SELECT forum_id FROM attendance WHERE member_id = ${memberId}
          UNION SELECT forum_id FROM self_reviews
            WHERE subject_member_id = ${memberId} AND subject_member_id IS NOT NULL AND assessment IN ('co_nguy_co', 'co_bieu_hien')
          UNION SELECT forum_id FROM comments WHERE target_member_id = ${memberId} AND target_member_id IS NOT NULL
          UNION SELECT forum_id FROM action_items WHERE owner_member_id = ${memberId} AND owner_member_id IS NOT NULL
        )
        SELECT f.id AS forumId, f.cell_id AS cellId, f.date AS date, f.topic AS topic, a.presence AS presence
        FROM ids JOIN forums f ON f.id = ids.forum_id
        LEFT JOIN attendance a ON a.forum_id = f.id AND a.member_id = ${memberId}
        WHERE f.status <> 'draft'
        ORDER BY f.date, f.id`.execute(db);
      return rows.rows;
    },

    memberIdentified: async (memberId: string) => {
      const rows = await sql<{ forumId: string; indicatorNo: number; assessment: string; statement: string }>`
        SELECT forum_id AS forumId, indicator_no AS indicatorNo, assessment, statement FROM self_reviews
        WHERE subject_member_id = ${memberId} AND subject_member_id IS NOT NULL AND assessment IN ('co_nguy_co', 'co_bieu_hien')`.execute(db);
      return rows.rows;
    },

    memberRaised: async (memberId: string) => {
      const rows = await sql<{ forumId: string; indicatorNo: number; fromName: string; text: string; responseKind: 'tiep_thu' | 'giai_trinh' | null; createdAt: string }>`
        SELECT c.forum_id AS forumId, c.indicator_no AS indicatorNo, m.full_name AS fromName, c.text AS text,
          c.response_kind AS responseKind, c.created_at AS createdAt
        FROM comments c JOIN members m ON m.id = c.from_member_id
        WHERE c.target_member_id = ${memberId} AND c.target_member_id IS NOT NULL AND c.indicator_no IS NOT NULL`.execute(db);
      return rows.rows;
    },

    memberCommitments: async (memberId: string) => {
      const rows = await sql<{
        id: string; forumId: string; forumDate: string; indicatorNos: string; shortcoming: string; measure: string;
        deadline: string | null; progress: number; completedAt: string | null;
      }>`
        SELECT i.id AS id, i.forum_id AS forumId, f.date AS forumDate, i.indicator_nos AS indicatorNos, i.shortcoming AS shortcoming,
          i.measure AS measure, i.deadline AS deadline, i.progress AS progress, i.completed_at AS completedAt
        FROM action_items i JOIN forums f ON f.id = i.forum_id
        WHERE i.owner_member_id = ${memberId} AND i.owner_member_id IS NOT NULL`.execute(db);
      return rows.rows.map((r) => ({ ...r, indicatorNos: parseNumbers(r.indicatorNos) }));
    },

    progressOf: async (itemIds: readonly string[]) =>
      itemIds.length === 0
        ? []
        : db.selectFrom('action_progress').select(['item_id as itemId', 'date', 'progress', 'note']).where('item_id', 'in', [...itemIds]).orderBy('date').orderBy('created_at').execute(),
  };
}

function parseNumbers(json: string): number[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
  } catch {
    return [];
  }
}

export type { ReportCellRow };
