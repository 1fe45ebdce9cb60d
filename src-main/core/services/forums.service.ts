import type { Kysely } from 'kysely';
import type { Forum, ForumSummary, ParsedInput } from '../../contract';
import type { Database } from '../db/schema';
import { NEW_FORUM_LIVE_COLUMNS, createForumsRepo, type ForumRow } from '../db/repos/forums.repo';
import { createMembersRepo } from '../db/repos/members.repo';
import { normalizeFocus, UnknownIndicatorError } from '../domain/catalogue';
import { conflict, forbiddenState, invalidField, notFound } from '../errors';
import { indicatorNumbers, latestCatalogueId } from './catalogue.service';
import { requireCell } from './cells.service';
import { nowIso, type ServiceContext } from './context';

const parseList = <T>(json: string): T[] => JSON.parse(json) as T[];

export function forumToSummary(row: ForumRow): ForumSummary {
  return {
    id: row.id,
    cellId: row.cell_id,
    topic: row.topic,
    date: row.date,
    startTime: row.start_time,
    status: row.status,
    focusCount: parseList<number>(row.focus).length,
  };
}

export function forumToDto(row: ForumRow): Forum {
  return {
    ...forumToSummary(row),
    catalogueId: row.catalogue_id,
    place: row.place,
    basisDocuments: parseList<string>(row.basis_documents),
    chairMemberId: row.chair_member_id,
    secretaryMemberId: row.secretary_member_id,
    guests: parseList<{ name: string; position: string }>(row.guests),
    focus: parseList<number>(row.focus),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

async function requireForum(db: Kysely<Database>, id: string): Promise<ForumRow> {
  const row = await createForumsRepo(db).find(id);
  if (!row) throw notFound('diễn đàn');
  return row;
}

type ForumFields = ParsedInput<'forum.create'>;

/** Chair and secretary must be active members of the forum's own cell. */
async function assertRolesBelongToCell(db: Kysely<Database>, cellId: string, input: ForumFields | ParsedInput<'forum.update'>) {
  const members = new Map((await createMembersRepo(db).listByCell(cellId)).map((m) => [m.id, m]));
  const check = (id: string | null, path: string, label: string) => {
    if (id === null) return;
    const member = members.get(id);
    if (!member) throw invalidField(path, `«${label}» phải là đảng viên của chi bộ này; hãy chọn lại trong danh sách.`);
    if (member.active !== 1) throw invalidField(path, `«${label}»: đồng chí ${member.full_name} đã chuyển sinh hoạt; hãy chọn người khác.`);
  };
  check(input.chairMemberId, 'chairMemberId', 'Chủ trì');
  check(input.secretaryMemberId, 'secretaryMemberId', 'Thư ký');
}

async function focusFor(db: Kysely<Database>, catalogueId: string, requested: number[] | undefined): Promise<number[]> {
  try {
    return normalizeFocus(requested, await indicatorNumbers(db, catalogueId));
  } catch (error) {
    if (error instanceof UnknownIndicatorError) {
      throw invalidField('focus', `«Biểu hiện trọng tâm»: danh mục không có biểu hiện số ${error.numbers.join(', ')}; hãy chọn lại.`);
    }
    throw error;
  }
}

export async function listForums(ctx: ServiceContext, input: ParsedInput<'forum.list'>): Promise<ForumSummary[]> {
  await requireCell(ctx.db, input.cellId);
  return (await createForumsRepo(ctx.db).listByCell(input.cellId)).map(forumToSummary);
}

export async function getForum(ctx: ServiceContext, id: string): Promise<Forum> {
  return forumToDto(await requireForum(ctx.db, id));
}

export async function createForum(
  ctx: ServiceContext,
  input: ForumFields,
  options: { status?: ForumRow['status'] } = {},
): Promise<Forum> {
  const forum = await ctx.db.transaction().execute(async (trx) => {
    await requireCell(trx, input.cellId);
    await assertRolesBelongToCell(trx, input.cellId, input);
    const catalogueId = await latestCatalogueId(trx);
    const now = nowIso(ctx);
    const row: ForumRow = {
      id: ctx.newId(),
      cell_id: input.cellId,
      catalogue_id: catalogueId,
      ...(await editableColumns(trx, catalogueId, input)),
      status: options.status ?? 'draft',
      created_at: now,
      updated_at: now,
      version: 1,
        ...NEW_FORUM_LIVE_COLUMNS,
    };
    await createForumsRepo(trx).insert(row);
    return forumToDto(row);
  });
  ctx.emit('data.changed', { entity: 'forum', id: forum.id, cellId: forum.cellId });
  return forum;
}

/** The columns the setup page edits, from a create or update input. */
async function editableColumns(db: Kysely<Database>, catalogueId: string, input: ParsedInput<'forum.create'> | ParsedInput<'forum.update'>) {
  return {
    topic: input.topic,
    date: input.date,
    start_time: input.startTime,
    place: input.place,
    basis_documents: JSON.stringify(input.basisDocuments),
    chair_member_id: input.chairMemberId,
    secretary_member_id: input.secretaryMemberId,
    guests: JSON.stringify(input.guests),
    focus: JSON.stringify(await focusFor(db, catalogueId, input.focus)),
  };
}

export async function updateForum(ctx: ServiceContext, input: ParsedInput<'forum.update'>): Promise<Forum> {
  const forum = await ctx.db.transaction().execute(async (trx) => {
    const current = await requireForum(trx, input.id);
    if (current.status === 'closed') {
      throw forbiddenState('Diễn đàn này đã kết thúc nên không sửa được nữa. Những thay đổi sau cuộc họp cần được ghi ở diễn đàn sau.');
    }
    await assertRolesBelongToCell(trx, current.cell_id, input);
    const next: ForumRow = {
      ...current,
      ...(await editableColumns(trx, current.catalogue_id, input)),
      updated_at: nowIso(ctx),
      version: current.version + 1,
    };
    if (!(await createForumsRepo(trx).updateIfVersion(next, input.version))) throw conflict('Diễn đàn');
    return forumToDto(next);
  });
  ctx.emit('data.changed', { entity: 'forum', id: forum.id, cellId: forum.cellId });
  return forum;
}

export async function deleteForum(ctx: ServiceContext, id: string): Promise<{ deleted: true }> {
  const cellId = await ctx.db.transaction().execute(async (trx) => {
    const current = await requireForum(trx, id);
    if (current.status !== 'draft') {
      throw forbiddenState('Chỉ xoá được diễn đàn còn ở dạng dự kiến. Diễn đàn đã họp được giữ lại làm hồ sơ.');
    }
    await createForumsRepo(trx).delete(id);
    return current.cell_id;
  });
  ctx.emit('data.changed', { entity: 'forum', id, cellId });
  return { deleted: true };
}
