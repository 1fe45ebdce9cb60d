import type { ForumRow } from '../../db/repos/forums.repo';
import type { ServiceContext } from '../context';

/** Tells every window showing this forum (facilitator, presenter) to refetch it. */
export function emitLiveChanged(ctx: ServiceContext, forum: Pick<ForumRow, 'id' | 'cell_id'>, forumRecordChanged = false): void {
  ctx.emit('live.changed', { forumId: forum.id, cellId: forum.cell_id });
  if (forumRecordChanged) ctx.emit('data.changed', { entity: 'forum', id: forum.id, cellId: forum.cell_id });
}
