import { useNavigate } from 'react-router';
import { useApiMutation } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/usePageTitle';
import { t } from '../../i18n';
import { CellForm } from './CellForm';

const EMPTY = { name: '', higherBody: '', placeName: '', termStartYear: 2025, termEndYear: 2030 };

export default function CellNewPage() {
  usePageTitle(t.cell.newTitle);
  const navigate = useNavigate();
  const create = useApiMutation('cell.create', { onSuccess: (cell) => navigate(`/cells/${cell.id}`) });
  return (
    <>
      <PageHeader title={t.cell.newTitle} subtitle={t.cell.newLead} />
      <CellForm
        initial={EMPTY}
        submitLabel={t.cell.create}
        submitting={create.isPending}
        error={create.error}
        onSubmit={(values) => create.mutate(values)}
        onCancel={() => navigate(-1)}
      />
    </>
  );
}
