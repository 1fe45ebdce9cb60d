import { useNavigate, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../api';
import { ApiErrorView } from '../../components/ApiErrorView';
import { PageSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useEditBase } from '../../components/useEditBase';
import { usePageTitle } from '../../components/usePageTitle';
import { t } from '../../i18n';
import { CellForm } from './CellForm';

export default function CellEditPage() {
  usePageTitle(t.cell.editTitle);
  const { cellId = '' } = useParams();
  const navigate = useNavigate();
  const cell = useApiQuery('cell.get', { id: cellId });
  const { base, generation, reload } = useEditBase(cell.data);
  const update = useApiMutation('cell.update', { onSuccess: (c) => navigate(`/cells/${c.id}`) });

  if (cell.isError) return <ApiErrorView error={cell.error} onRetry={() => void cell.refetch()} />;
  if (!base) return <PageSkeleton rows={4} />;

  const loadLatest = async () => {
    const fresh = await cell.refetch();
    if (fresh.data) {
      update.reset();
      reload(fresh.data);
    }
  };

  return (
    <>
      <PageHeader title={t.cell.editTitle} subtitle={base.name} />
      <CellForm
        key={generation}
        initial={base}
        submitLabel={t.cell.save}
        submitting={update.isPending}
        error={update.error}
        onSubmit={(values) => update.mutate({ id: base.id, version: base.version, ...values })}
        onCancel={() => navigate(`/cells/${cellId}`)}
        onReload={() => void loadLatest()}
      />
    </>
  );
}
