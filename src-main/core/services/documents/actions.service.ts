// The action plan's items (kế hoạch khắc phục): drafted from members' "tự sửa" commitments,
// edited, followed up with dated progress at later meetings, and listed as open or overdue.
import type { Kysely } from 'kysely';
import { COLLECTIVE, type ActionItem, type ParsedInput } from '../../../contract';
import type { Database } from '../../db/schema';
import { createActionItemsRepo, type ActionItemRow, type ActionProgressRow } from '../../db/repos/action-items.repo';
import { createForumsRepo, type ForumRow } from '../../db/repos/forums.repo';
import { createMembersRepo } from '../../db/repos/members.repo';
import { createSelfReviewsRepo } from '../../db/repos/self-reviews.repo';
import { invalidField, notFound, textConflict } from '../../errors';
import { indicatorNumbers } from '../catalogue.service';
import { requireCell } from '../cells.service';
import { nowIso, type ServiceContext } from '../context';
import { requireCellMember, requireForumRow } from '../live/roster';

type Db = Kysely<Database>;

/** Today in Vietnam (UTC+7), 'YYYY-MM-DD': deadlines are calendar days where the cell lives. */
export const todayInVietnam = (now: Date) => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

const OWNER_WORDS = { chi_uy: 'Chi ủy', cell: 'Chi bộ' } as const;

export async function actionItemsToDto(db: Db, rows: readonly ActionItemRow[], now: Date): Promise<ActionItem[]> {
  if (rows.length === 0) return [];
  const members = new Map((await createMembersRepo(db).listByCell(rows[0].cell_id)).map((m) => [m.id, m.full_name]));
  const history = await createActionItemsRepo(db).progress(rows.map((r) => r.id));
  const today = todayInVietnam(now);
  return rows.map((row) => ({
    id: row.id,
    cellId: row.cell_id,
    forumId: row.forum_id,
    origin: row.origin_subject !== null && row.origin_indicator_no !== null ? { subject: row.origin_subject, indicatorNo: row.origin_indicator_no } : null,
    shortcoming: row.shortcoming,
    indicatorNos: JSON.parse(row.indicator_nos) as number[],
    cause: row.cause,
    measure: row.measure,
    ownerKind: row.owner_kind,
    ownerMemberId: row.owner_member_id,
    ownerName: row.owner_kind === 'member' ? `Đồng chí ${members.get(row.owner_member_id!) ?? ''}`.trim() : OWNER_WORDS[row.owner_kind],
    supporting: row.supporting,
    deadline: row.deadline,
    expectedResult: row.expected_result,
    monitor: row.monitor,
    note: row.note,
    progress: row.progress,
    completedAt: row.completed_at,
    overdue: row.completed_at === null && row.deadline !== null && row.deadline < today,
    history: history
      .filter((h) => h.item_id === row.id)
      .map((h) => ({ id: h.id, date: h.date, progress: h.progress, note: h.note, forumId: h.forum_id, createdAt: h.created_at })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  }));
}

async function requireItem(db: Db, id: string): Promise<ActionItemRow> {
  const row = await createActionItemsRepo(db).find(id);
  if (!row) throw notFound('việc khắc phục này');
  return row;
}

type ActionFields = Omit<ParsedInput<'action.create'>, 'forumId'>;

async function checkFields(db: Db, forum: ForumRow, input: ActionFields): Promise<void> {
  if (input.ownerMemberId !== null) await requireCellMember(db, forum, input.ownerMemberId, 'ownerMemberId', 'Đồng chí chủ trì');
  const known = await indicatorNumbers(db, forum.catalogue_id);
  const unknown = input.indicatorNos.filter((n) => !known.includes(n));
  if (unknown.length > 0) throw invalidField('indicatorNos', `Danh mục không có biểu hiện số ${unknown.join(', ')}; hãy chọn lại.`);
}

const fieldsToRow = (input: ActionFields) => ({
  shortcoming: input.shortcoming,
  indicator_nos: JSON.stringify([...new Set(input.indicatorNos)].sort((a, b) => a - b)),
  cause: input.cause,
  measure: input.measure,
  owner_kind: input.ownerKind,
  owner_member_id: input.ownerMemberId,
  supporting: input.supporting,
  deadline: input.deadline,
  expected_result: input.expectedResult,
  monitor: input.monitor,
  note: input.note,
});

function emitActions(ctx: ServiceContext, forum: Pick<ForumRow, 'id' | 'cell_id'>) {
  ctx.emit('data.changed', { entity: 'forum', id: forum.id, cellId: forum.cell_id });
}

export async function listActions(ctx: ServiceContext, input: ParsedInput<'action.list'>): Promise<ActionItem[]> {
  await requireCell(ctx.db, input.cellId);
  const rows = input.forumId
    ? await createActionItemsRepo(ctx.db).listByForum(input.forumId)
    : await createActionItemsRepo(ctx.db).listByCell(input.cellId);
  const items = await actionItemsToDto(ctx.db, rows.filter((r) => r.cell_id === input.cellId), ctx.now());
  if (input.only === 'open') return items.filter((i) => i.completedAt === null);
  if (input.only === 'overdue') return items.filter((i) => i.overdue);
  return items;
}

/**
 * The "review earlier actions" list for a forum: items from the cell's earlier forums that are
 * still open, and those completed since the previous forum (so the meeting hears how).
 */
export async function reviewActions(ctx: ServiceContext, forumId: string): Promise<ActionItem[]> {
  const forum = await requireForumRow(ctx.db, forumId);
  const forums = await createForumsRepo(ctx.db).listByCell(forum.cell_id);
  const key = (f: ForumRow) => `${f.date} ${f.start_time}`;
  const earlier = forums.filter((f) => f.id !== forum.id && key(f) < key(forum));
  const earlierIds = new Set(earlier.map((f) => f.id));
  const previous = earlier.sort((a, b) => key(b).localeCompare(key(a)))[0];
  const since = previous ? `${previous.date}` : '';
  const rows = (await createActionItemsRepo(ctx.db).listByCell(forum.cell_id)).filter(
    (r) => earlierIds.has(r.forum_id) && (r.completed_at === null || r.completed_at.slice(0, 10) >= since),
  );
  return actionItemsToDto(ctx.db, rows, ctx.now());
}

async function nextPosition(db: Db, forumId: string): Promise<number> {
  const items = await createActionItemsRepo(db).listByForum(forumId);
  return items.length === 0 ? 1 : Math.max(...items.map((i) => i.position)) + 1;
}

export async function createAction(ctx: ServiceContext, input: ParsedInput<'action.create'>): Promise<ActionItem> {
  const { forum, row } = await ctx.db.transaction().execute(async (trx) => {
    const forum = await requireForumRow(trx, input.forumId);
    await checkFields(trx, forum, input);
    const now = nowIso(ctx);
    const row: ActionItemRow = {
      id: ctx.newId(), cell_id: forum.cell_id, forum_id: forum.id, position: await nextPosition(trx, forum.id),
      origin_subject: null, origin_indicator_no: null, ...fieldsToRow(input),
      progress: 0, completed_at: null, created_at: now, updated_at: now, version: 1,
    };
    await createActionItemsRepo(trx).insert(row);
    return { forum, row };
  });
  emitActions(ctx, forum);
  return (await actionItemsToDto(ctx.db, [row], ctx.now()))[0];
}

export async function updateAction(ctx: ServiceContext, input: ParsedInput<'action.update'>): Promise<ActionItem> {
  const { forum, row } = await ctx.db.transaction().execute(async (trx) => {
    const current = await requireItem(trx, input.id);
    const forum = await requireForumRow(trx, current.forum_id);
    if (current.version !== input.baseVersion) throw textConflict('Việc khắc phục này', (await actionItemsToDto(trx, [current], ctx.now()))[0]);
    await checkFields(trx, forum, input);
    const row: ActionItemRow = { ...current, ...fieldsToRow(input), updated_at: nowIso(ctx), version: current.version + 1 };
    if (!(await createActionItemsRepo(trx).updateIfVersion(row, current.version))) throw textConflict('Việc khắc phục này', null);
    return { forum, row };
  });
  emitActions(ctx, forum);
  return (await actionItemsToDto(ctx.db, [row], ctx.now()))[0];
}

export async function recordProgress(ctx: ServiceContext, input: ParsedInput<'action.progress'>): Promise<ActionItem> {
  const { forum, row } = await ctx.db.transaction().execute(async (trx) => {
    const current = await requireItem(trx, input.id);
    const forum = await requireForumRow(trx, current.forum_id);
    if (input.forumId !== null) {
      const at = await requireForumRow(trx, input.forumId);
      if (at.cell_id !== current.cell_id) throw invalidField('forumId', 'Chỉ rà soát được việc khắc phục của chính chi bộ này.');
    }
    if (input.date < forum.date) {
      throw invalidField('date', `«Ngày cập nhật» không thể trước ngày đề ra việc khắc phục (${forum.date.split('-').reverse().join('/')}).`);
    }
    if (input.progress === 100 && input.note === '') {
      throw invalidField('note', 'Việc đã hoàn thành: hãy ghi «Ghi chú tiến độ» cho biết đã khắc phục thế nào.');
    }
    const entry: ActionProgressRow = {
      id: ctx.newId(), item_id: current.id, date: input.date, progress: input.progress, note: input.note, forum_id: input.forumId, created_at: nowIso(ctx),
    };
    await createActionItemsRepo(trx).insertProgress(entry);
    const row: ActionItemRow = {
      ...current,
      progress: input.progress,
      completed_at: input.progress === 100 ? (current.completed_at ?? input.date) : null,
      updated_at: nowIso(ctx),
      version: current.version + 1,
    };
    if (!(await createActionItemsRepo(trx).updateIfVersion(row, current.version))) throw textConflict('Việc khắc phục này', null);
    return { forum, row };
  });
  emitActions(ctx, forum);
  return (await actionItemsToDto(ctx.db, [row], ctx.now()))[0];
}

export async function deleteAction(ctx: ServiceContext, id: string): Promise<{ deleted: true }> {
  const forum = await ctx.db.transaction().execute(async (trx) => {
    const current = await requireItem(trx, id);
    const history = await createActionItemsRepo(trx).progress([id]);
    if (history.length > 0) throw invalidField('id', 'Việc này đã có tiến độ được ghi nhận nên không xoá được; nếu không còn làm, hãy ghi chú lý do.');
    await createActionItemsRepo(trx).delete(id);
    return requireForumRow(trx, current.forum_id);
  });
  emitActions(ctx, forum);
  return { deleted: true };
}

/**
 * Makes an item of every "tự sửa" commitment of the forum that has none yet (owner: the member,
 * or the chi ủy for the collective). Running it again adds only what is new.
 */
export async function itemsFromCommitments(ctx: ServiceContext, forumId: string): Promise<ActionItem[]> {
  const forum = await ctx.db.transaction().execute(async (trx) => {
    const forum = await requireForumRow(trx, forumId);
    await insertItemsFromCommitments(trx, ctx, forum);
    return forum;
  });
  emitActions(ctx, forum);
  return actionItemsToDto(ctx.db, await createActionItemsRepo(ctx.db).listByForum(forum.id), ctx.now());
}

/** The same, inside the caller's transaction. */
export async function insertItemsFromCommitments(trx: Db, ctx: Pick<ServiceContext, 'newId' | 'now'>, forum: ForumRow): Promise<void> {
  const repo = createActionItemsRepo(trx);
  const existing = await repo.listByForum(forum.id);
  const taken = new Set(existing.map((i) => `${i.origin_subject}|${i.origin_indicator_no}`));
  let position = existing.length === 0 ? 1 : Math.max(...existing.map((i) => i.position)) + 1;
  const reviews = (await createSelfReviewsRepo(trx).list(forum.id))
    .filter((r) => r.commitment.trim() !== '' && !taken.has(`${r.subject}|${r.indicator_no}`))
    .sort((a, b) => (a.subject === COLLECTIVE ? -1 : b.subject === COLLECTIVE ? 1 : 0) || a.indicator_no - b.indicator_no);
  for (const r of reviews) {
    const now = ctx.now().toISOString();
    await repo.insert({
      id: ctx.newId(), cell_id: forum.cell_id, forum_id: forum.id, position: position++,
      origin_subject: r.subject, origin_indicator_no: r.indicator_no,
      shortcoming: r.statement.trim() || `Biểu hiện (${r.indicator_no})`,
      indicator_nos: JSON.stringify([r.indicator_no]), cause: '', measure: r.commitment,
      owner_kind: r.subject === COLLECTIVE ? 'chi_uy' : 'member', owner_member_id: r.subject === COLLECTIVE ? null : r.subject,
      supporting: '', deadline: r.commitment_due, expected_result: '', monitor: 'Chi ủy', note: '',
      progress: 0, completed_at: null, created_at: now, updated_at: now, version: 1,
    });
  }
}
