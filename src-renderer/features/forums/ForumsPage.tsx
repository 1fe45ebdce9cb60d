import { Button } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api';
import { ApiErrorView } from '../../components/ApiErrorView';
import { EmptyHint } from '../../components/EmptyHint';
import { PageSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/usePageTitle';
import { t } from '../../i18n';
import { ForumsList } from './ForumsList';

export default function ForumsPage() {
  usePageTitle(t.forums.title);
  const { cellId = '' } = useParams();
  const cell = useApiQuery('cell.get', { id: cellId });
  const forums = useApiQuery('forum.list', { cellId });

  if (cell.isError) return <ApiErrorView error={cell.error} onRetry={() => void cell.refetch()} />;
  if (forums.isError) return <ApiErrorView error={forums.error} onRetry={() => void forums.refetch()} />;
  const newPath = `/cells/${cellId}/forums/new`;
  return (
    <>
      <PageHeader
        title={t.forums.title}
        subtitle={cell.data?.name}
        actions={
          forums.data && forums.data.length > 0 ? (
            <Button component={Link} to={newPath}>
              {t.forums.create}
            </Button>
          ) : undefined
        }
      />
      {forums.isPending ? (
        <PageSkeleton rows={4} />
      ) : forums.data.length === 0 ? (
        <EmptyHint message={t.forums.empty} actionLabel={t.forums.create} to={newPath} />
      ) : (
        <ForumsList forums={forums.data} cellId={cellId} />
      )}
    </>
  );
}
