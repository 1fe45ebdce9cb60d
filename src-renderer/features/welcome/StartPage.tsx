// Route "/": first run shows the welcome; one cell goes straight to it; several show a picker.
import { Navigate, useNavigate } from 'react-router';
import { useApiMutation, useApiQuery } from '../../api';
import { ApiErrorView } from '../../components/ApiErrorView';
import { PageSkeleton } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { t } from '../../i18n';
import { CellPickerView } from './CellPickerView';
import { TransferPanel } from '../transfer/TransferPanel';
import { WelcomeView } from './WelcomeView';

export default function StartPage() {
  const navigate = useNavigate();
  const info = useApiQuery('app.info', {});
  const cells = useApiQuery('cell.list', {}, { enabled: info.data?.hasCells === true });
  const openSample = useApiMutation('sample.open', {
    onSuccess: (cell) => navigate(`/cells/${cell.id}`),
  });
  const several = (cells.data?.length ?? 0) > 1;
  usePageTitle(info.data?.hasCells === false ? t.welcome.title : several ? t.welcome.pickTitle : undefined);

  if (info.isPending) return <PageSkeleton rows={2} />;
  if (info.isError) return <ApiErrorView error={info.error} onRetry={() => void info.refetch()} />;
  const noCells = !info.data.hasCells || cells.data?.length === 0;
  if (noCells) {
    return (
      <WelcomeView
        onOpenSample={() => openSample.mutate({})}
        openingSample={openSample.isPending}
        error={openSample.error}
        transfer={<TransferPanel />}
      />
    );
  }
  if (cells.isPending) return <PageSkeleton rows={2} />;
  if (cells.isError) return <ApiErrorView error={cells.error} onRetry={() => void cells.refetch()} />;
  if (cells.data.length === 1) return <Navigate to={`/cells/${cells.data[0].id}`} replace />;
  return <CellPickerView cells={cells.data} />;
}
