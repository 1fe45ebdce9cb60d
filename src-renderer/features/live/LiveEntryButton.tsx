// "Bắt đầu sinh hoạt" / "Tiếp tục sinh hoạt" / "Xem lại buổi sinh hoạt": the way into the live forum.
import { Button, type ButtonProps } from '@mantine/core';
import { Link } from 'react-router';
import type { ForumStatus } from '../../api/types';
import { t } from '../../i18n';

export const livePath = (cellId: string, forumId: string) => `/cells/${cellId}/forums/${forumId}/live`;

export function liveEntryLabel(status: ForumStatus): string {
  const e = t.live.entry;
  return status === 'draft' ? e.start : status === 'in_progress' ? e.resume : e.review;
}

export function LiveEntryButton({
  cellId, forumId, status, topic, ...rest
}: { cellId: string; forumId: string; status: ForumStatus; /** Names the forum for screen readers in a list. */ topic?: string } & ButtonProps) {
  const e = t.live.entry;
  const label = liveEntryLabel(status);
  const aria = topic === undefined ? undefined : status === 'draft' ? e.startOf(topic) : status === 'in_progress' ? e.resumeOf(topic) : e.reviewOf(topic);
  return (
    <Button
      component={Link}
      to={livePath(cellId, forumId)}
      variant={status === 'closed' ? 'default' : 'filled'}
      aria-label={aria}
      {...rest}
    >
      {label}
    </Button>
  );
}
