import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useApiQuery } from '../../api';
import { ApiErrorView } from '../../components/ApiErrorView';
import { PageSkeleton } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { todayIso } from '../../i18n';
import { TransferPanel } from '../transfer/TransferPanel';
import { CellHomeView } from './CellHomeView';
import { splitForums } from './next-forum';

export default function CellHomePage() {
  const { cellId = '' } = useParams();
  const cell = useApiQuery('cell.get', { id: cellId });
  const forums = useApiQuery('forum.list', { cellId });
  // The action block is an extra: if it fails, the rest of the home still shows.
  const actions = useApiQuery('action.list', { cellId, only: 'all' });
  usePageTitle(cell.data?.name);
  const split = useMemo(() => splitForums(forums.data ?? [], todayIso()), [forums.data]);
  const forumDates = useMemo(() => new Map((forums.data ?? []).map((f) => [f.id, f.date])), [forums.data]);

  if (cell.isError) return <ApiErrorView error={cell.error} onRetry={() => void cell.refetch()} />;
  if (forums.isError) return <ApiErrorView error={forums.error} onRetry={() => void forums.refetch()} />;
  if (cell.isPending || forums.isPending) return <PageSkeleton rows={4} />;
  return (
    <CellHomeView
      cell={cell.data}
      next={split.next}
      recent={split.recent}
      hasForums={forums.data.length > 0}
      actions={actions.data}
      forumDates={forumDates}
      transfer={<TransferPanel cellId={cellId} />}
    />
  );
}
