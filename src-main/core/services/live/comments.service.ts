// Peer comments (góp ý) and the recipient's response (tiếp thu / giải trình).
import type { Comment, ParsedInput } from '../../../contract';
import { createCommentsRepo, type CommentRow } from '../../db/repos/comments.repo';
import type { ForumRow } from '../../db/repos/forums.repo';
import { invalidField, notFound, textConflict } from '../../errors';
import { indicatorNumbers } from '../catalogue.service';
import { nowIso, type ServiceContext } from '../context';
import { emitLiveChanged } from './emit';
import { commentToDto } from './live-state';
import { requireCellMember, requireEditableForum } from './roster';

type CommentFields = ParsedInput<'comment.add'>;

async function checkCommentFields(trx: ServiceContext['db'], forum: ForumRow, input: Omit<CommentFields, 'forumId'>): Promise<void> {
  await requireCellMember(trx, forum, input.fromMemberId, 'fromMemberId', 'Người góp ý');
  if (input.targetMemberId !== null) {
    if (input.targetMemberId === input.fromMemberId) {
      throw invalidField('targetMemberId', 'Không thể góp ý cho chính mình. Điều tự nhận về bản thân hãy ghi ở bước Tự soi; ở đây hãy chọn đồng chí được góp ý.');
    }
    await requireCellMember(trx, forum, input.targetMemberId, 'targetMemberId', 'Đồng chí được góp ý');
  }
  if (input.indicatorNo !== null && !(await indicatorNumbers(trx, forum.catalogue_id)).includes(input.indicatorNo)) {
    throw invalidField('indicatorNo', `Danh mục không có biểu hiện số ${input.indicatorNo}; hãy chọn lại hoặc để trống.`);
  }
}

async function requireComment(trx: ServiceContext['db'], id: string): Promise<CommentRow> {
  const row = await createCommentsRepo(trx).find(id);
  if (!row) throw notFound('góp ý này');
  return row;
}

export async function addComment(ctx: ServiceContext, input: ParsedInput<'comment.add'>): Promise<Comment> {
  const { forum, row } = await ctx.db.transaction().execute(async (trx) => {
    const forum = await requireEditableForum(trx, input.forumId);
    await checkCommentFields(trx, forum, input);
    const now = nowIso(ctx);
    const row: CommentRow = {
      id: ctx.newId(), forum_id: forum.id, from_member_id: input.fromMemberId, target_kind: input.targetKind,
      target_member_id: input.targetMemberId, indicator_no: input.indicatorNo, text: input.text,
      response_kind: null, response_text: '', created_at: now, updated_at: now, version: 1,
    };
    await createCommentsRepo(trx).insert(row);
    return { forum, row };
  });
  emitLiveChanged(ctx, forum);
  return commentToDto(row);
}

async function changeComment(ctx: ServiceContext, id: string, baseVersion: number, change: (row: CommentRow, forum: ForumRow, trx: ServiceContext['db']) => Promise<Partial<CommentRow>>): Promise<Comment> {
  const { forum, row } = await ctx.db.transaction().execute(async (trx) => {
    const current = await requireComment(trx, id);
    const forum = await requireEditableForum(trx, current.forum_id);
    if (current.version !== baseVersion) throw textConflict('Góp ý này', commentToDto(current));
    const row: CommentRow = { ...current, ...(await change(current, forum, trx)), updated_at: nowIso(ctx), version: current.version + 1 };
    if (!(await createCommentsRepo(trx).updateIfVersion(row, current.version))) throw textConflict('Góp ý này', commentToDto(current));
    return { forum, row };
  });
  emitLiveChanged(ctx, forum);
  return commentToDto(row);
}

export function updateComment(ctx: ServiceContext, input: ParsedInput<'comment.update'>): Promise<Comment> {
  return changeComment(ctx, input.id, input.baseVersion, async (_row, forum, trx) => {
    await checkCommentFields(trx, forum, input);
    return {
      from_member_id: input.fromMemberId, target_kind: input.targetKind, target_member_id: input.targetMemberId,
      indicator_no: input.indicatorNo, text: input.text,
    };
  });
}

export function respondToComment(ctx: ServiceContext, input: ParsedInput<'comment.respond'>): Promise<Comment> {
  return changeComment(ctx, input.id, input.baseVersion, async () => {
    if (input.responseKind === null && input.responseText !== '') {
      throw invalidField('responseKind', 'Hãy chọn «Tiếp thu» hoặc «Giải trình» cho nội dung trả lời.');
    }
    return { response_kind: input.responseKind, response_text: input.responseKind === null ? '' : input.responseText };
  });
}

export async function deleteComment(ctx: ServiceContext, id: string): Promise<{ deleted: true }> {
  const forum = await ctx.db.transaction().execute(async (trx) => {
    const current = await requireComment(trx, id);
    const forum = await requireEditableForum(trx, current.forum_id);
    await createCommentsRepo(trx).delete(id);
    return forum;
  });
  emitLiveChanged(ctx, forum);
  return { deleted: true };
}
